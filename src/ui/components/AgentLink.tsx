/** A person's or business's name as a button that opens their dossier. */
import type { AgentId } from '../../engine/types';
import { agentName } from '../../store/townStore';
import { useApp } from '../appContext';

export function AgentLink(props: { id: AgentId; label?: string }) {
  const { stores, controller } = useApp();
  const name = props.label ?? agentName(stores.town.getState(), props.id);
  return (
    <button type="button" class="link" onClick={() => controller.select(props.id)}>
      {name}
    </button>
  );
}
