/** One of the citizen's goals with where it stands: met, missed, or open until its day. */
import type { GoalState } from '../../engine/types';
import { messages } from '../strings';

/** `text`: the goal's text in the reader's language. */
export function GoalItem(props: { goal: GoalState; text: string }) {
  const { goal } = props;
  const m = messages.roles.citizen;
  const state =
    goal.metDay !== null ? 'met' : goal.failedDay !== null ? 'failed' : ('open' as const);
  return (
    <li class={`role-goal goal-${state} goal-${goal.outcome}`}>
      <span class="role-goal-text">{props.text}</span>
      <span class="role-goal-state">
        {goal.outcome === 'lose' && <span class="muted">{m.loseGoal} </span>}
        {state === 'met' && m.metOn(goal.metDay as number)}
        {state === 'failed' && m.missedOn(goal.failedDay as number)}
        {state === 'open' && (goal.byDay !== null ? m.byDay(goal.byDay) : m.anyDay)}
      </span>
    </li>
  );
}
