/** True while the town loads, steps or jumps, or a move is on its way: a role's buttons wait. */
import { useApp } from '../appContext';
import { useStore } from '../useStore';

export function useRoleBusy(): boolean {
  const { stores } = useApp();
  const loading = useStore(stores.session, (s) => s.status !== 'ready');
  const seeking = useStore(stores.clock, (s) => s.seekingTo !== null);
  const moving = useStore(stores.role, (s) => s.moving);
  return loading || seeking || moving;
}
