/**
 * Checks of a scenario's claims when it loads: unique ids, a range from low to high, a quoted
 * figure inside it, a metric expression that parses, and every `{claim:ID}` in a text naming a
 * claim. Whether the metric names exist is checked when the claims run (the engine knows them).
 */
import type { Finding } from '../finding';
import type { Scenario } from '../schema';
import { closestMatch } from '../suggest';
import { claimsQuoted } from './claimText';
import { parseMetricExpression } from './metricExpression';

/** Problems in `claims` and in the claim tokens of every text. */
export function claimFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const error = (path: PropertyKey[], message: string, offset?: number) =>
    findings.push({ path, message, severity: 'error', offset });
  const claims = scenario.claims ?? [];
  const ids: string[] = [];
  claims.forEach((claim, i) => {
    const at = ['claims', i];
    if (ids.includes(claim.id))
      error([...at, 'id'], `expected a unique claim id, found "${claim.id}" again`);
    ids.push(claim.id);
    if (claim.min > claim.max)
      error([...at, 'max'], `expected at least min (${claim.min}), found ${claim.max}`);
    if (claim.about !== undefined && (claim.about < claim.min || claim.about > claim.max))
      error(
        [...at, 'about'],
        `expected the quoted figure within min–max (${claim.min}–${claim.max}), found ${claim.about}`,
      );
    const parsed = parseMetricExpression(claim.metric);
    if (!parsed.ok)
      error(
        [...at, 'metric'],
        `expected a metric expression, found ${parsed.problem.message}`,
        parsed.problem.offset,
      );
  });
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      for (const id of claimsQuoted(value)) {
        if (ids.includes(id)) continue;
        const guess = closestMatch(id, ids);
        error(
          path,
          `expected {claim:ID} to name a claim${guess ? ` (did you mean "${guess}"?)` : ids.length > 0 ? `: ${ids.join(', ')}` : ', but the scenario has no claims'}, found "${id}"`,
        );
      }
    } else if (Array.isArray(value)) value.forEach((v, k) => visit(v, [...path, k]));
    else if (value !== null && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) visit(v, [...path, key]);
  };
  for (const [key, value] of Object.entries(scenario)) if (key !== 'claims') visit(value, [key]);
  return findings;
}
