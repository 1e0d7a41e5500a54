/**
 * The appeals officer's desk: when the player decides appeals (role appealsOfficer), filed appeals
 * wait in the queue instead of the office's FIFO review. Each case shows what the system recorded
 * (records with source and day, never their basis), what the appellant says (written from the truth:
 * a wrongly listed person protests the specific error, a rightly listed one pleads) and sometimes a
 * hint of the truth (when their DECIDE draw on the filing day falls under hintChance — the office's
 * own DECIDE and SINCERE draws are unused while the player decides). Decisions take effect on the
 * next day, at most `quota` a day; undecided cases wait and the backlog grows.
 */
import { concludeAppeal } from '../systems/appeals';
import { agentName } from '../systems/lists';
import { BASIS_FALSE, BASIS_MISATTRIBUTED } from '../core/records';
import { DRAW_DECIDE, DRAW_SINCERE } from '../core/rng';
import { agentId, APPEAL_QUEUED, debtOf, personOf } from '../core/state';
import {
  refused,
  type AppealCase,
  type CaseRecord,
  type Clue,
  type OfficerDebrief,
  type Plea,
  type RoleResult,
} from './types';
import type { DeskState } from './state';
import type { RoleSimState } from './state';

export function createDesk(): DeskState {
  return { notes: new Map(), pending: [], decided: [], seen: 0 };
}

const caseId = (s: RoleSimState, agent: number, l: number, filed: number): string =>
  `${agentId(s, agent)}-${s.compiled.lists[l].id}-${filed}`;

/**
 * What the appellant says, from the truth of their listing: a mix-up names the namesake; a false
 * report, and a defiant rightly listed appellant alike, deny it; a contrite one pleads.
 */
function pleaOf(s: RoleSimState, agent: number, l: number, contrite: boolean): Plea {
  const st = s.lists[l];
  const r = st.cause[agent];
  const rec = s.records;
  const behaviour = r >= 0 ? s.compiled.behaviours.ids[rec.behaviour[r]] : '';
  if (st.wrongful[agent]) {
    if (r < 0) return { kind: 'toldNothing' };
    if (rec.basis[r] === BASIS_MISATTRIBUTED)
      return { kind: 'namesake', name: agentName(s, rec.actor[r]), behaviour };
    if (rec.basis[r] === BASIS_FALSE) return { kind: 'neverDid', behaviour };
    return { kind: 'longAgo' };
  }
  const owes = r >= 0 && debtOf(s, agent, rec.behaviour[r]) > 0;
  if (contrite) return owes ? { kind: 'payingWhatICan' } : { kind: 'sorry' };
  // A defiant appellant denies it, in the very words a falsely reported one uses.
  return owes ? { kind: 'unfairTerms' } : { kind: 'neverDid', behaviour };
}

/** A hint of the truth an officer might find in the file. */
function clueOf(s: RoleSimState, agent: number, l: number): Clue {
  const st = s.lists[l];
  const r = st.cause[agent];
  const rec = s.records;
  if (r < 0) return { kind: 'qualifyingActs', found: !st.wrongful[agent] };
  if (st.wrongful[agent]) {
    if (rec.basis[r] === BASIS_MISATTRIBUTED) {
      const actor = rec.actor[r];
      const p = s.town.people;
      const self = personOf(s, agent);
      if (p.age[actor] !== p.age[self])
        return { kind: 'ageMismatch', recordAge: p.age[actor], appellantAge: p.age[self] };
      const districts = s.scenario.town.districts;
      if (p.district[actor] !== p.district[self])
        return {
          kind: 'districtMismatch',
          recordDistrict: districts[p.district[actor]].id,
          appellantDistrict: districts[p.district[self]].id,
        };
      return { kind: 'sameName' };
    }
    if (rec.basis[r] === BASIS_FALSE) return { kind: 'noOriginal' };
    return { kind: 'oldAct' };
  }
  return debtOf(s, agent, rec.behaviour[r]) > 0 ? { kind: 'unpaid' } : { kind: 'confirmed' };
}

/** Give today's new filings their note (statement, hint, impression) from today's draws. */
function noteNewCases(s: RoleSimState, desk: DeskState): void {
  const q = s.appealQueue;
  const chance = s.scenario.roles.appealsOfficer?.hintChance ?? 0;
  for (let k = Math.max(desk.seen, q.head); k < q.agent.length; k++) {
    const agent = q.agent[k];
    const l = q.list[k];
    const contrite = s.life.draws[DRAW_SINCERE][agent] < 0.5;
    const hinted = s.life.draws[DRAW_DECIDE][agent] < chance;
    desk.notes.set(caseId(s, agent, l, q.filed[k]), {
      plea: pleaOf(s, agent, l, contrite),
      clue: hinted ? clueOf(s, agent, l) : null,
      impression: contrite ? 'contrite' : 'defiant',
    });
  }
}

/** Queue positions of open cases by id. */
function openCases(s: RoleSimState): Map<string, number> {
  const q = s.appealQueue;
  const out = new Map<string, number>();
  for (let k = q.head; k < q.agent.length; k++)
    if (s.lists[q.list[k]].appeal[q.agent[k]] === APPEAL_QUEUED)
      out.set(caseId(s, q.agent[k], q.list[k], q.filed[k]), k);
  return out;
}

/** Keep only open cases in the queue (decided and delisted ones leave), in filing order. */
function compactQueue(s: RoleSimState, desk: DeskState): void {
  const q = s.appealQueue;
  const keep: number[] = [];
  for (let k = q.head; k < q.agent.length; k++)
    if (s.lists[q.list[k]].appeal[q.agent[k]] === APPEAL_QUEUED) keep.push(k);
  const open = new Set(keep.map((k) => caseId(s, q.agent[k], q.list[k], q.filed[k])));
  for (const id of [...desk.notes.keys()]) if (!open.has(id)) desk.notes.delete(id);
  q.agent = keep.map((k) => q.agent[k]);
  q.list = keep.map((k) => q.list[k]);
  q.filed = keep.map((k) => q.filed[k]);
  q.due = keep.map((k) => q.due[k]);
  q.head = 0;
  desk.seen = q.agent.length;
}

/** Appeals system, player mode: note new cases, carry out yesterday's decisions, tidy the queue. */
export function deskDay(s: RoleSimState): void {
  const desk = s.roles.desk;
  if (!desk) return;
  noteNewCases(s, desk);
  const open = openCases(s);
  const q = s.appealQueue;
  for (const { caseId: id, grant } of desk.pending) {
    const k = open.get(id);
    // A case closed meanwhile (the listing ended) needs no decision.
    if (k === undefined) continue;
    const agent = q.agent[k];
    const l = q.list[k];
    const wrongful = s.lists[l].wrongful[agent] === 1;
    concludeAppeal(s, agent, l, q.filed[k], grant, true);
    desk.decided.push({
      id,
      appellant: agentId(s, agent),
      name: agentName(s, agent),
      list: s.compiled.lists[l].id,
      day: s.day,
      granted: grant,
      wrongful,
      waitedDays: s.day - q.filed[k],
    });
    open.delete(id);
  }
  desk.pending = [];
  compactQueue(s, desk);
}

/** The open cases, oldest first, as the officer sees them. */
export function appealCases(s: RoleSimState): AppealCase[] {
  const desk = s.roles.desk;
  if (!desk) return [];
  const q = s.appealQueue;
  const out: AppealCase[] = [];
  for (const [id, k] of openCases(s)) {
    const agent = q.agent[k];
    const l = q.list[k];
    const note = desk.notes.get(id);
    if (!note) continue;
    const st = s.lists[l];
    const list = s.compiled.lists[l];
    const person = personOf(s, agent);
    const records: CaseRecord[] = [];
    const rec = s.records;
    for (let r = rec.head[agent]; r >= 0; r = rec.previous[r]) {
      const b = rec.behaviour[r];
      const expired = s.day - rec.day[r] >= s.retention[rec.source[r]];
      const cause = r === st.cause[agent];
      // The listing still cites its cause after the source's retention has passed.
      if (!list.qualifying[b] || (expired && !cause)) continue;
      const source = s.scenario.surveillance.sources[rec.source[r]];
      records.push({
        day: rec.day[r],
        behaviour: s.compiled.behaviours.ids[b],
        label: s.compiled.behaviours.labels[b],
        source: source.id,
        sourceLabel: source.label,
        cause,
        expired,
      });
    }
    records.reverse();
    const decision = desk.pending.find((d) => d.caseId === id);
    out.push({
      id,
      appellant: agentId(s, agent),
      name: agentName(s, agent),
      age: s.town.people.age[person],
      occupation: s.compiled.occupationIds[s.town.people.occupation[person]],
      list: list.id,
      listLabel: list.label,
      listedDay: st.since[agent],
      filedDay: q.filed[k],
      waitingDays: s.day - q.filed[k],
      records,
      plea: note.plea,
      clue: note.clue,
      impression: note.impression,
      decision: decision ? decision.grant : null,
    });
  }
  return out;
}

/** Decide an open case (it takes effect on the next day); at most `quota` decisions a day. */
export function decideAppeal(s: RoleSimState, id: string, grant: boolean): RoleResult {
  const desk = s.roles.desk;
  const officer = s.scenario.roles.appealsOfficer;
  if (!desk || !officer) return refused({ kind: 'officeDecides' });
  if (!openCases(s).has(id)) return refused({ kind: 'noOpenCase', caseId: id });
  const earlier = desk.pending.findIndex((d) => d.caseId === id);
  if (earlier >= 0) desk.pending.splice(earlier, 1);
  else if (desk.pending.length >= officer.quota)
    return refused({ kind: 'quotaUsed', quota: officer.quota });
  desk.pending.push({ caseId: id, grant });
  s.roles.moves.push({ day: s.day, kind: 'decide', caseId: id, grant });
  return { ok: true };
}

/** How the officer did so far: decisions against the truth, backlog and waits, the supervisor's targets. */
export function officerDebrief(s: RoleSimState): OfficerDebrief {
  const desk = s.roles.desk;
  const officer = s.scenario.roles.appealsOfficer;
  const cases = desk ? desk.decided.slice() : [];
  const granted = cases.filter((c) => c.granted).length;
  const wrongStood = cases.filter((c) => !c.granted && c.wrongful).length;
  const rightFell = cases.filter((c) => c.granted && !c.wrongful).length;
  const q = s.appealQueue;
  let backlog = 0;
  let backlogWrongful = 0;
  let oldestWaiting = 0;
  for (const [, k] of openCases(s)) {
    backlog++;
    if (s.lists[q.list[k]].wrongful[q.agent[k]]) backlogWrongful++;
    oldestWaiting = Math.max(oldestWaiting, s.day - q.filed[k]);
  }
  const waits = cases.map((c) => c.waitedDays);
  const grantRate = cases.length > 0 ? granted / cases.length : null;
  const perDay = s.day > 0 ? cases.length / s.day : 0;
  const maxGrantRate = officer?.pressure.maxGrantRate ?? null;
  const minPerDay = officer?.pressure.minPerDay ?? null;
  const maxWaitDays = officer?.pressure.maxWaitDays ?? null;
  return {
    day: s.day,
    decisions: cases.length,
    granted,
    denied: cases.length - granted,
    wrongStood,
    rightFell,
    correct: cases.length - wrongStood - rightFell,
    backlog,
    backlogWrongful,
    meanDaysWaited: waits.length > 0 ? waits.reduce((a, b) => a + b, 0) / waits.length : 0,
    maxDaysWaited: waits.reduce((a, b) => Math.max(a, b), 0),
    oldestWaiting,
    grantRate,
    decisionsPerDay: perDay,
    pressure: {
      text: officer?.pressure.text ?? '',
      maxGrantRate,
      minPerDay,
      maxWaitDays,
      grantRateMet: maxGrantRate === null || grantRate === null ? null : grantRate <= maxGrantRate,
      throughputMet: minPerDay === null ? null : perDay >= minPerDay,
      waitMet: maxWaitDays === null ? null : Math.max(oldestWaiting, ...waits) <= maxWaitDays,
    },
    cases,
  };
}
