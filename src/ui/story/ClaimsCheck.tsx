/**
 * The scenario's claims, each with its expected range and, once checked here across seeds (in a
 * worker, with progress and Stop), the median, range and whether it holds.
 */
import { formatFigure, formatRange } from '../../scenario/claims/claimStats';
import { claimFigure } from '../../scenario/claims/claimText';
import type { Scenario } from '../../scenario/schema';
import { checkScenarioClaims, claimsStore, stopClaimsCheck } from '../../store/claimsStore';
import { messages } from '../strings';
import { useStore } from '../useStore';

/** The number of seeds a check runs: the most any claim asks for. */
export const claimSeedCount = (scenario: Scenario): number =>
  Math.max(1, ...(scenario.claims ?? []).map((c) => c.seeds));

export function ClaimsCheck(props: { scenario: Scenario; hash: string | null }) {
  const { scenario, hash } = props;
  const m = messages.story.claims;
  const state = useStore(claimsStore, (s) => s);
  const claims = scenario.claims ?? [];
  if (claims.length === 0 || hash === null) return null;
  const mine = state.hash === hash;
  const seeds = claimSeedCount(scenario);
  return (
    <details class="notes claims-check">
      <summary>{m.title}</summary>
      <p class="small">{m.intro}</p>
      <div class="claims-actions">
        {mine && state.progress ? (
          <>
            <progress
              max={state.progress.total}
              value={state.progress.done}
              aria-label={m.checking(state.progress.done, state.progress.total)}
            />
            <span class="small" role="status">
              {m.checking(state.progress.done, state.progress.total)}
            </span>
            <button type="button" onClick={stopClaimsCheck}>
              {m.cancel}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => checkScenarioClaims(scenario, hash, seeds)}>
            {m.check(seeds)}
          </button>
        )}
      </div>
      {mine && state.error && <p class="field-error">{m.failed(state.error)}</p>}
      <ul class="claims-list">
        {claims.map((claim) => {
          const verdict = mine ? state.verdicts?.[claim.id] : undefined;
          return (
            <li key={claim.id} data-claim={claim.id}>
              <span>{claim.text}</span>{' '}
              <span class="muted small">{m.claimed(claimFigure(claim))}</span>
              {verdict && (
                <span class={`claim-check${verdict.pass ? '' : ' claim-fails'}`}>
                  {' — '}
                  {m.across(
                    verdict.seeds.length,
                    formatFigure(verdict.median),
                    formatRange(verdict.min, verdict.max),
                  )}
                  {': '}
                  <strong>{m.verdict(verdict.pass)}</strong>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
