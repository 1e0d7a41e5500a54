/** A small mark beside a number: documented, secondary, uncertain or assumed (text, not colour alone). */
import type { EvidenceMarkDefinition } from '../../scenario/schema';
import { messages } from '../strings';

export function EvidenceBadge(props: { mark: EvidenceMarkDefinition | undefined }) {
  const m = messages.story.real;
  const kind = props.mark?.mark;
  if (!kind) return <span class="evidence-mark evidence-none">{m.unmarked}</span>;
  return (
    <span class={`evidence-mark evidence-${kind}`} title={m.markTitle[kind]}>
      {m.marks[kind]}
    </span>
  );
}
