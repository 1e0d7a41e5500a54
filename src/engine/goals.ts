/**
 * A protagonist's goals: CEL conditions over the protagonist (what rules see on `person`, plus what
 * happened to them in this run: acts, services used and refused, listings, appeals, debts settled,
 * apologies), checked after every day. Progress is read from their dossier as it grows, so nothing
 * here touches the simulation. The ending: a losing goal met, or a winning goal missed (byDay passed),
 * loses; the win goals met (all, or any: winWhen) wins; the run's last day without either times out.
 */
import { Environment } from '@marcbachmann/cel-js';
import { SERVICES } from './compile';
import { agentsOf, playedProtagonist } from './citizen';
import type { ExpressionProblem } from './expression';
import { fillPersonVars } from './score';
import { storyOf } from './story';
import { STATUS_LISTED, type SimState } from './state';
import type { GoalState, GoalStatus } from './roleTypes';

/** What a goal condition sees as `person`. */
export class GoalVars {
  age = 0;
  income = 0;
  score = 0;
  grade = '';
  occupation = '';
  district = '';
  listed = false;
  children = 0;
  debts = 0;
  fear = 0;
  day = 0;
  /** True acts in this run, by behaviour id. */
  acts = new Map<string, number>();
  /** Services used (not refused), by service. */
  used = new Map<string, number>();
  /** Services refused, by service. */
  refused = new Map<string, number>();
  tripsTaken = 0;
  refusals = 0;
  everListed = false;
  knowsListed = false;
  appealsFiled = 0;
  appealsGranted = 0;
  appealsDenied = 0;
  debtsSettled = 0;
  apologiesAccepted = 0;
  apologiesRejected = 0;
}

const GOAL_FIELDS = {
  age: 'double',
  income: 'double',
  score: 'double',
  grade: 'string',
  occupation: 'string',
  district: 'string',
  listed: 'bool',
  children: 'double',
  debts: 'double',
  fear: 'double',
  day: 'double',
  acts: 'map<string, double>',
  used: 'map<string, double>',
  refused: 'map<string, double>',
  tripsTaken: 'double',
  refusals: 'double',
  everListed: 'bool',
  knowsListed: 'bool',
  appealsFiled: 'double',
  appealsGranted: 'double',
  appealsDenied: 'double',
  debtsSettled: 'double',
  apologiesAccepted: 'double',
  apologiesRejected: 'double',
} as const;

let goalEnvironment: Environment | undefined;

function environment(): Environment {
  if (!goalEnvironment) {
    let env = new Environment()
      .registerType('Protagonist', { ctor: GoalVars, fields: GOAL_FIELDS })
      .registerVariable('person', 'Protagonist');
    // Mixed double/int arithmetic, as in rule conditions.
    for (const op of ['+', '-', '*', '/'] as const) {
      const apply = (a: number, b: number): number =>
        op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
      env = env
        .registerOperator(`double ${op} int`, (a: number, b: bigint) => apply(a, Number(b)))
        .registerOperator(`int ${op} double`, (a: bigint, b: number) => apply(Number(a), b));
    }
    goalEnvironment = env;
  }
  return goalEnvironment;
}

interface CelError {
  message?: string;
  summary?: string;
  range?: { start: number; end: number };
}

const problemOf = (error: unknown): ExpressionProblem => {
  const e = error as CelError;
  return {
    message: e.summary ?? (e.message ?? String(error)).split('\n')[0],
    offset: e.range?.start ?? 0,
  };
};

/** Check a goal condition: null when valid and true/false, else the problem and where it starts. */
export function checkGoalExpression(text: string): ExpressionProblem | null {
  const env = environment();
  try {
    env.parse(text);
  } catch (error) {
    return problemOf(error);
  }
  const checked = env.check(text);
  if (!checked.valid) return problemOf(checked.error);
  if (checked.type !== 'bool')
    return {
      message: `a goal must be true or false, but this gives a ${String(checked.type)}`,
      offset: 0,
    };
  return null;
}

type GoalCondition = (vars: GoalVars) => boolean;

function compileGoal(text: string, where: string): GoalCondition {
  const problem = checkGoalExpression(text);
  if (problem)
    throw new Error(
      `${where}: ${problem.message} (at character ${problem.offset + 1} of "${text}")`,
    );
  const evaluate = environment().parse(text);
  // A key the condition names that does not exist (a misspelt service) counts as not met.
  return (vars) => {
    try {
      return evaluate({ person: vars }) === true;
    } catch {
      return false;
    }
  };
}

/** Goals and counts of the played protagonist, advanced day by day from their dossier. */
export interface GoalProgress {
  vars: GoalVars;
  conditions: GoalCondition[];
  goals: GoalState[];
  /** Entries of each of their agents already read. */
  cursors: number[];
  ending: GoalStatus['ending'];
}

/** Start tracking the played protagonist's goals (nothing when no citizen is played). */
export function startGoals(s: SimState): GoalProgress | null {
  const p = s.roles.protagonists[s.roles.played];
  if (!p) return null;
  const vars = new GoalVars();
  for (const id of s.compiled.behaviours.ids) vars.acts.set(id, 0);
  for (const service of SERVICES) {
    vars.used.set(service, 0);
    vars.refused.set(service, 0);
  }
  const at = `roles.citizen.protagonists[${s.roles.played}].goals`;
  return {
    vars,
    conditions: p.definition.goals.map((g, i) => compileGoal(g.when, `${at}[${i}].when`)),
    goals: p.definition.goals.map((g) => ({
      id: g.id,
      text: g.text,
      outcome: g.outcome,
      byDay: g.byDay ?? null,
      metDay: null,
      failedDay: null,
    })),
    cursors: agentsOf(s, p.person).map(() => 0),
    ending: null,
  };
}

const bump = (map: Map<string, number>, key: string, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};

/** Read the dossier entries added since the last day into the counts. */
function readNewEntries(s: SimState, progress: GoalProgress, agents: number[]): void {
  const v = progress.vars;
  const tried = new Map<string, number>();
  agents.forEach((a, k) => {
    const timeline = s.dossiers.timeline(a);
    for (let i = progress.cursors[k]; i < timeline.length; i++) {
      const e = timeline[i];
      if (e.type === 'act') {
        if (e.day > 0) bump(v.acts, e.behaviour);
        const b = s.compiled.behaviours.ids.indexOf(e.behaviour);
        const service = s.compiled.behaviours.service[b];
        if (service >= 0 && e.day > 0) bump(tried, SERVICES[service]);
      } else if (e.type === 'refused') {
        bump(v.refused, e.service);
        bump(tried, e.service, -1);
        v.refusals++;
      } else if (e.type === 'listed') v.everListed = true;
      else if (e.type === 'appealFiled') v.appealsFiled++;
      else if (e.type === 'appealDecided') {
        if (e.granted) v.appealsGranted++;
        else v.appealsDenied++;
      } else if (e.type === 'settled') v.debtsSettled++;
    }
    progress.cursors[k] = timeline.length;
  });
  for (const [service, n] of tried) if (n > 0) bump(v.used, service, n);
  v.tripsTaken = (v.used.get('flight') ?? 0) + (v.used.get('train') ?? 0);
}

/** Fill what the conditions read today. */
function fillVars(s: SimState, progress: GoalProgress, person: number, agents: number[]): void {
  const v = progress.vars;
  fillPersonVars(s, person);
  Object.assign(v, s.ctx.person);
  v.listed = agents.some((a) => s.listedMask[a] !== 0);
  v.day = s.day;
  v.knowsListed = agents.some((a) =>
    s.lists.some((st) => st.status[a] === STATUS_LISTED && st.knows[a] === 1),
  );
  v.apologiesAccepted = s.roles.apologies.filter((x) => x.accepted).length;
  v.apologiesRejected = s.roles.apologies.length - v.apologiesAccepted;
}

/** The ending reached today, if any (see the file comment for the rules). */
function endingToday(s: SimState, progress: GoalProgress): GoalStatus['ending'] {
  const p = s.roles.protagonists[s.roles.played].definition;
  const day = s.day;
  const at = (kind: 'win' | 'lose' | 'timeout') => ({ kind, day, text: p.endings[kind] });
  const goals = progress.goals;
  if (goals.some((g) => g.outcome === 'lose' && g.metDay !== null)) return at('lose');
  const wins = goals.filter((g) => g.outcome === 'win');
  if (wins.length > 0) {
    const met = wins.filter((g) => g.metDay !== null).length;
    const failed = wins.filter((g) => g.failedDay !== null).length;
    if (p.winWhen === 'all' ? met === wins.length : met > 0) return at('win');
    if (p.winWhen === 'all' ? failed > 0 : failed === wins.length) return at('lose');
  }
  return day >= s.scenario.days ? at('timeout') : null;
}

/** After a day: read the dossier, check every open goal, and settle the ending once. */
export function trackGoals(s: SimState): void {
  const p = s.roles.protagonists[s.roles.played];
  if (!p) return;
  s.roles.progress ??= startGoals(s);
  const progress = s.roles.progress as GoalProgress;
  const agents = agentsOf(s, p.person);
  readNewEntries(s, progress, agents);
  fillVars(s, progress, p.person, agents);
  progress.goals.forEach((g, i) => {
    if (g.metDay !== null || g.failedDay !== null) return;
    if (progress.conditions[i](progress.vars)) g.metDay = s.day;
    else if (g.byDay !== null && s.day >= g.byDay) g.failedDay = s.day;
  });
  progress.ending ??= endingToday(s, progress);
}

/** The played protagonist's goals and ending (explained once reached); undefined for anyone else. */
export function goalStatus(s: SimState, id: string): GoalStatus | undefined {
  const p = playedProtagonist(s, id);
  if (!p) return undefined;
  s.roles.progress ??= startGoals(s);
  const progress = s.roles.progress as GoalProgress;
  const ending = progress.ending;
  const story = ending ? storyOf(s, p) : { explanation: [], chain: [] };
  return {
    day: s.day,
    person: id,
    protagonist: p.definition.id,
    goals: progress.goals.map((g) => ({ ...g })),
    ending: ending ? { ...ending } : null,
    explanation: story.explanation,
    chain: story.chain,
  };
}
