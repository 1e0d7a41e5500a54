/**
 * Playing a citizen: the player's choice for the next day (`chooseAction`), where the engine carries
 * it out (behave reads `roles.chosen` for the act; lists calls `settleChosen`, appeals
 * `fileChosenAppeal`), and what the protagonist knows (`citizenView`): only what opacity lets them
 * know — told rule reasons, their score if disclosed, lists they know of, refusals they met, their own
 * acts and debts — never the record's basis, untold rules or lists they have not learned of.
 */
import type { ProtagonistActionDefinition } from '../../scenario/schema';
import { fileAppeal } from '../systems/appeals';
import { relativeOf } from './roles';
import { agentName, settleDebt } from '../systems/lists';
import { DRAW_SINCERE } from '../core/rng';
import { agentId, agentIndex, APPEAL_NONE, debtOf, STATUS_LISTED } from '../core/state';
import type {
  ActionOption,
  CitizenAnswer,
  CitizenView,
  RoleResult,
  UnavailableReason,
} from './types';
import type { DossierEntry } from '../types';
import { refused } from './types';
import type { PickedProtagonist, RoleSimState } from './state';

/** The played protagonist if `id` is their person, else undefined. */
export function playedProtagonist(s: RoleSimState, id: string): PickedProtagonist | undefined {
  const p = s.roles.protagonists[s.roles.played];
  return p && p.person >= 0 && agentIndex(s, id) === p.person ? p : undefined;
}

/** A person and the businesses they own (their agents). */
export function agentsOf(s: RoleSimState, person: number): number[] {
  const out = [person];
  for (let k = s.owned.offsets[person]; k < s.owned.offsets[person + 1]; k++)
    out.push(s.people + s.owned.indices[k]);
  return out;
}

/** Behaviour indices an action's `of` names (empty: every obligation). */
function obligationsOf(s: RoleSimState, of: readonly string[]): number[] {
  const beh = s.compiled.behaviours;
  const out: number[] = [];
  for (let b = 0; b < beh.count; b++)
    if (beh.obligation[b] && (of.length === 0 || of.includes(beh.ids[b]))) out.push(b);
  return out;
}

const owes = (s: RoleSimState, agents: number[], behaviours: number[]): boolean =>
  agents.some((a) => behaviours.some((b) => debtOf(s, a, b) > 0));

/** The timelines of several agents merged in day order (ties: agent order, then entry order). */
export function mergedTimeline(s: RoleSimState, agents: number[]): DossierEntry[] {
  const all = agents.flatMap((a, k) => s.dossiers.timeline(a).map((e, i) => ({ e, k, i })));
  all.sort((x, y) => x.e.day - y.e.day || x.k - y.k || x.i - y.i);
  return all.map((x) => x.e);
}

/** Why an action would do nothing now, judged only from what the protagonist knows; null: it would. */
function unavailability(
  s: RoleSimState,
  person: number,
  action: ProtagonistActionDefinition,
): UnavailableReason | null {
  const d = action.do;
  if ('behaviour' in d) {
    const b = s.compiled.behaviours.ids.indexOf(d.behaviour);
    if (b >= 0 && s.compiled.behaviours.business[b] && agentsOf(s, person).length < 2)
      return { kind: 'noBusiness' };
    return null;
  }
  if ('settle' in d) {
    const target = relativeOf(s.town, person, d.target);
    if (target < 0) return { kind: 'noRelative', relative: d.target };
    if (!owes(s, agentsOf(s, target), obligationsOf(s, d.of))) return { kind: 'nothingOwed' };
    return null;
  }
  if ('appeal' in d) {
    if (!s.scenario.ruleset.appeals.enabled) return { kind: 'noAppeals' };
    const target = relativeOf(s.town, person, d.target);
    if (target < 0) return { kind: 'noRelative', relative: d.target };
    // Whether they are listed is not revealed here: one may appeal without knowing (the office answers).
    const pending = agentsOf(s, target).some((a) =>
      s.lists.some((st) => st.status[a] === STATUS_LISTED && st.appeal[a] !== APPEAL_NONE),
    );
    if (pending && d.target === 'self') return { kind: 'alreadyAppealed' };
    return null;
  }
  if ('apologise' in d) {
    if (!owes(s, [person], obligationsOf(s, d.of))) return { kind: 'nothingToApologise' };
    return null;
  }
  return null;
}

/** Tell the protagonist the answer to their choice. */
function answer(s: RoleSimState, said: CitizenAnswer): void {
  s.roles.messages.push({ day: s.day, answer: said });
}

/** Set what the played protagonist does on the next day (null clears the choice). */
export function chooseAction(s: RoleSimState, id: string, actionId: string | null): RoleResult {
  const p = playedProtagonist(s, id);
  if (!p) return refused({ kind: 'notProtagonist', person: id });
  if (actionId === null) {
    s.roles.chosen = null;
    s.roles.moves.push({ day: s.day, kind: 'choose', person: id, action: null });
    return { ok: true };
  }
  const action = p.definition.actions.find((a) => a.id === actionId);
  if (!action)
    return refused({
      kind: 'unknownAction',
      protagonist: p.definition.id,
      action: actionId,
      choices: p.definition.actions.map((a) => a.id),
    });
  const reason = unavailability(s, p.person, action);
  if (reason) return refused({ kind: 'unavailable', action: action.id, reason });
  let agent = -1;
  let behaviour = -1;
  if ('behaviour' in action.do) {
    behaviour = s.compiled.behaviours.ids.indexOf(action.do.behaviour);
    agent = s.compiled.behaviours.business[behaviour] ? agentsOf(s, p.person)[1] : p.person;
  }
  s.roles.chosen = { action, agent, behaviour };
  s.roles.moves.push({ day: s.day, kind: 'choose', person: id, action: actionId });
  return { ok: true };
}

/** Lists system hook: a chosen settlement or apology is carried out (after the drawn settlements). */
export function settleChosen(s: RoleSimState): void {
  const chosen = s.roles.chosen;
  if (!chosen) return;
  const d = chosen.action.do;
  const person = s.roles.protagonists[s.roles.played].person;
  if ('settle' in d) {
    const target = relativeOf(s.town, person, d.target);
    if (target < 0) return;
    for (const a of agentsOf(s, target))
      for (const b of obligationsOf(s, d.of)) settleDebt(s, a, b);
  } else if ('apologise' in d) {
    // Judged insincere with a chance of half the sincerity weight, from the same SINCERE draw the
    // appeals office reads (so a judged-insincere apology is one the office would also doubt).
    const w = s.scenario.ruleset.appeals.sincerityWeight;
    const accepted = s.life.draws[DRAW_SINCERE][person] < 1 - w / 2;
    s.roles.apologies.push({ day: s.day, accepted });
    answer(s, { kind: 'apology', accepted });
    if (accepted) for (const b of obligationsOf(s, d.of)) settleDebt(s, person, b);
  }
}

/** Appeals system hook: a chosen appeal is filed against the first listing without one. */
export function fileChosenAppeal(s: RoleSimState): void {
  const chosen = s.roles.chosen;
  if (!chosen || !('appeal' in chosen.action.do)) return;
  const person = s.roles.protagonists[s.roles.played].person;
  const target = relativeOf(s.town, person, chosen.action.do.target);
  if (target < 0) return;
  for (const a of agentsOf(s, target))
    for (let l = 0; l < s.lists.length; l++) {
      const st = s.lists[l];
      if (st.status[a] !== STATUS_LISTED || st.appeal[a] !== APPEAL_NONE) continue;
      fileAppeal(s, a, l);
      answer(s, { kind: 'appealFiled', list: s.compiled.lists[l].id });
      return;
    }
  answer(s, { kind: 'noListingToAppeal' });
}

/** The next day the player is asked to decide: the first day d > today with (d − 1) divisible by every. */
export function nextDecisionDay(day: number, every: number): number {
  return day + 1 + ((every - (day % every)) % every);
}

/** What the played protagonist knows today; undefined for anyone else. */
export function citizenView(s: RoleSimState, id: string): CitizenView | undefined {
  const p = playedProtagonist(s, id);
  if (!p) return undefined;
  const person = p.person;
  const agents = agentsOf(s, person);
  const timeline = mergedTimeline(s, agents);
  const disclosure = s.scenario.ruleset.opacity.disclosure;
  const beh = s.compiled.behaviours;
  const lists: CitizenView['lists'] = [];
  for (const a of agents) {
    const mine = s.dossiers.timeline(a);
    for (const l of s.compiled.lists) {
      const st = s.lists[l.index];
      if (st.status[a] !== STATUS_LISTED || !st.knows[a]) continue;
      const learned = mine.find(
        (e): e is Extract<DossierEntry, { type: 'learned' }> =>
          e.type === 'learned' && e.day >= st.since[a],
      );
      lists.push({
        list: l.id,
        label: l.label,
        business: a !== person,
        learnedDay: learned?.day ?? st.since[a],
        how: learned?.how ?? 'told',
      });
    }
  }
  let appeal: CitizenView['appeal'] = null;
  for (const e of timeline) {
    if (e.type === 'appealFiled') {
      const label = s.compiled.lists.find((l) => l.id === e.list)?.label ?? e.list;
      if (!appeal || e.day >= appeal.filedDay)
        appeal = { list: e.list, label, filedDay: e.day, status: 'waiting', decidedDay: null };
    } else if (
      e.type === 'appealDecided' &&
      appeal &&
      appeal.list === e.list &&
      e.day >= appeal.filedDay
    ) {
      appeal.status = e.granted ? 'granted' : 'refused';
      appeal.decidedDay = e.day;
    }
  }
  const debts: CitizenView['debts'] = [];
  for (const a of agents)
    for (let b = 0; b < beh.count; b++) {
      const count = debtOf(s, a, b);
      if (count > 0) debts.push({ behaviour: beh.ids[b], label: beh.labels[b], count });
    }
  const consequenceLabel = (id: string): string =>
    s.compiled.consequences.find((c) => c.id === id)?.label ?? id;
  const showScore = disclosure !== 'nothing';
  return {
    day: s.day,
    person: id,
    protagonist: p.definition.id,
    label: p.definition.label,
    name: agentName(s, person),
    disclosure,
    score: showScore ? s.score[person] : null,
    grade: showScore ? s.compiled.grades.ids[s.grade[person]] : null,
    told: timeline.flatMap((e) =>
      e.type === 'rule' && e.told ? [{ day: e.day, reason: e.reason, points: e.points }] : [],
    ),
    lists,
    notices: timeline.flatMap((e) =>
      e.type === 'notice'
        ? [
            {
              day: e.day,
              list: e.list,
              label: s.compiled.lists.find((l) => l.id === e.list)?.label ?? e.list,
            },
          ]
        : [],
    ),
    refusals: timeline.flatMap((e) =>
      e.type === 'refused'
        ? [
            {
              day: e.day,
              service: e.service,
              label: consequenceLabel(e.consequence),
              throughFamily: e.via !== undefined && e.via !== agentId(s, person),
            },
          ]
        : [],
    ),
    appeal,
    debts,
    acts: timeline.flatMap((e) =>
      e.type === 'act' ? [{ day: e.day, behaviour: e.behaviour, label: e.label }] : [],
    ),
    apologies: s.roles.apologies.slice(),
    messages: s.roles.messages.slice(),
    actions: p.definition.actions.map((a): ActionOption => {
      const reason = unavailability(s, person, a);
      const option = { id: a.id, label: a.label, description: a.description };
      return reason ? { ...option, available: false, reason } : { ...option, available: true };
    }),
    chosen: s.roles.chosen?.action.id ?? null,
    every: p.definition.every,
    nextDecisionDay: nextDecisionDay(s.day, p.definition.every),
  };
}

/** After a day: the choice was used up. */
export function endChoiceDay(s: RoleSimState): void {
  s.roles.chosen = null;
}
