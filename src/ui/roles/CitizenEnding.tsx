/**
 * The citizen's ending: won, lost or out of time, the scenario's words for it, the goals, and the
 * truth revealed (goalStatus.story, worded in the page's language: acts, records, rules and
 * listings, sanctions, refusals, what they learned, appeals). It leads to the full dossier in its
 * three lenses.
 */
import { useMemo } from 'preact/hooks';
import { useApp } from '../appContext';
import { scenarioLabels } from '../dossier/describeEntry';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { ID_LABELS } from '../../text/labels';
import { storyWords } from '../../text/story';
import { GoalItem } from './GoalItem';
import { RoleEndButtons } from './RoleEndButtons';
import { StageSheet } from './StageSheet';
import { useRoleText } from './useRoleText';

export function CitizenEnding() {
  const { stores, controller } = useApp();
  const citizen = useStore(stores.role, (s) => s.frame?.citizen ?? null);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const labels = useMemo(() => (scenario === null ? null : scenarioLabels(scenario)), [scenario]);
  const texts = useRoleText();
  const m = messages.roles.ending;
  const ending = citizen?.status.ending ?? null;
  if (citizen === null || ending === null) return null;
  const { status, view } = citizen;
  const story = storyWords(status.story, labels ?? ID_LABELS, messages);
  const own = texts.protagonist(status.protagonist);
  const openDossier = () => {
    stores.role.setState({ pane: 'town', debriefOpen: false });
    controller.select(view.person);
    controller.setLens('truth');
  };
  return (
    <StageSheet
      id="role-ending-title"
      eyebrow={m.eyebrow(view.name, ending.day)}
      title={m.title[ending.kind]}
      tone={ending.kind === 'win' ? 'win' : ending.kind === 'lose' ? 'lose' : 'neutral'}
    >
      <p class="role-ending-text">{own.ending(ending.kind, ending.text)}</p>
      <h3 class="small-heading">{m.goals}</h3>
      <ul class="role-goals">
        {status.goals.map((goal) => (
          <GoalItem key={goal.id} goal={goal} text={own.goal(goal.id, goal.text)} />
        ))}
      </ul>
      <h3 class="small-heading">{m.truth}</h3>
      <p class="muted small">{m.truthIntro}</p>
      <ol class="role-explanation">
        {story.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
      <RoleEndButtons primary={m.openDossier} onPrimary={openDossier} labels={m} />
    </StageSheet>
  );
}
