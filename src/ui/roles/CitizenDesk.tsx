/**
 * The citizen's desk: who they are, their goals, this day's or week's choices, and what they know
 * (citizenView: only what the scenario's opacity lets this person know). Choosing sends the choice
 * for the next day; living the day or week steps the town.
 */
import type { CitizenView } from '../../engine/types';
import { playedProtagonist } from '../../store/roleStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { refusalWords, unavailableWords } from '../../text/replies';
import { CitizenKnowledge } from './CitizenKnowledge';
import { GoalItem } from './GoalItem';
import { useRoleBusy } from './useRoleBusy';
import { useRoleText } from './useRoleText';

export function CitizenDesk() {
  const { stores, controller } = useApp();
  const citizen = useStore(stores.role, (s) => s.frame?.citizen ?? null);
  const protagonist = useStore(stores.role, playedProtagonist);
  const moveError = useStore(stores.role, (s) => s.moveError);
  const moveRefusal = useStore(stores.role, (s) => s.moveRefusal);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const busy = useRoleBusy();
  const texts = useRoleText();
  const m = messages.roles.citizen;
  if (citizen === null) return <p class="muted">{messages.roles.loading}</p>;
  const { view, status } = citizen;
  const own = texts.protagonist(view.protagonist);
  const description = own.description(protagonist?.description ?? '');
  // The choices' texts in the reader's language.
  const actions = view.actions.map((action) => ({ ...action, ...own.action(action.id, action) }));
  const actionLabel = (id: string) => actions.find((a) => a.id === id)?.label ?? id;

  return (
    <div class="citizen-desk">
      <p class="role-lead">
        {/* Sentences join with a space in English and without one in Chinese. */}
        {messages.townDescription.sentences(
          [m.youAre(view.name, own.label(view.label)), description].filter((part) => part !== ''),
        )}
      </p>
      <p class="muted small">{m.mapHint}</p>
      {status.ending !== null && (
        <div class={`role-callout ending-${status.ending.kind}`} role="status">
          <p>
            <strong>{m.endedOn(status.ending.day, status.ending.kind)}</strong>
          </p>
          <button
            type="button"
            class="button button-primary"
            onClick={() => stores.role.setState({ debriefOpen: true })}
          >
            {m.seeEnding}
          </button>
        </div>
      )}
      <h3 class="small-heading">{m.goals}</h3>
      <ul class="role-goals">
        {status.goals.map((goal) => (
          <GoalItem key={goal.id} goal={goal} text={own.goal(goal.id, goal.text)} />
        ))}
      </ul>
      <Choices
        view={{ ...view, actions }}
        lastDay={lastDay}
        busy={busy}
        moveError={
          moveRefusal === null ? moveError : refusalWords(moveRefusal, actionLabel, messages)
        }
        choose={(action) => void controller.roleMove({ kind: 'choose', action })}
        live={(days) => void controller.step(days)}
      />
      <CitizenKnowledge view={view} />
    </div>
  );
}

function Choices(props: {
  view: CitizenView;
  lastDay: number;
  busy: boolean;
  moveError: string | null;
  choose: (action: string | null) => void;
  live: (days: number) => void;
}) {
  const { view, lastDay, busy } = props;
  const m = messages.roles.citizen;
  const over = view.day >= lastDay;
  // The player decides on decision days; after stepping by hand, the town first waits for the next.
  const aligned = view.nextDecisionDay === view.day + 1;
  const days = Math.max(
    1,
    Math.min(aligned ? view.every : view.nextDecisionDay - 1 - view.day, lastDay - view.day),
  );
  const chosen = view.actions.find((a) => a.id === view.chosen);
  const liveLabel = !aligned
    ? m.waitUntil(view.nextDecisionDay)
    : days === 1
      ? m.liveDay(view.day + 1)
      : m.liveDays(view.day + 1, view.day + days);
  return (
    <section class="role-choices" aria-labelledby="citizen-choices-heading">
      <h3 class="small-heading" id="citizen-choices-heading">
        {view.every === 7 ? m.thisWeek : m.today}
      </h3>
      {over ? (
        <p class="muted">{m.runOver}</p>
      ) : !aligned ? (
        <p class="muted small">{m.notDecisionDay(view.nextDecisionDay)}</p>
      ) : (
        <div class="role-actions" role="group" aria-labelledby="citizen-choices-heading">
          {view.actions.map((action) => (
            <div class="role-action" key={action.id}>
              <button
                type="button"
                class="button role-action-button"
                aria-pressed={view.chosen === action.id}
                disabled={!action.available || busy}
                aria-describedby={`action-${action.id}-text`}
                onClick={() => props.choose(action.id)}
              >
                {action.label}
              </button>
              <span class="role-action-text muted small" id={`action-${action.id}-text`}>
                {action.available
                  ? action.description
                  : m.unavailable(action.reason ? unavailableWords(action.reason, messages) : '')}
              </span>
            </div>
          ))}
        </div>
      )}
      {/* The choice made and the step stay in view at the foot of the desk while the list scrolls. */}
      <div class="role-footer">
        {aligned && !over && (
          <p class="role-chosen" role="status">
            {chosen ? m.chosen(chosen.label) : m.nothingChosen}
            {chosen && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => props.choose(null)}>
                  {m.clearChoice}
                </button>
              </>
            )}
          </p>
        )}
        {props.moveError && (
          <p class="role-error" role="alert">
            {m.refused(props.moveError)}
          </p>
        )}
        {!over && (
          <button
            type="button"
            class="button button-primary button-large role-live"
            disabled={busy}
            onClick={() => props.live(days)}
          >
            {liveLabel}
          </button>
        )}
      </div>
    </section>
  );
}
