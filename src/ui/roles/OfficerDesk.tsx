/**
 * The appeals officer's desk: today's queue (what the system recorded, what the appellant says, a
 * hint of the truth when there is one — both worded here from the engine's data — how they come
 * across), grant or deny within the daily
 * quota, the supervisor's pressure against the officer's live record, and the end of the day.
 */
import type { AppealCase } from '../../engine/types';
import { officerDone } from '../../store/roleStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { clueWords, pleaWords, refusalWords } from '../../text/replies';
import { useRoleBusy } from './useRoleBusy';
import { useRoleText, useScenarioLabel } from './useRoleText';

export function OfficerDesk() {
  const { stores, controller } = useApp();
  const officer = useStore(stores.role, (s) => s.frame?.officer ?? null);
  const setup = useStore(stores.role, (s) => s.roles?.appealsOfficer ?? null);
  const role = useStore(stores.role, (s) => s);
  const moveError = useStore(stores.role, (s) => s.moveError);
  const moveRefusal = useStore(stores.role, (s) => s.moveRefusal);
  const day = useStore(stores.clock, (s) => s.day);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const busy = useRoleBusy();
  const texts = useRoleText();
  const m = messages.roles.officer;
  if (officer === null || setup === null) return <p class="muted">{messages.roles.loading}</p>;
  const { cases, debrief } = officer;
  const pressure = texts.officerPressure(setup.pressure.text);
  const decidedToday = cases.filter((c) => c.decision !== null).length;
  const quotaFull = decidedToday >= setup.quota;
  const done = officerDone(role, day, lastDay);
  const decide = (id: string, grant: boolean) =>
    void controller.roleMove({ kind: 'decide', caseId: id, grant });
  const finish = () => stores.role.setState({ officerFinished: true, debriefOpen: true });

  /** Steps a day at a time until an appeal arrives or the run ends. */
  const waitForAppeal = async () => {
    while (stores.clock.getState().day < stores.clock.getState().lastDay) {
      await controller.step(1);
      if ((stores.role.getState().frame?.officer?.cases.length ?? 0) > 0) return;
      if (stores.session.getState().status !== 'ready') return;
    }
  };

  return (
    <div class="officer-desk">
      <section class="role-supervisor" aria-labelledby="supervisor-heading">
        <h3 class="small-heading" id="supervisor-heading">
          {m.supervisor}
        </h3>
        {pressure && <blockquote>{pressure}</blockquote>}
        <ul class="role-pressure">
          {setup.pressure.maxGrantRate !== null && (
            <Pressure
              met={debrief.pressure.grantRateMet}
              text={m.grantRate(debrief.granted, debrief.decisions, setup.pressure.maxGrantRate)}
            />
          )}
          {setup.pressure.maxWaitDays !== null && (
            <Pressure
              met={debrief.pressure.waitMet}
              text={m.wait(
                debrief.oldestWaiting,
                debrief.maxDaysWaited,
                setup.pressure.maxWaitDays,
              )}
            />
          )}
        </ul>
      </section>

      <section aria-labelledby="queue-heading">
        <h3 class="small-heading" id="queue-heading">
          {m.queue(day, cases.length)}
        </h3>
        <p class="muted small">{m.decideHelp(setup.quota)}</p>
        {moveError && (
          <p class="role-error" role="alert">
            {m.refused(
              moveRefusal === null ? moveError : refusalWords(moveRefusal, (id) => id, messages),
            )}
          </p>
        )}
        {cases.length === 0 ? (
          <p class="muted">{m.empty}</p>
        ) : (
          <ol class="role-cases">
            {cases.map((c) => (
              <CaseCard
                key={c.id}
                appeal={c}
                disabled={busy || done || (quotaFull && c.decision === null)}
                decide={decide}
              />
            ))}
          </ol>
        )}
      </section>

      {/* Today's count and the end of the day stay in view at the foot of the desk. */}
      <div class="role-footer">
        <p class="role-quota" role="status">
          {m.quota(decidedToday, setup.quota)}
        </p>
        <div class="role-day-actions">
          {done ? (
            <button type="button" class="button button-primary button-large" onClick={finish}>
              {m.seeDebrief}
            </button>
          ) : (
            <>
              <button
                type="button"
                class="button button-primary button-large"
                disabled={busy}
                onClick={() => void controller.step(1)}
              >
                {m.endDay(day + 1)}
              </button>
              {cases.length === 0 && (
                <button type="button" class="button" disabled={busy} onClick={waitForAppeal}>
                  {m.waitForAppeal}
                </button>
              )}
              <button type="button" class="button" disabled={busy} onClick={finish}>
                {m.finish}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

function Pressure(props: { met: boolean | null; text: string }) {
  const m = messages.roles.officer;
  const state = props.met === null ? 'none' : props.met ? 'met' : 'missed';
  return (
    <li class={`pressure-${state}`}>
      <span class="pressure-mark">{m.pressureState[state]}</span> {props.text}
    </li>
  );
}

function CaseCard(props: {
  appeal: AppealCase;
  disabled: boolean;
  decide: (id: string, grant: boolean) => void;
}) {
  const c = props.appeal;
  const m = messages.roles.officer;
  const label = useScenarioLabel();
  const { stores } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const behaviour = (id: string) =>
    label('behaviours', id, scenario?.behaviours.find((b) => b.id === id)?.label ?? id);
  const district = (id: string) =>
    label('districts', id, scenario?.town.districts.find((d) => d.id === id)?.name ?? id);
  const heading = `case-${c.id}`;
  return (
    <li class="role-case" aria-labelledby={heading}>
      <h4 id={heading}>
        {c.name}
        <span class="muted">
          {' '}
          · {m.who(c.age, label('occupations', c.occupation, c.occupation))}
        </span>
      </h4>
      <p class="small">
        {m.listing(label('lists', c.list, c.listLabel), c.listedDay, c.filedDay, c.waitingDays)}
      </p>
      <h5>{m.records}</h5>
      {c.records.length === 0 ? (
        <p class="muted small">{m.noRecords}</p>
      ) : (
        <table class="role-records">
          <thead>
            <tr>
              <th scope="col">{m.recordDay}</th>
              <th scope="col">{m.recordWhat}</th>
              <th scope="col">{m.recordSource}</th>
            </tr>
          </thead>
          <tbody>
            {c.records.map((r, index) => (
              <tr key={index} class={r.cause ? 'is-cause' : undefined}>
                <td>{r.day}</td>
                <td>
                  {label('behaviours', r.behaviour, r.label)}
                  {r.cause && <span class="tag tag-cause">{m.cause}</span>}
                </td>
                <td>{label('surveillance', r.source, r.sourceLabel)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h5>{m.says}</h5>
      <blockquote class="role-statement">{pleaWords(c.plea, behaviour, messages)}</blockquote>
      {c.clue !== null && (
        <p class="role-hint">
          <strong class="role-hint-label">{m.hint}</strong>
          {clueWords(c.clue, district, messages)}
        </p>
      )}
      <p class="muted small">{m.impression[c.impression]}</p>
      <div class="role-decide" role="group" aria-label={m.decideLabel(c.name)}>
        <button
          type="button"
          class="button"
          aria-pressed={c.decision === true}
          disabled={props.disabled}
          onClick={() => props.decide(c.id, true)}
        >
          {m.grant}
        </button>
        <button
          type="button"
          class="button"
          aria-pressed={c.decision === false}
          disabled={props.disabled}
          onClick={() => props.decide(c.id, false)}
        >
          {m.deny}
        </button>
        {c.decision !== null && <span class="muted small">{m.decided(c.decision)}</span>}
      </div>
    </li>
  );
}
