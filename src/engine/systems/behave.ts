/**
 * System 1, behave: draw the day's random numbers for every agent, then let each person and business
 * act (at most one act a day, chosen by its act slot) and go where the act takes them.
 * Everything recorded here is the TRUTH: true acts, debts they leave, where people really were.
 */
import {
  CIVIC_SLOT_CAP,
  KIND_CIVIC,
  KIND_HARMFUL,
  KIND_HARMLESS,
  KIND_SPEECH,
  PLACES,
  SERVICES,
} from '../core/compile';
import { NOTE_ACT } from '../core/dossier';
import { DRAW_ACT } from '../core/rng';
import {
  ACT_UNSURE,
  ACT_YES,
  exactAct,
  exactSlot,
  quickAct,
  quickSlot,
  type ActTable,
} from '../core/slots';
import { addDebt, noteLastAct, type SimState } from '../core/state';

/**
 * How adaptation scales behaviour b's rate for an agent with this fear (never above the slot cap).
 * Transparent rules: fear suppresses only the acts people have seen punished. Opaque rules: also speech
 * and harmless acts, by opaqueSpread (chilling). Reward seeking raises civic acts seen rewarded.
 */
export function adaptationMultiplier(s: SimState, fear: number, b: number): number {
  const beh = s.compiled.behaviours;
  const a = s.scenario.ruleset.adaptation;
  const kind = beh.kind[b];
  if (kind === KIND_CIVIC) {
    if (!s.rewardSought[b]) return 1;
    const disclosure = s.scenario.ruleset.opacity.disclosure;
    // Under published rules everyone knows which good deeds pay; told reasons, those touched by the system do.
    const motivation = disclosure === 'full' ? 1 : disclosure === 'reasons' ? fear : 0;
    return Math.min(CIVIC_SLOT_CAP, 1 + a.rewardSeeking * motivation);
  }
  if (fear === 0) return 1;
  if (s.deterred[b]) return 1 - fear * beh.deterrable[b];
  if (!s.compiled.transparent && (kind === KIND_SPEECH || kind === KIND_HARMLESS))
    return 1 - fear * beh.deterrable[b] * a.opaqueSpread;
  return 1;
}

const SERVICE_AIRPORT = SERVICES.indexOf('flight');
const SERVICE_TRAIN = SERVICES.indexOf('train');
const SERVICE_SCHOOL = SERVICES.indexOf('school');
const SERVICE_JOB = SERVICES.indexOf('job');
const SERVICE_LOAN = SERVICES.indexOf('loan');
const SERVICE_PROPERTY = SERVICES.indexOf('property');
const SERVICE_BIKE = SERVICES.indexOf('bike');
const PLACE_STREET = PLACES.indexOf('street');
const PLACE_COURT = PLACES.indexOf('court');
const PLACE_FINANCIAL = PLACES.indexOf('financial');
const PLACE_WORKPLACE = PLACES.indexOf('workplace');

/** Where an act takes a person today (index into the layout's places). */
function placeOfAct(s: SimState, person: number, b: number): number {
  const p = s.layout.places;
  const service = s.compiled.behaviours.service[b];
  if (service === SERVICE_AIRPORT) return p.airport;
  if (service === SERVICE_TRAIN) return p.station;
  if (service === SERVICE_SCHOOL) return p.school;
  if (service === SERVICE_JOB) return p.office;
  if (service === SERVICE_LOAN || service === SERVICE_PROPERTY) return p.bank;
  if (service === SERVICE_BIKE) return p.square[s.town.people.district[person]];
  if (service >= 0) return s.layout.map.homePlace[person];
  const place = s.compiled.behaviours.place[b];
  if (place === PLACE_STREET) return p.square[s.town.people.district[person]];
  if (place === PLACE_COURT) return p.court;
  if (place === PLACE_FINANCIAL) return p.bank;
  if (place === PLACE_WORKPLACE) return s.layout.map.dayPlace[person];
  // Online and at home: they stayed in.
  return s.layout.map.homePlace[person];
}

/**
 * Record a true act: the act buffer, the agent's history of true acts and debts, the counters.
 * Where the act took a person is worked out only when asked (placesToday).
 */
function recordAct(s: SimState, agent: number, b: number): void {
  const beh = s.compiled.behaviours;
  s.actAgent[s.actCount] = agent;
  s.actBehaviour[s.actCount] = b;
  s.actCount++;
  noteLastAct(s, agent, b, s.day);
  if (beh.obligation[b]) addDebt(s, agent, b);
  const c = s.counters;
  c.acts[b]++;
  const kind = beh.kind[b];
  if (kind === KIND_HARMFUL) c.harmfulActs++;
  else if (kind === KIND_SPEECH) c.speechActs++;
  else if (kind === KIND_CIVIC) c.civicActs++;
  if (s.dossiers.recorded[agent]) s.dossiers.noteCompact(agent, NOTE_ACT, s.day, b, 0, 0);
}

/** Candidates whose rows are read ahead at once: their lines (128 B each at most) stay in L2. */
const READ_AHEAD = 512;

/**
 * The act (if any) of `count` agents from `first`, using their ACT draw against their slots.
 * First a sequential pass finds who may act today (a draw below the end of their slots, or a
 * player's choice); then only those few (about one in twenty) have their slots searched, a block
 * of them at a time, each block's rows read ahead of its searches. Agents are still taken in
 * ascending order.
 */
function actAll(s: SimState, table: ActTable, first: number, count: number): void {
  const draws = s.life.draws[DRAW_ACT];
  const end = table.end;
  const controlled = s.play.controlled;
  const candidates = s.actCandidates;
  const candidateDraws = s.actCandidateDraws;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const u = draws[first + k];
    if (u < end[k] || controlled[first + k]) {
      candidates[n] = k;
      candidateDraws[n++] = u;
    }
  }
  for (let from = 0; from < n; from += READ_AHEAD) {
    const to = Math.min(n, from + READ_AHEAD);
    readRowsAhead(s, table, from, to);
    for (let c = from; c < to; c++) actOne(s, table, first, candidates[c], candidateDraws[c]);
  }
}

/**
 * Read the first and last rounded boundary of candidates [from, to)'s rows (each row's one or two
 * cache lines). No branch stands between these loads, so the processor overlaps their cache misses:
 * at 100,000 people the rows are scattered over 6 MB that the day's drawing has just pushed out of
 * cache, and a search that waits for its row after the previous search's mispredicted branch pays
 * the whole miss alone. The values go to a scratch column nothing reads.
 */
function readRowsAhead(s: SimState, table: ActTable, from: number, to: number): void {
  const quick = table.quick;
  const stride = table.stride;
  if (stride === 0) return;
  const candidates = s.actCandidates;
  const rowEnds = s.actCandidateRows;
  for (let c = from; c < to; c++) {
    const q = candidates[c] * stride;
    rowEnds[c] = quick[q] + quick[q + stride - 1];
  }
}

/** Candidate k of the table (agent first + k), whose ACT draw is u: its act, if it does one today. */
function actOne(s: SimState, table: ActTable, first: number, k: number, u: number): void {
  const agent = first + k;
  // The player decides for a played protagonist and their businesses: their choice replaces the draw.
  if (s.play.controlled[agent]) {
    const chosen = s.play.chosenAct(agent);
    if (chosen >= 0) recordAct(s, agent, chosen);
    return;
  }
  // The rounded boundaries decide all but about one draw in a million; those read the exact ones.
  let slot = quickSlot(table, k, u);
  if (slot < 0) slot = exactSlot(table, k, u);
  const b = table.acts[slot];
  const fear = s.fear[agent < s.people ? agent : s.town.businesses.owner[k]];
  const multiplier = adaptationMultiplier(s, fear, b);
  const verdict = quickAct(table, k, u, slot, multiplier);
  if (verdict === ACT_YES || (verdict === ACT_UNSURE && exactAct(table, k, u, slot, multiplier)))
    recordAct(s, agent, b);
}

/**
 * Where each person is today (index into the layout's places): where their day takes them, or
 * where today's act took them.
 */
export function placesToday(s: SimState): Int32Array {
  const place = s.layout.map.dayPlace.slice();
  for (let k = 0; k < s.actCount; k++) {
    const agent = s.actAgent[k];
    if (agent < s.people) place[agent] = placeOfAct(s, agent, s.actBehaviour[k]);
  }
  return place;
}

/** Draw the day, then let every person and business act. */
export function behave(s: SimState): void {
  s.life.drawDay();
  s.watch.drawDay();
  s.actCount = 0;
  actAll(s, s.personActs, 0, s.people);
  actAll(s, s.businessActs, s.people, s.businesses);
}
