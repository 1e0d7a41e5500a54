/** The name and grade of the person under the pointer, next to the pointer. */
import { useApp } from '../appContext';
import { gradeName } from '../gradeName';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function HoverCard() {
  const { stores } = useApp();
  const hover = useStore(stores.selection, (s) => s.hover);
  if (hover === null) return null;
  const { peopleNames, snapshot } = stores.town.getState();
  const scenario = stores.session.getState().scenario;
  const grades = scenario?.ruleset.scoring.grades ?? [];
  const name = peopleNames[hover.index] ?? `p${hover.index}`;
  const id = snapshot ? grades[snapshot.grade[hover.index]]?.id : undefined;
  const grade = id === undefined ? '?' : gradeName(scenario, id);
  const listed = snapshot !== null && snapshot.listed[hover.index] !== 0;
  return (
    <div
      class="hover-card"
      style={{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }}
      aria-hidden="true"
    >
      <strong>{name}</strong>
      <span>
        {messages.map.hoverGrade(grade)}
        {listed && <span class="tag tag-listed">{messages.map.hoverListed}</span>}
      </span>
    </div>
  );
}
