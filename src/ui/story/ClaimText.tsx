/**
 * A scenario text with its quoted claims ({claim:ID}) filled in; beside each claimed figure, once
 * the claims were checked in this browser, what the runs gave across seeds.
 */
import { claimTextParts } from '../../scenario/claims/claimText';
import { formatFigure, formatRange } from '../../scenario/claims/claimStats';
import type { ClaimDefinition } from '../../scenario/schema';
import { claimsStore } from '../../store/claimsStore';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function ClaimText(props: {
  text: string;
  claims: readonly ClaimDefinition[] | undefined;
  /** The scenario's hash: results of a check of another scenario are not shown. */
  hash: string | null;
}) {
  const checked = useStore(claimsStore, (s) => (s.hash === props.hash ? s.verdicts : null));
  if (!props.text.includes('{claim:')) return <>{props.text}</>;
  return (
    <>
      {claimTextParts(props.text, props.claims).map((part, k) => {
        if (!part.claim) return part.text;
        const verdict = checked?.[part.claim];
        return (
          <span key={k} class="claim-figure" data-claim={part.claim}>
            {part.text}
            {verdict && (
              <span class={`claim-check${verdict.pass ? '' : ' claim-fails'}`}>
                {' ('}
                {messages.story.claims.across(
                  verdict.seeds.length,
                  formatFigure(verdict.median),
                  formatRange(verdict.min, verdict.max),
                )}
                {')'}
              </span>
            )}
          </span>
        );
      })}
    </>
  );
}
