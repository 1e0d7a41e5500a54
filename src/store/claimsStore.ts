/**
 * The scenario's claims as checked across seeds in the browser: which scenario (by hash), the
 * verdicts by claim id once the check is done, and its progress while it runs. One check at a
 * time; starting another (or another scenario) stops the one in hand.
 */
import { createStore } from 'zustand/vanilla';
import type { ClaimVerdict } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';
import { checkClaimsInWorker, type ClaimsCheck } from '../worker/claimsClient';

export interface ClaimsState {
  /** The hash of the scenario checked (verdicts of another scenario are never shown). */
  hash: string | null;
  seeds: number;
  verdicts: Record<string, ClaimVerdict> | null;
  progress: { done: number; total: number } | null;
  error: string | null;
}

const initial: ClaimsState = { hash: null, seeds: 0, verdicts: null, progress: null, error: null };

export const claimsStore = createStore<ClaimsState>()(() => initial);

let running: ClaimsCheck | null = null;

/** Checks every claim of the scenario with this hash on `seeds` seeds, in a worker. */
export function checkScenarioClaims(scenario: Scenario, hash: string, seeds: number): void {
  stopClaimsCheck();
  claimsStore.setState({ ...initial, hash, seeds, progress: { done: 0, total: seeds } });
  const check = checkClaimsInWorker(scenario, seeds, (done, total) =>
    claimsStore.setState({ progress: { done, total } }),
  );
  running = check;
  check.result.then(
    (verdicts) => {
      if (running !== check) return;
      running = null;
      claimsStore.setState({
        verdicts: Object.fromEntries(verdicts.map((v) => [v.id, v])),
        progress: null,
      });
    },
    (error: Error) => {
      if (running !== check) return;
      running = null;
      claimsStore.setState({ progress: null, error: error.message });
    },
  );
}

/** Stops a check in hand (its results are dropped). */
export function stopClaimsCheck(): void {
  const check = running;
  running = null;
  check?.cancel();
  if (claimsStore.getState().progress) claimsStore.setState({ progress: null });
}
