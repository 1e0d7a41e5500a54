/**
 * System 3, score: each record filed today triggers the rules on its behaviour (a dispatch table, so a
 * day costs O(records)); a rule's condition is evaluated only then. Two scoring models:
 * - ledger (Rongcheng): points added and deducted, clamped to [min, max], capGrade, daily recovery
 *   toward the start score;
 * - weighted (Sesame): a score in [min, max] from hidden factor weights (record, income, age, friends'
 *   mean score, civic deeds, time online) recomputed daily — friends' scores make it spill through the
 *   network — plus rule points as adjustments that fade by recoveryPerDay.
 * Then grades are re-banded and grade changes noted.
 */
import {
  gradeOf,
  KIND_CIVIC,
  KIND_HARMFUL,
  PERSON_ALL_FIELDS,
  PERSON_FIELD_BITS,
  PLACES,
  regradeOf,
  type CompiledRule,
} from '../core/compile';
import { NOTE_GRADE, NOTE_RULE } from '../core/dossier';
import { countRecords } from '../core/records';
import { personOf, type SimState } from '../core/state';
import { ROLE_CHILD, ROLE_ELDER } from '../town/town';

/** A deduction of this many points frightens a person as much as a sanction does. */
const FULL_FRIGHT_POINTS = 100;
/** Daily decay of the weighted model's record, civic and online loads (a half-life of about four months). */
const LOAD_DECAY = 1 - 1 / 180;
const PLACE_ONLINE = PLACES.indexOf('online');

/** Number of children living with a parent (for conditions). */
function childrenOf(s: SimState, person: number): number {
  const p = s.town.people;
  if (p.role[person] === ROLE_CHILD || p.role[person] === ROLE_ELDER) return 0;
  const h = p.household[person];
  let n = 0;
  for (let j = s.town.households.start[h]; j < s.town.households.start[h + 1]; j++)
    if (p.role[j] === ROLE_CHILD) n++;
  return n;
}

/** Fill the reusable condition context's `person` for an agent (a business: its owner, with its own score). */
export function fillPersonVars(s: SimState, agent: number): void {
  const v = s.ctx.person;
  const person = personOf(s, agent);
  const p = s.town.people;
  v.age = p.age[person];
  v.income = p.income[person];
  v.score = s.score[agent];
  v.grade = s.compiled.grades.ids[s.grade[agent]];
  v.occupation = s.compiled.occupationIds[p.occupation[person]];
  v.district = s.scenario.town.districts[p.district[person]].id;
  v.listed = s.listedMask[agent] !== 0;
  v.children = childrenOf(s, person);
  v.debts = s.debtTotal[agent];
  v.fear = s.fear[person];
}

/**
 * Fill the fields of the condition context's `person` in `fields` (PERSON_FIELD_BITS) for an agent,
 * as fillPersonVars does; the others keep whatever they held.
 */
export function fillPersonFields(s: SimState, agent: number, fields: number): void {
  if (fields === PERSON_ALL_FIELDS) {
    fillPersonVars(s, agent);
    return;
  }
  const v = s.ctx.person;
  const person = personOf(s, agent);
  const p = s.town.people;
  if (fields & PERSON_FIELD_BITS.age) v.age = p.age[person];
  if (fields & PERSON_FIELD_BITS.income) v.income = p.income[person];
  if (fields & PERSON_FIELD_BITS.score) v.score = s.score[agent];
  if (fields & PERSON_FIELD_BITS.grade) v.grade = s.compiled.grades.ids[s.grade[agent]];
  if (fields & PERSON_FIELD_BITS.occupation)
    v.occupation = s.compiled.occupationIds[p.occupation[person]];
  if (fields & PERSON_FIELD_BITS.district)
    v.district = s.scenario.town.districts[p.district[person]].id;
  if (fields & PERSON_FIELD_BITS.listed) v.listed = s.listedMask[agent] !== 0;
  if (fields & PERSON_FIELD_BITS.children) v.children = childrenOf(s, person);
  if (fields & PERSON_FIELD_BITS.debts) v.debts = s.debtTotal[agent];
  if (fields & PERSON_FIELD_BITS.fear) v.fear = s.fear[person];
}

/** Fill `record` with an agent's retained records of behaviour b (none older than `horizon` days can count). */
function fillRecordVars(s: SimState, agent: number, b: number, horizon: number): void {
  s.behaviourMask[b] = 1;
  const counts = countRecords(
    s.records,
    agent,
    s.behaviourMask,
    s.day,
    s.retention,
    s.counts,
    horizon,
  );
  s.behaviourMask[b] = 0;
  const r = s.ctx.record;
  r.count30 = counts.count30;
  r.count365 = counts.count365;
  r.total = counts.total;
}

function markChanged(s: SimState, agent: number): void {
  if (!s.changed[agent]) {
    s.changed[agent] = 1;
    s.changedList.push(agent);
  }
}

/** Apply a rule that fired for an agent: points, grade cap, dossier, what people learn from it. */
function applyRule(s: SimState, agent: number, rule: CompiledRule): void {
  const scoring = s.scenario.ruleset.scoring;
  const before = s.score[agent];
  const after = Math.min(
    rule.scoreCap,
    Math.min(scoring.max, Math.max(scoring.min, before + rule.points)),
  );
  const delta = Math.max(scoring.min, after) - before;
  s.score[agent] = before + delta;
  // Only the weighted model reads adjustments (recomputeWeighted).
  if (scoring.model === 'weighted') s.adjust[agent] += delta;
  markChanged(s, agent);
  if (rule.points < 0) s.deterred[rule.behaviour] = 1;
  if (rule.points > 0) s.rewardSought[rule.behaviour] = 1;
  const noticed = rule.told || s.scenario.ruleset.opacity.disclosure !== 'nothing';
  if (delta < 0 && noticed)
    s.punishedToday.push(personOf(s, agent), Math.min(1, -delta / FULL_FRIGHT_POINTS));
  if (s.dossiers.recorded[agent])
    s.dossiers.noteCompact(agent, NOTE_RULE, s.day, rule.index, 0, s.score[agent]);
}

/** Run the rules triggered by today's records. */
function scoreRecords(s: SimState): void {
  const rec = s.records;
  const beh = s.compiled.behaviours;
  const weighted = s.scenario.ruleset.scoring.model === 'weighted';
  for (let r = rec.dayStart; r < rec.length; r++) {
    const agent = rec.subject[r];
    const b = rec.behaviour[r];
    if (weighted) {
      if (beh.kind[b] === KIND_HARMFUL || s.deterred[b]) s.recordLoad[agent]++;
      else if (beh.kind[b] === KIND_CIVIC) s.civicLoad[agent]++;
      if (beh.place[b] === PLACE_ONLINE) s.onlineLoad[agent]++;
    }
    const rules = s.compiled.rulesOn[b];
    for (let k = 0; k < rules.length; k++) {
      const rule = s.compiled.rules[rules[k]];
      const inputs = rule.inputs;
      if (rule.when && inputs) {
        // Only what the condition reads is filled.
        if (inputs.person !== 0) fillPersonFields(s, agent, inputs.person);
        if (inputs.record) fillRecordVars(s, agent, b, inputs.recordHorizon);
        if (inputs.event) {
          s.ctx.event.behaviour = beh.ids[b];
          s.ctx.event.source = s.compiled.sources[rec.source[r]].id;
        }
        if (!rule.when(s.ctx)) continue;
      }
      applyRule(s, agent, rule);
    }
  }
}

/**
 * Set an agent's score from outside the day's systems (a test, a story's start): the score is
 * written where recovery and the dossier's score history will see it.
 */
export function setScore(s: SimState, agent: number, value: number): void {
  s.score[agent] = value;
  const off = s.offStart;
  if (off !== null && !s.offStartFlag[agent]) {
    s.offStartFlag[agent] = 1;
    s.freshAgents.clear();
    s.freshAgents.push(agent);
    off.insertAscending(s.freshAgents);
  }
  s.dossiers.scoreSet(agent);
}

/** Ledger: agent a's score drifts back toward the start by recoveryPerDay, then is re-graded. */
function recoverOne(s: SimState, a: number, start: number, startGrade: number): void {
  const score = s.score;
  const grade = s.grade;
  let v = score[a];
  if (v === start) {
    if (grade[a] !== startGrade) setGrade(s, a, startGrade);
    return;
  }
  const recoveryPerDay = s.scenario.ruleset.scoring.recoveryPerDay;
  if (recoveryPerDay > 0) {
    if (v < start) v = score[a] = Math.min(start, v + recoveryPerDay);
    else v = score[a] = Math.max(start, v - recoveryPerDay);
  }
  const g = regradeOf(s.compiled.grades, grade[a], v);
  if (g !== grade[a]) setGrade(s, a, g);
}

/**
 * A score v ≠ start one day of recovery (rate > 0) later: up by rate from below the start, down
 * from above, never past it; exactly Math.min(start, v + rate) or Math.max(start, v - rate) (v +
 * -rate is v - rate to the bit). Without a branch on which side v is: along recoverLedger's list
 * punished and rewarded agents alternate unpredictably.
 */
export function towardStart(v: number, start: number, rate: number): number {
  const up = +(v < start);
  const stepped = v + rate * (2 * up - 1);
  return +(stepped > start) === up ? start : stepped;
}

/**
 * Ledger: every score drifts back toward the start by recoveryPerDay (credit repair), then is
 * re-graded (a score at the start has the start's grade). An agent at the start score and grade
 * stays so until a rule moves its score, so only s.offStart (agents off it after yesterday) and
 * today's changed agents are looked at; each agent's outcome is its own, in any order.
 */
function recoverLedger(s: SimState): void {
  const start = s.scenario.ruleset.scoring.start;
  const startGrade = gradeOf(s.compiled.grades, start);
  const off = s.offStart;
  if (off === null) {
    for (let a = 0; a < s.agents; a++) recoverOne(s, a, start, startGrade);
    return;
  }
  const flag = s.offStartFlag;
  const changed = s.changedList;
  const fresh = s.freshAgents;
  const score = s.score;
  const grade = s.grade;
  fresh.clear();
  // An agent changed today but still at the start score and grade has nothing to recover.
  for (let k = 0; k < changed.count; k++) {
    const a = changed.items[k];
    if (score[a] !== start || grade[a] !== startGrade) fresh.pushOnce(a, flag);
  }
  off.insertAscending(fresh);
  // recoverOne for each, written out: who is back at the start score and grade leaves the list.
  const rate = s.scenario.ruleset.scoring.recoveryPerDay;
  const grades = s.compiled.grades;
  const min = grades.min;
  const upper = grades.upper;
  const items = off.items;
  let kept = 0;
  for (let k = 0; k < off.count; k++) {
    const a = items[k];
    let v = score[a];
    if (v === start) {
      if (grade[a] !== startGrade) setGrade(s, a, startGrade);
      flag[a] = 0;
      continue;
    }
    if (rate > 0) v = score[a] = towardStart(v, start, rate);
    const g = grade[a];
    if (!(v >= min[g] && v < upper[g])) {
      const to = gradeOf(grades, v);
      if (to !== g) setGrade(s, a, to);
    }
    if (v === start && grade[a] === startGrade) flag[a] = 0;
    else items[kept++] = a;
  }
  off.count = kept;
}

/** Weighted: rebuild every score from the hidden factors, friends' scores of yesterday included. */
function recomputeWeighted(s: SimState): void {
  const scoring = s.scenario.ruleset.scoring;
  const range = scoring.max - scoring.min;
  const { offsets, indices } = s.town.friends;
  const rec = scoring.recoveryPerDay;
  for (let i = 0; i < s.people; i++) {
    let sum = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) sum += s.score[indices[k]];
    const deg = offsets[i + 1] - offsets[i];
    s.friendsFactor[i] = deg > 0 && range > 0 ? (sum / deg - scoring.min) / range : 0.5;
  }
  let totalWeight = 0;
  for (const f of scoring.factors) totalWeight += f.weight;
  for (let a = 0; a < s.agents; a++) {
    s.recordLoad[a] *= LOAD_DECAY;
    s.civicLoad[a] *= LOAD_DECAY;
    s.onlineLoad[a] *= LOAD_DECAY;
    const adj = s.adjust[a];
    s.adjust[a] = adj > 0 ? Math.max(0, adj - rec) : Math.min(0, adj + rec);
    let base = scoring.start;
    if (totalWeight > 0) {
      let value = 0;
      for (const f of scoring.factors) value += f.weight * factorValue(s, a, f.from);
      base = scoring.min + (range * value) / totalWeight;
    }
    s.score[a] = Math.min(scoring.max, Math.max(scoring.min, base + s.adjust[a]));
  }
}

/** One hidden factor of the weighted model, in [0, 1]; businesses are judged on their record alone. */
function factorValue(s: SimState, agent: number, from: string): number {
  const person = agent < s.people;
  switch (from) {
    case 'record':
      return 1 / (1 + s.recordLoad[agent]);
    case 'income':
      return person ? s.incomeFactor[agent] : 0.5;
    case 'age':
      return person ? s.ageFactor[agent] : 0.5;
    case 'friends':
      return person ? s.friendsFactor[agent] : 0.5;
    case 'civic':
      return s.civicLoad[agent] / (1 + s.civicLoad[agent]);
    default:
      return 1 / (1 + s.onlineLoad[agent]);
  }
}

/** A new grade for agent a: noted in its dossier, and among today's grade changes. */
function setGrade(s: SimState, a: number, g: number): void {
  if (s.dossiers.recorded[a]) s.dossiers.noteCompact(a, NOTE_GRADE, s.day, s.grade[a], g, 0);
  if (a >= s.scoredFirst && a < s.scoredEnd) {
    s.gradeCount[s.grade[a]]--;
    s.gradeCount[g]++;
  }
  s.grade[a] = g;
  if (a < s.people) s.gradeChanged.push(a);
}

/** Re-band every agent and note grade changes. */
function regrade(s: SimState): void {
  const grades = s.compiled.grades;
  const score = s.score;
  const grade = s.grade;
  for (let a = 0; a < s.agents; a++) {
    const g = regradeOf(grades, grade[a], score[a]);
    if (g !== grade[a]) setGrade(s, a, g);
  }
}

/** Score today's records, then recover, recompute (weighted) and re-grade. */
export function score(s: SimState): void {
  s.gradeChanged.clear();
  scoreRecords(s);
  if (s.scenario.ruleset.scoring.model === 'weighted') {
    recomputeWeighted(s);
    regrade(s);
  } else recoverLedger(s);
}
