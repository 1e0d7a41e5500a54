/** Messages between the UI and the claims worker, which checks a scenario's claims across seeds. */
import type { ClaimVerdict } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';

/** Check every claim of `scenario` on `seeds` runs (its own seed and the ones after it). */
export interface ClaimsRequest {
  scenario: Scenario;
  seeds: number;
}

export type ClaimsResponse =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; verdicts: ClaimVerdict[] }
  | { kind: 'error'; message: string };
