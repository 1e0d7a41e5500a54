/**
 * A protagonist's goals: CEL conditions over the protagonist (what rules see on `person`, plus what
 * happened to them in this run: acts, services used and refused, listings, appeals, debts settled,
 * apologies), checked after every day. Progress is read from their dossier as it grows, so nothing
 * here touches the simulation. The ending: a losing goal met, or a winning goal missed (byDay passed),
 * loses; the win goals met (all, or any: winWhen) wins; the run's last day without either times out.
 */
import { SERVICES } from '../core/compile';
import { agentsOf, playedProtagonist } from './citizen';
import { compileGoal, GoalVars } from '../../scenario/conditions/goalExpression';
import { fillPersonVars } from '../systems/score';
import { storyOf } from './story';
import { STATUS_LISTED } from '../core/state';
import type { GoalStatus } from './types';
import type { GoalProgress } from './state';
import type { RoleSimState } from './state';

/** Start tracking the played protagonist's goals (nothing when no citizen is played). */
export function startGoals(s: RoleSimState): GoalProgress | null {
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
function readNewEntries(s: RoleSimState, progress: GoalProgress, agents: number[]): void {
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
function fillVars(s: RoleSimState, progress: GoalProgress, person: number, agents: number[]): void {
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
function endingToday(s: RoleSimState, progress: GoalProgress): GoalStatus['ending'] {
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
export function trackGoals(s: RoleSimState): void {
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
export function goalStatus(s: RoleSimState, id: string): GoalStatus | undefined {
  const p = playedProtagonist(s, id);
  if (!p) return undefined;
  s.roles.progress ??= startGoals(s);
  const progress = s.roles.progress as GoalProgress;
  const ending = progress.ending;
  const story = ending ? storyOf(s, p) : { story: [], chain: [] };
  return {
    day: s.day,
    person: id,
    protagonist: p.definition.id,
    goals: progress.goals.map((g) => ({ ...g })),
    ending: ending ? { ...ending } : null,
    story: story.story,
    chain: story.chain,
  };
}
