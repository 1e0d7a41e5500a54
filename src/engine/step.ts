/**
 * One day: the systems in their fixed, visible order. Each is a plain function over the state.
 * behave → observe → score → list/delist → sanction and reward → appeals → adapt → collect metrics.
 */
import { adapt } from './systems/adapt';
import { processAppeals } from './systems/appeals';
import { behave } from './systems/behave';
import { applyConsequences } from './systems/consequences';
import { updateLists } from './systems/lists';
import { collectMetrics, type Census, type MetricDefinition } from './systems/metrics';
import { observe } from './systems/observe';
import { score } from './systems/score';
import { resetCounters, type SimState } from './core/state';

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
  s.compiled.conditionMeter.startDay(s.day);
  resetCounters(s.counters);
  for (let k = 0; k < s.changedList.count; k++) s.changed[s.changedList.items[k]] = 0;
  s.changedList.clear();
  for (const system of SYSTEMS) system(s);
  collectMetrics(s, metrics, census);
  s.dossiers.recordScores(s.score, s.changedList.items, s.changedList.count);
}
