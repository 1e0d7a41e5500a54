/**
 * Over the map, when a role's story is told: the citizen's ending, the appeals officer's debrief,
 * the planner's verdict. Each can be put away to look at the town, and opened again from the desk.
 */
import { useApp } from '../appContext';
import { lazyPart } from '../components/lazyPart';
import { useStore } from '../useStore';

// Told once per role played: each is fetched when its story is first told.
const CitizenEnding = lazyPart(() => import('./CitizenEnding').then((m) => m.CitizenEnding), {
  name: 'roles',
});
const OfficerDebrief = lazyPart(() => import('./OfficerDebrief').then((m) => m.OfficerDebrief), {
  name: 'roles',
});
const PlanDebrief = lazyPart(() => import('./PlanDebrief').then((m) => m.PlanDebrief), {
  name: 'roles',
});

export function RoleStage() {
  const { stores } = useApp();
  const role = useStore(stores.role, (s) => s);
  if (!role.debriefOpen) return null;
  const ending = role.frame?.citizen?.status.ending ?? null;
  if (role.playing.kind === 'citizen' && ending !== null) return <CitizenEnding />;
  if (role.playing.kind === 'appealsOfficer' && role.officerFinished && role.frame?.officer) {
    return <OfficerDebrief />;
  }
  if (role.playing.kind === 'planner' && role.planRun.status === 'done') return <PlanDebrief />;
  return null;
}
