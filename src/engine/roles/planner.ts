/**
 * The planner's run: the player's rule set against the scenario's own (the baseline) on the same town
 * and seed (compareRuns, so every difference is the rules' doing), measured against the scenario's
 * target (roles.planner.target) and costed in the metrics it names. The prediction (bets) and the
 * debrief are the UI's; this returns plain data for it.
 */
import { ASSUMPTION_PARTS, RULESET_PARTS } from '../../scenario/rulesetParts';
import type { RuleSet } from '../../scenario/schema';
import { compareRuns, withRuleset } from '../compare/compare';
import type { MetricSeries, Scenario } from '../types';

/** One metric under the baseline and the plan (flows: run totals; stocks: the last day). */
export interface PlanFigure {
  metric: string;
  kind: 'flow' | 'stock';
  baseline: number;
  plan: number;
  diff: number;
  /** plan / baseline − 1, or null when the baseline is 0. */
  relative: number | null;
}

export interface PlanEvaluation {
  ok: true;
  target: NonNullable<Scenario['roles']['planner']>['target'];
  seed: number;
  days: number;
  /** The measured relative change the target is about (see target.over), or null if undefined (0 before). */
  change: number | null;
  /** The same measure under the baseline rules (for lastMonthVsFirstMonth; vsBaseline: 0). */
  baselineChange: number | null;
  achieved: boolean;
  /** The target metric itself under both rule sets. */
  figure: PlanFigure;
  costs: PlanFigure[];
  /** The target metric per day (index 0 = day 1) under both rule sets, for the debrief's chart. */
  daily: { baseline: number[]; plan: number[] };
  /** Parts of the rule set the plan changed although the scenario does not let the planner edit them. */
  lockedChanged: string[];
  /**
   * Assumptions about people (adaptation) the plan changed: allowed when editable, but a result
   * that rests on people responding differently is not something rules achieved.
   */
  assumptionsChanged: string[];
}

/** Why a plan could not be judged: no planner declared, or a metric this run does not have. */
export type PlanProblem =
  | { kind: 'noPlanner'; scenario: string }
  | { kind: 'unknownMetric'; metric: string; known: string[] };

export type PlanResult = PlanEvaluation | { ok: false; problem: PlanProblem };

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]): number => (xs.length > 0 ? sum(xs) / xs.length : 0);
const ratio = (after: number, before: number): number | null =>
  before === 0 ? null : after / before - 1;

/** A summary figure: a flow's total or a stock's last value. */
function figure(
  metric: string,
  kind: 'flow' | 'stock',
  a: MetricSeries,
  b: MetricSeries,
): PlanFigure {
  const value = (series: number[]) =>
    kind === 'flow' ? sum(series) : series.length > 0 ? series[series.length - 1] : 0;
  const baseline = value(a[metric] ?? []);
  const plan = value(b[metric] ?? []);
  return { metric, kind, baseline, plan, diff: plan - baseline, relative: ratio(plan, baseline) };
}

/** Last month against the first (flows: sums; stocks: means), over 30 days or half a short run. */
function lastVsFirst(series: number[], kind: 'flow' | 'stock'): number | null {
  const window = Math.min(30, Math.floor(series.length / 2));
  if (window === 0) return null;
  const first = series.slice(0, window);
  const last = series.slice(series.length - window);
  return kind === 'flow' ? ratio(sum(last), sum(first)) : ratio(mean(last), mean(first));
}

/**
 * Run the plan and the baseline on one seed for `days` (default the scenario's), and judge the plan
 * against the scenario's planner target; an error value when the scenario has no planner role or the
 * target or a cost names a metric the run does not have.
 */
export function evaluatePlan(
  scenario: Scenario,
  ruleset: RuleSet,
  seed: number = scenario.seed,
  days: number = scenario.days,
): PlanResult {
  const planner = scenario.roles.planner;
  if (!planner) return { ok: false, problem: { kind: 'noPlanner', scenario: scenario.id } };
  const comparison = compareRuns(scenario, withRuleset(scenario, ruleset), { seed, days });
  const { a, b } = comparison.daily;
  const names = new Set(comparison.metricNames);
  const flows = new Set(
    comparison.summary.flatMap((m) =>
      m.name.startsWith('total') ? [m.name.charAt(5).toLowerCase() + m.name.slice(6)] : [],
    ),
  );
  const kindOf = (metric: string): 'flow' | 'stock' => (flows.has(metric) ? 'flow' : 'stock');
  const missing = [planner.target.metric, ...planner.costs].find((m) => !names.has(m));
  if (missing !== undefined)
    return {
      ok: false,
      problem: { kind: 'unknownMetric', metric: missing, known: comparison.metricNames },
    };
  const { metric, change: wanted, over } = planner.target;
  const kind = kindOf(metric);
  const target = figure(metric, kind, a, b);
  const change = over === 'vsBaseline' ? target.relative : lastVsFirst(b[metric], kind);
  const baselineChange = over === 'vsBaseline' ? 0 : lastVsFirst(a[metric], kind);
  const achieved = change !== null && (wanted < 0 ? change <= wanted : change >= wanted);
  const changed = RULESET_PARTS.filter(
    (part) => JSON.stringify(scenario.ruleset[part]) !== JSON.stringify(ruleset[part]),
  );
  const lockedChanged = changed.filter((part) => !planner.editable.includes(part));
  const assumptionsChanged = changed.filter(
    (part) => ASSUMPTION_PARTS.includes(part) && planner.editable.includes(part),
  );
  return {
    ok: true,
    target: { ...planner.target },
    seed,
    days,
    change,
    baselineChange,
    achieved,
    figure: target,
    costs: planner.costs.map((m) => figure(m, kindOf(m), a, b)),
    daily: { baseline: a[metric].slice(), plan: b[metric].slice() },
    lockedChanged,
    assumptionsChanged,
  };
}
