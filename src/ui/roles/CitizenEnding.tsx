/**
 * The citizen's ending: won, lost or out of time, the scenario's words for it, the goals, and the
 * truth revealed (goalStatus.explanation: acts, records, rules and listings, sanctions, refusals,
 * what they learned, appeals). It leads to the full dossier in its three lenses.
 */
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { GoalItem } from './GoalItem';
import { RoleEndButtons } from './RoleEndButtons';
import { StageSheet } from './RoleStage';
import { useRoleText } from './useRoleText';

export function CitizenEnding() {
  const { stores, controller } = useApp();
  const citizen = useStore(stores.role, (s) => s.frame?.citizen ?? null);
  const texts = useRoleText();
  const m = messages.roles.ending;
  const ending = citizen?.status.ending ?? null;
  if (citizen === null || ending === null) return null;
  const { status, view } = citizen;
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
        {status.explanation.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
      <RoleEndButtons primary={m.openDossier} onPrimary={openDossier} labels={m} />
    </StageSheet>
  );
}
