/**
 * The protagonists' story before day 1 (roles.citizen.protagonists[].setup), applied in every run of
 * the scenario whatever role is played, so an observer and a player see the same town. A debt is a
 * true act on day 0 that a source recorded; a listing is an entry in force from day 0, rightful when
 * the target truly did a qualifying act, wrongful when the record behind it is a same-name mix-up (or,
 * without a namesake, a false report). Setup moves no counter and frightens nobody: it is backstory,
 * not a day of the run.
 */
import type { CompiledList } from '../core/compile';
import { hasQualifyingAct, recordCitation } from '../systems/lists';
import { NOTE_OBSERVED } from '../core/dossier';
import { BASIS_FALSE, BASIS_MISATTRIBUTED, BASIS_TRUE } from '../core/records';
import { addDebt, agentId, markEntry, markListed, noteLastAct, STATUS_LISTED } from '../core/state';
import type { RoleSimState } from './state';

const DAY0 = 0;

/** The first source that watches behaviour b's place, or the first source when none does. */
function sourceFor(s: RoleSimState, b: number): number {
  const place = s.compiled.behaviours.place[b];
  const k = s.compiled.sources.findIndex((src) => src.sees[place] === 1);
  return k >= 0 ? k : 0;
}

/** The agent who does behaviour b for person i: the person, or their first business for a business act. */
function actorFor(s: RoleSimState, i: number, business: boolean): number {
  if (!business) return i;
  const first = s.owned.offsets[i];
  return first < s.owned.offsets[i + 1] ? s.people + s.owned.indices[first] : -1;
}

/** A true act on day 0 (with its debt when it is an obligation). */
function trueAct(s: RoleSimState, agent: number, b: number, owes: boolean): void {
  const beh = s.compiled.behaviours;
  noteLastAct(s, agent, b, DAY0);
  if (owes && beh.obligation[b]) addDebt(s, agent, b);
  s.dossiers.note(agent, {
    day: DAY0,
    type: 'act',
    behaviour: beh.ids[b],
    label: beh.labels[b],
    truth: true,
  });
}

/** File a day-0 record and note it. */
function record(s: RoleSimState, subject: number, b: number, basis: number, actor: number): number {
  const r = s.records.add(DAY0, subject, b, sourceFor(s, b), basis, actor);
  s.dossiers.noteCompact(subject, NOTE_OBSERVED, DAY0, r, 0, 0);
  return r;
}

/** Another person with the same name, or -1. */
function namesake(s: RoleSimState, i: number): number {
  const names = s.town.sameName;
  const group = names.groupOf[i];
  for (let k = names.offsets[group]; k < names.offsets[group + 1]; k++)
    if (names.indices[k] !== i) return names.indices[k];
  return -1;
}

/** The record a day-0 listing rests on: a debt already on file, a wrongful record, or a true act. */
function causeOf(
  s: RoleSimState,
  l: CompiledList,
  agent: number,
  wrongful: boolean,
  onFile: number[],
): number {
  const existing = onFile.find((r) => l.qualifying[s.records.behaviour[r]] === 1);
  if (existing !== undefined && !wrongful) return existing;
  const b = l.entryOn.length > 0 ? l.entryOn[0] : l.qualifying.indexOf(1);
  if (b < 0) return -1;
  if (!wrongful) {
    trueAct(s, agent, b, true);
    return record(s, agent, b, BASIS_TRUE, agent);
  }
  const other = agent < s.people ? namesake(s, agent) : -1;
  if (other < 0) return record(s, agent, b, BASIS_FALSE, -1);
  trueAct(s, other, b, false);
  return record(s, agent, b, BASIS_MISATTRIBUTED, other);
}

/** Put an agent on list l from day 0, resting on record r. */
function listFromStart(s: RoleSimState, l: CompiledList, agent: number, r: number): void {
  const st = s.lists[l.index];
  st.status[agent] = STATUS_LISTED;
  markEntry(st, agent);
  st.since[agent] = DAY0;
  st.cause[agent] = r;
  const wrongful = !hasQualifyingAct(s, l, agent);
  st.wrongful[agent] = wrongful ? 1 : 0;
  st.knows[agent] = s.compiled.transparent ? 1 : 0;
  s.listedMask[agent] |= 1 << l.index;
  markListed(s, agent);
  s.dossiers.note(agent, {
    day: DAY0,
    type: 'listed',
    list: l.id,
    wrongful,
    told: st.knows[agent] === 1,
    ...(r >= 0 ? { record: recordCitation(s, r) } : {}),
    atStart: true,
  });
  if (st.knows[agent]) s.dossiers.note(agent, { day: DAY0, type: 'learned', how: 'told' });
  s.feed.push({
    day: DAY0,
    kind: wrongful ? 'wrongfulListing' : 'listed',
    subject: agentId(s, agent),
    list: l.id,
    atStart: true,
  });
}

/** The played protagonist's story needs their dossier, their businesses' and their setup target's. */
function recordPlayedDossiers(s: RoleSimState): void {
  const p = s.roles.protagonists[s.roles.played];
  if (!p) return;
  for (let a = 0; a < s.agents; a++) if (s.roles.controlled[a]) s.dossiers.start(a);
  if (p.target >= 0) s.dossiers.start(p.target);
}

/** Apply every protagonist's setup (in declaration order) before the first day. */
export function applyRoleSetup(s: RoleSimState): void {
  const beh = s.compiled.behaviours;
  recordPlayedDossiers(s);
  for (const p of s.roles.protagonists) {
    const setup = p.definition.setup;
    if (!setup || p.target < 0) continue;
    if (!s.dossiers.recorded[p.target] && s.dossiers.enabled) s.dossiers.start(p.target);
    const onFile: number[] = [];
    for (const id of setup.debts) {
      const b = beh.ids.indexOf(id);
      if (b < 0) continue;
      const agent = actorFor(s, p.target, beh.business[b] === 1);
      if (agent < 0) continue;
      trueAct(s, agent, b, true);
      onFile.push(record(s, agent, b, BASIS_TRUE, agent));
    }
    for (const id of setup.listed) {
      const l = s.compiled.lists.find((x) => x.id === id);
      // A variant rule set may not have this list: the story then starts without the listing.
      if (!l) continue;
      const agent = actorFor(s, p.target, l.business);
      if (agent < 0 || s.lists[l.index].status[agent] === STATUS_LISTED) continue;
      listFromStart(s, l, agent, causeOf(s, l, agent, setup.wrongful, onFile));
    }
  }
}
