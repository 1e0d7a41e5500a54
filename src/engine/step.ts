/**
 * One day: the systems in their fixed, visible order. Each is a plain function over the state.
 * behave → observe → score → list/delist → sanction and reward → appeals → adapt → collect metrics.
 */
import { adapt } from './adapt';
import { processAppeals } from './appeals';
import { behave } from './behave';
import { applyConsequences } from './consequences';
import { updateLists } from './lists';
import { collectMetrics, type Census, type MetricDefinition } from './metrics';
import { observe } from './observe';
import { score } from './score';
import { resetCounters, type SimState } from './state';

/** The systems of a day, in order (metrics are collected after them). */
export const SYSTEMS: readonly ((s: SimState) => void)[] = [
  behave,
  observe,
  score,
  updateLists,
  applyConsequences,
  processAppeals,
  adapt,
];

/** Advance the state by one day. */
export function stepDay(s: SimState, metrics: MetricDefinition[], census: Census): void {
  s.day++;
  resetCounters(s.counters);
  for (let k = 0; k < s.changedList.count; k++) s.changed[s.changedList.items[k]] = 0;
  s.changedList.clear();
  for (const system of SYSTEMS) system(s);
  collectMetrics(s, metrics, census);
  s.dossiers.recordScores(s.score);
}
