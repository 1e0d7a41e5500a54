/**
 * System 4, list/delist: blacklists and redlists. Today's records (and, for condition-only lists,
 * anyone whose record changed) may open an entry: after graceDays and, with notice before listing,
 * noticeDays, it becomes a listing unless settled. Debts are settled from each agent's SETTLE draw;
 * only TRUE debts can be paid — a wrongly listed person has nothing to pay. Every listing keeps its
 * cause (a record) and whether it is WRONGFUL: no true act of a qualifying behaviour by that subject in
 * the past year. Entries end on settling (after settleDelayDays), on expiry, or on a granted appeal.
 */
import type { CompiledList } from '../core/compile';
import type { RecordCitation } from '../types';
import { NOTE_OBSERVED } from '../core/dossier';
import { BASIS_NAMES, countRecords } from '../core/records';
import { DRAW_SETTLE } from '../core/rng';
import { fillPersonFields } from './score';
import {
  agentId,
  APPEAL_NONE,
  clearDebt,
  lastActDay,
  markEntry,
  markListed,
  personOf,
  STATUS_LISTED,
  STATUS_NONE,
  STATUS_PENDING,
  type SimState,
} from '../core/state';
import { personName, businessName } from '../town/town';

/** A listing is rightful only if the subject truly did a qualifying act within this many days. */
export const WRONGFUL_WINDOW_DAYS = 365;
/** On a published list, someone tells the subject after this many days if nobody else has. */
export const PUBLISHED_LEARN_DAYS = 30;

/** Display name of an agent. */
export function agentName(s: SimState, agent: number): string {
  return agent < s.people
    ? personName(s.town, agent)
    : businessName(s.town, s.scenario, agent - s.people);
}

/** True when an agent truly did a qualifying act of list l in the past WRONGFUL_WINDOW_DAYS. */
export function hasQualifyingAct(s: SimState, l: CompiledList, agent: number): boolean {
  const count = s.compiled.behaviours.count;
  for (let b = 0; b < count; b++)
    if (l.qualifying[b] && lastActDay(s, agent, b) > s.day - WRONGFUL_WINDOW_DAYS) return true;
  return false;
}

/** Record r as a listing cites it. */
export function recordCitation(s: SimState, r: number): RecordCitation {
  const rec = s.records;
  return {
    number: r,
    behaviour: s.compiled.behaviours.ids[rec.behaviour[r]],
    source: s.compiled.sources[rec.source[r]].id,
    day: rec.day[r],
    basis: BASIS_NAMES[rec.basis[r]],
  };
}

/** Start a dossier for an agent listed in a sampled town, with the records already on file. */
function startDossier(s: SimState, agent: number): void {
  if (!s.dossiers.enabled || s.dossiers.recorded[agent]) return;
  s.dossiers.start(agent);
  const mine: number[] = [];
  for (let r = s.records.head[agent]; r >= 0; r = s.records.previous[r]) mine.push(r);
  for (let k = mine.length - 1; k >= 0; k--)
    s.dossiers.noteCompact(agent, NOTE_OBSERVED, s.records.day[mine[k]], mine[k], 0, 0);
}

/** Put an agent on list l now. */
function listSubject(s: SimState, l: CompiledList, agent: number): void {
  const st = s.lists[l.index];
  st.status[agent] = STATUS_LISTED;
  markEntry(st, agent);
  st.since[agent] = s.day;
  st.removeAt[agent] = -1;
  st.appeal[agent] = APPEAL_NONE;
  const wrongful = !hasQualifyingAct(s, l, agent);
  st.wrongful[agent] = wrongful ? 1 : 0;
  s.listedMask[agent] |= 1 << l.index;
  markListed(s, agent);
  const told = s.compiled.transparent;
  st.knows[agent] = told || st.noticed[agent] ? 1 : 0;
  const r = st.cause[agent];
  startDossier(s, agent);
  s.dossiers.note(agent, {
    day: s.day,
    type: 'listed',
    list: l.id,
    wrongful,
    told,
    ...(r >= 0 ? { record: recordCitation(s, r) } : {}),
  });
  if (st.knows[agent])
    s.dossiers.note(agent, {
      day: s.day,
      type: 'learned',
      how: st.noticed[agent] ? 'notice' : 'told',
    });
  s.feed.push({
    day: s.day,
    kind: wrongful ? 'wrongfulListing' : 'listed',
    subject: agentId(s, agent),
    list: l.id,
    atStart: false,
  });
  s.counters.newListings++;
  if (wrongful) s.counters.newWrongfulListings++;
  const person = personOf(s, agent);
  s.witnessedToday.push(person);
  if (l.published) s.namedToday.push(person);
  if (l.blacklist && r >= 0) s.deterred[s.records.behaviour[r]] = 1;
}

/** Take an agent off list l (settled, expired or appeal granted). */
export function delist(
  s: SimState,
  l: CompiledList,
  agent: number,
  why: 'settled' | 'expired' | 'appeal',
): void {
  const st = s.lists[l.index];
  st.status[agent] = STATUS_NONE;
  st.removeAt[agent] = -1;
  st.knows[agent] = 0;
  st.noticed[agent] = 0;
  st.appeal[agent] = APPEAL_NONE;
  s.listedMask[agent] &= ~(1 << l.index);
  s.dossiers.note(agent, { day: s.day, type: 'delisted', list: l.id, why });
  s.feed.push({
    day: s.day,
    kind: 'delisted',
    subject: agentId(s, agent),
    list: l.id,
    why,
  });
  s.counters.delistings++;
}

/** Open an entry on list l for an agent, caused by record r (listing now, or after grace/notice). */
function openEntry(s: SimState, l: CompiledList, agent: number, r: number): void {
  const st = s.lists[l.index];
  const opacity = s.scenario.ruleset.opacity;
  const delay = Math.max(l.graceDays, opacity.noticeBeforeListing ? opacity.noticeDays : 0);
  st.cause[agent] = r;
  if (opacity.noticeBeforeListing) {
    st.noticed[agent] = 1;
    s.dossiers.note(agent, { day: s.day, type: 'notice', list: l.id });
    s.feed.push({
      day: s.day,
      kind: 'notice',
      subject: agentId(s, agent),
      list: l.id,
    });
  }
  if (delay === 0) listSubject(s, l, agent);
  else {
    st.status[agent] = STATUS_PENDING;
    markEntry(st, agent);
    st.since[agent] = s.day + delay;
  }
}

/** Does list l's condition hold for an agent (no condition: yes)? */
function conditionHolds(s: SimState, l: CompiledList, agent: number): boolean {
  if (!l.when || !l.inputs) return true;
  // Only what the condition reads is filled.
  const inputs = l.inputs;
  if (inputs.person !== 0) fillPersonFields(s, agent, inputs.person);
  if (inputs.record) {
    const counts = countRecords(
      s.records,
      agent,
      l.qualifying,
      s.day,
      s.retention,
      s.counts,
      inputs.recordHorizon,
    );
    s.ctx.record.count30 = counts.count30;
    s.ctx.record.count365 = counts.count365;
    s.ctx.record.total = counts.total;
  }
  return l.when(s.ctx);
}

const isSubject = (s: SimState, l: CompiledList, agent: number): boolean =>
  agent >= s.people === l.business;

/** Agent a settles all it owes for behaviour b: pending entries it caused end, listings are scheduled off. */
export function settleDebt(s: SimState, a: number, b: number): void {
  const beh = s.compiled.behaviours;
  const owed = clearDebt(s, a, b);
  if (owed === 0) return;
  s.dossiers.note(a, { day: s.day, type: 'settled', behaviour: beh.ids[b] });
  for (const l of s.compiled.lists) {
    const st = s.lists[l.index];
    if (!l.onSettle || st.status[a] === STATUS_NONE) continue;
    const r = st.cause[a];
    if (r < 0 || s.records.behaviour[r] !== b) continue;
    if (st.status[a] === STATUS_PENDING) st.status[a] = STATUS_NONE;
    else if (st.removeAt[a] < 0) st.removeAt[a] = s.day + l.settleDelayDays;
  }
}

/**
 * Settle true debts from each debtor's SETTLE draw; settling ends pending entries and schedules
 * removal. Agents the player controls settle only by choice (s.play.settle, after these).
 */
function settleDebts(s: SimState): void {
  const beh = s.compiled.behaviours;
  const draws = s.life.draws[DRAW_SETTLE];
  const { debtTotal, debts, listedMask, debtors, debtorFlag, obligations } = s;
  const controlled = s.play.controlled;
  const columns = obligations.length;
  const { listedRepayRate, repayRate } = beh;
  // Only obligations leave debts (behave's recordAct, the roles' setup), so only they are looked at,
  // in ascending order; a draw at or above every obligation's repay rate settles nothing.
  let most = -Infinity;
  let mostListed = -Infinity;
  for (let k = 0; k < obligations.length; k++) {
    most = Math.max(most, repayRate[obligations[k]]);
    mostListed = Math.max(mostListed, listedRepayRate[obligations[k]]);
  }
  // Who may owe: yesterday's debtors and today's acts that leave a debt (the first day, everyone:
  // a role's story may start with debts). Each debtor settles by their own draw: order is free.
  const fresh = s.freshAgents;
  fresh.clear();
  const add = (a: number): void => {
    if (debtTotal[a] !== 0) fresh.pushOnce(a, debtorFlag);
  };
  if (!s.debtorsFound) {
    s.debtorsFound = true;
    for (let a = 0; a < s.agents; a++) add(a);
  } else
    for (let k = 0; k < s.actCount; k++) if (beh.obligation[s.actBehaviour[k]]) add(s.actAgent[k]);
  // Kept ascending, so the pass reads the columns in memory order.
  debtors.insertAscending(fresh);
  let kept = 0;
  for (let k = 0; k < debtors.count; k++) {
    const a = debtors.items[k];
    if (!controlled[a]) {
      const u = draws[a];
      const listed = listedMask[a] !== 0;
      if (!(u >= (listed ? mostListed : most)))
        for (let o = 0; o < obligations.length; o++) {
          const b = obligations[o];
          const owed = debts[a * columns + o];
          if (owed === 0 || u >= (listed ? listedRepayRate[b] : repayRate[b])) continue;
          settleDebt(s, a, b);
        }
    }
    if (debtTotal[a] !== 0) debtors.items[kept++] = a;
    else debtorFlag[a] = 0;
  }
  debtors.count = kept;
}

/** Open entries caused by today's records and, for condition-only lists, by changed records. */
function openEntries(s: SimState): void {
  const rec = s.records;
  for (let r = rec.dayStart; r < rec.length; r++) {
    const agent = rec.subject[r];
    const lists = s.compiled.listsOn[rec.behaviour[r]];
    for (let k = 0; k < lists.length; k++) {
      const l = s.compiled.lists[lists[k]];
      if (!isSubject(s, l, agent) || s.lists[l.index].status[agent] !== STATUS_NONE) continue;
      if (conditionHolds(s, l, agent)) openEntry(s, l, agent, r);
    }
  }
  for (const l of s.compiled.lists) {
    if (l.entryOn.length > 0 || !l.when) continue;
    const st = s.lists[l.index];
    for (let k = 0; k < s.changedList.count; k++) {
      const agent = s.changedList.items[k];
      if (!isSubject(s, l, agent) || st.status[agent] !== STATUS_NONE) continue;
      if (conditionHolds(s, l, agent)) openEntry(s, l, agent, s.records.head[agent]);
    }
  }
}

/**
 * Pending entries fall due; settled, expired entries end; published listings become known. Only the
 * agents with an entry are walked, ascending (st.entries: what a scan of every subject for a status
 * not NONE finds, in its order); those whose entry ended are dropped from it.
 */
function advanceEntries(s: SimState): void {
  const day = s.day;
  for (const l of s.compiled.lists) {
    const st = s.lists[l.index];
    const { status, since, removeAt, entries, entryFlag } = st;
    entries.insertAscending(st.entriesFresh);
    st.entriesFresh.clear();
    // Nothing below adds an entry (a pending entry falling due is one already), so items stays.
    const items = entries.items;
    let kept = 0;
    for (let k = 0; k < entries.count; k++) {
      const a = items[k];
      const entry = status[a];
      if (entry === STATUS_PENDING) {
        if (since[a] <= day) listSubject(s, l, a);
      } else if (entry !== STATUS_NONE && since[a] !== day) {
        if (removeAt[a] >= 0 && removeAt[a] <= day) delist(s, l, a, 'settled');
        else if (l.onExpiry && day >= since[a] + l.durationDays) delist(s, l, a, 'expired');
        else if (!st.knows[a] && l.published && day >= since[a] + PUBLISHED_LEARN_DAYS) {
          st.knows[a] = 1;
          s.dossiers.note(a, { day, type: 'learned', how: 'published' });
        }
      }
      if (status[a] !== STATUS_NONE) items[kept++] = a;
      else entryFlag[a] = 0;
    }
    entries.count = kept;
  }
}

/**
 * Open entries for today's records, then settle debts (a payment today cancels an entry still pending,
 * or schedules the removal of a listing), then list those due and end entries that are over.
 */
export function updateLists(s: SimState): void {
  openEntries(s);
  settleDebts(s);
  s.play.settle();
  advanceEntries(s);
}
