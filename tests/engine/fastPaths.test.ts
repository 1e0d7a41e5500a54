/**
 * The engine's shortcuts give what the long way gives: compact dossier notes, conditions filled
 * only with what they read, record counts that stop at a horizon, re-grading within a band, and act
 * slots searched on float32 boundaries.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Environment } from '@marcbachmann/cel-js';
import { gradeOf, regradeOf, type CompiledGrades } from '../../src/engine/core/compile';
import {
  DossierStore,
  NOTE_ACT,
  NOTE_GRADE,
  NOTE_OBSERVED,
  NOTE_RULE,
} from '../../src/engine/core/dossier';
import { countRecords, RecordLog } from '../../src/engine/core/records';
import {
  ACT_UNSURE,
  ACT_YES,
  exactAct,
  exactSlot,
  quickAct,
  quickBoundaries,
  quickSlot,
  type ActTable,
} from '../../src/engine/core/slots';
import { AgentList, listedAgents, STATUS_NONE, type SimState } from '../../src/engine/core/state';
import { SYSTEMS } from '../../src/engine/step';
import { applyConsequences } from '../../src/engine/systems/consequences';
import { ROLE_CHILD, ROLE_ELDER, ROLE_HEAD, ROLE_SPOUSE } from '../../src/engine/town/town';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { createSimulation, simulationState } from '../../src/engine/index';
import { fillPersonFields, fillPersonVars, towardStart } from '../../src/engine/systems/score';
import { defineMetrics, newCensus } from '../../src/engine/systems/metrics';
import { stepDay } from '../../src/engine/step';
import { PERSON_FIELD_BITS } from '../../src/engine/core/compile';
import { compileCondition, conditionReads } from '../../src/scenario/conditions/expression';
import type { DossierEntry } from '../../src/engine/types';
import { referenceScenario } from './fixtures';

const reads = (text: string) => {
  const r = conditionReads(new Environment({ unlistedVariablesAreDyn: true }).parse(text).ast);
  const list = (set: ReadonlySet<string> | null) => (set === null ? 'all' : [...set].sort());
  return { person: list(r.person), record: list(r.record), event: list(r.event) };
};

describe('what a condition reads', () => {
  it('names the fields it selects, and everything of a variable used otherwise', () => {
    expect(reads('person.age < 25 && record.count30 >= 2')).toEqual({
      person: ['age'],
      record: ['count30'],
      event: [],
    });
    expect(reads('person.grade in ["A", "B"] || event.source == "cctv"')).toEqual({
      person: ['grade'],
      record: [],
      event: ['source'],
    });
    expect(reads('person["age"] > 1 && record.total > 0')).toEqual({
      person: 'all',
      record: ['total'],
      event: [],
    });
    expect(reads('[1, 2].exists(x, x < person.debts) && has(person.fear)')).toEqual({
      person: ['debts', 'fear'],
      record: [],
      event: [],
    });
    // A comprehension variable named like a variable: read as the whole variable (never too little).
    expect(reads('[1].exists(record, record > 0)').record).toBe('all');
  });

  it('filling only the fields read gives the condition the same answer', () => {
    const sim = createSimulation(referenceScenario(300, 60));
    sim.run(60);
    const s = simulationState(sim);
    const conditions = [
      'person.age < 30 && person.debts >= 1',
      'person.grade == "A" || person.listed',
      'person.fear > 0.1 && person.children >= 1',
      'person.score < 990.5 || person.occupation == "official" || person.district == "d0"',
      'person.income > 50000.0',
    ].map((text) => compileCondition(text, 'rule', 'test'));
    for (const when of conditions) {
      let bits = 0;
      for (const field of when.reads.person ?? [])
        bits |= PERSON_FIELD_BITS[field as keyof typeof PERSON_FIELD_BITS];
      for (let a = 0; a < s.agents; a++) {
        fillPersonVars(s, a);
        const full = when(s.ctx);
        // Scramble what the condition does not read: it must not matter.
        fillPersonVars(s, (a * 7919 + 13) % s.agents);
        fillPersonFields(s, a, bits);
        expect(when(s.ctx)).toBe(full);
      }
    }
  });
});

describe('shortcuts', () => {
  it('regradeOf agrees with gradeOf for any bands and scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(fc.double({ min: -80, max: 80, noNaN: true }), fc.constant(NaN)), {
          minLength: 1,
          maxLength: 30,
        }),
        (mins, scores) => {
          const order = mins.map((_, i) => i).sort((a, b) => mins[b] - mins[a] || a - b);
          const min = Float64Array.from(mins);
          const upper = new Float64Array(mins.length);
          order.forEach((g, rank) => (upper[g] = rank === 0 ? Infinity : min[order[rank - 1]]));
          const grades: CompiledGrades = {
            ids: mins.map((_, i) => `g${i}`),
            order: Int32Array.from(order),
            min,
            upper,
          };
          for (const v of scores)
            for (let g = 0; g < mins.length; g++)
              expect(regradeOf(grades, g, v)).toBe(gradeOf(grades, v));
        },
      ),
    );
  });

  it('record counts stopped at a horizon count what they would without one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), {
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 400 }),
        (filed, gap) => {
          const log = new RecordLog(1);
          let day = 0;
          for (const [step, b] of filed) log.add((day += step * 7), 0, b, b % 2, 0, 0);
          const today = day + gap;
          const retention = Int32Array.from([40, 500]);
          const mask = Uint8Array.from([1, 0, 1]);
          const c = (h: number) => ({
            ...countRecords(
              log,
              0,
              mask,
              today,
              retention,
              { count30: 0, count365: 0, total: 0 },
              h,
            ),
          });
          const all = c(Infinity);
          expect(c(30).count30).toBe(all.count30);
          expect(c(365).count365).toBe(all.count365);
          expect(c(500)).toEqual(all);
        },
      ),
    );
  });

  it('compact notes read back in order among other entries, built once', () => {
    const store = new DossierStore(2, 0, 'all');
    store.decoder = (kind, day, x, y, value) => {
      if (kind === NOTE_ACT)
        return { day, type: 'act', behaviour: `b${x}`, label: 'L', truth: true };
      if (kind === NOTE_OBSERVED)
        return {
          day,
          type: 'observed',
          behaviour: `r${x}`,
          label: 'L',
          source: 's',
          basis: 'true',
        };
      if (kind === NOTE_RULE)
        return {
          day,
          type: 'rule',
          rule: `x${x}`,
          reason: '',
          points: -1,
          score: value,
          told: true,
        };
      return { day, type: 'grade', from: `g${x}`, to: `g${y}` };
    };
    const settled: DossierEntry = { day: 2, type: 'settled', behaviour: 'loan' };
    store.noteCompact(0, NOTE_ACT, 1, 4, 0, 0);
    store.noteCompact(1, NOTE_OBSERVED, 1, 9, 0, 0);
    store.note(0, settled);
    const first = store.timeline(0);
    expect(first.map((e) => e.type)).toEqual(['act', 'settled']);
    store.noteCompact(0, NOTE_RULE, 3, 2, 0, 987.5);
    store.noteCompact(0, NOTE_GRADE, 3, 1, 2, 0);
    const later = store.timeline(0);
    expect(later).toBe(first);
    expect(later[1]).toBe(settled);
    expect(later.slice(2)).toEqual([
      { day: 3, type: 'rule', rule: 'x2', reason: '', points: -1, score: 987.5, told: true },
      { day: 3, type: 'grade', from: 'g1', to: 'g2' },
    ]);
    expect(store.timeline(1)).toEqual([
      { day: 1, type: 'observed', behaviour: 'r9', label: 'L', source: 's', basis: 'true' },
    ]);

    const outcomes = new DossierStore(1, 0, 'all', 'outcomes');
    outcomes.noteCompact(0, NOTE_ACT, 1, 0, 0, 0);
    expect(outcomes.timeline(0)).toEqual([]);
  });
});

describe('recovery toward the start score', () => {
  it('towardStart is Math.min(start, v + rate) below the start and Math.max(start, v - rate) above', () => {
    const exact = (v: number, start: number, rate: number) =>
      v < start ? Math.min(start, v + rate) : Math.max(start, v - rate);
    const score = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const rate = fc.oneof(
      fc.double({ min: 1e-9, max: 500, noNaN: true }),
      fc.constantFrom(0.5, 1, 2),
    );
    fc.assert(
      fc.property(score, score, rate, (v, start, r) => {
        fc.pre(v !== start);
        expect(Object.is(towardStart(v, start, r), exact(v, start, r))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // On, next to and across the start, both ways.
    for (const start of [1000, 0, -3.25, 0.1 + 0.2])
      for (const r of [0.5, 1, 0.1, 1e-12])
        for (const d of [r, -r, r / 2, -r / 2, r * 2, -r * 2, Number.EPSILON, -Number.EPSILON]) {
          const v = start + d;
          if (v === start) continue;
          expect(towardStart(v, start, r)).toBe(exact(v, start, r));
        }
  });
});

describe('ledger scores kept by their changes', () => {
  it('replays the score every recorded agent had at the end of every day', () => {
    // Every 3rd person recorded: people listed later start their dossier mid-run.
    const sim = createSimulation(referenceScenario(900, 150), 7, { dossiers: 3 });
    const s = simulationState(sim);
    expect(s.offStart).not.toBeNull();
    const seen: Float64Array[] = [];
    for (let d = 0; d < 150; d++) {
      sim.step();
      seen.push(s.score.slice());
    }
    let lateStarts = 0;
    let moved = 0;
    for (const a of s.dossiers.order) {
      const history = s.dossiers.scoreHistory(a);
      expect(history.length).toBe(150);
      const first = history.findIndex((v) => !Number.isNaN(v));
      if (first > 0) lateStarts++;
      for (let d = 0; d < 150; d++) {
        if (d < first) continue;
        expect(history[d]).toBe(seen[d][a]);
        if (d > 0 && seen[d][a] !== seen[d - 1][a]) moved++;
      }
    }
    expect(moved).toBeGreaterThan(100);
    expect(lateStarts).toBeGreaterThan(0);
  });
});

describe('ascending agent lists', () => {
  it('insertAscending gives the sorted union, whatever the split', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }),
        fc.nat(),
        (ids, at) => {
          const cut = ids.length === 0 ? 0 : at % (ids.length + 1);
          const list = new AgentList(4);
          for (const a of ids.slice(cut).sort((x, y) => x - y)) list.push(a);
          const fresh = new AgentList(4);
          for (const a of ids.slice(0, cut)) fresh.push(a);
          list.insertAscending(fresh);
          expect(Array.from(list.items.subarray(0, list.count))).toEqual(
            [...ids].sort((x, y) => x - y),
          );
        },
      ),
    );
  });

  it('the fearful list holds exactly the people whose fear is above 0, ascending', () => {
    const sim = createSimulation(referenceScenario(1500, 120), 3);
    const s = simulationState(sim);
    for (let d = 0; d < 120; d++) {
      sim.step();
      // Adapt's total (the census's mean fear) is everyone's fear added in agent order, every day.
      let total = 0;
      for (let i = 0; i < s.people; i++) total += s.fear[i];
      expect(s.fearTotalDay).toBe(s.day);
      expect(s.fearTotal).toBe(total);
      expect(sim.metrics().meanFear[d]).toBe(total / s.people);
      if (d % 20 !== 19) continue;
      const fearful = Array.from(s.fearful.items.subarray(0, s.fearful.count));
      const expected: number[] = [];
      for (let i = 0; i < s.people; i++) if (s.fear[i] > 0) expected.push(i);
      expect(fearful).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});

describe('act slots searched on float32 boundaries', () => {
  /** One agent's table from slot widths (the engine lays slots out by the same running sum). */
  const tableOf = (widths: number[], caps: number[]): ActTable => {
    const stride = widths.length;
    const start = new Float64Array(stride + 1);
    let at = 0;
    for (let k = 0; k < stride; k++) {
      start[k] = at;
      at += widths[k];
    }
    start[stride] = at;
    return {
      acts: Int32Array.from(widths, (_, k) => k),
      stride,
      start,
      cap: Float64Array.from(caps),
      end: Float64Array.of(at),
      quick: quickBoundaries(start, stride, 1),
    };
  };
  const f32 = new Float32Array(1);
  const f32bits = new Int32Array(f32.buffer);
  const f64 = new Float64Array(1);
  const f64bits = new BigInt64Array(f64.buffer);
  /** The float64 next to x (x > 0) by `steps` units in the last place. */
  const nudge = (x: number, steps: number): number => {
    f64[0] = x;
    f64bits[0] += BigInt(steps);
    return f64[0];
  };
  /** Draws where the rounded boundaries are closest to deciding wrongly. */
  const hardDraws = (t: ActTable): number[] => {
    const out: number[] = [];
    for (let j = 1; j <= t.stride; j++) {
      const exact = t.start[j];
      f32[0] = exact;
      const rounded = f32[0];
      f32bits[0]--;
      const below = f32[0];
      for (const x of [
        exact,
        rounded,
        below,
        nudge(exact, -1),
        nudge(exact, 1),
        nudge(rounded, -1),
      ])
        if (x > 0 && x < t.end[0]) out.push(x);
      // Where the slot's first base × multiplier ends, for a few multipliers.
      for (const m of [0.25, 0.5, 1, 1.5, 3]) {
        const base = t.start[j - 1] + ((t.start[j] - t.start[j - 1]) * m) / t.cap[j - 1];
        for (const d of [-2, -1, 0, 1, 2]) {
          const x = base > 0 ? nudge(base, d) : base;
          if (x >= 0 && x < t.end[0]) out.push(x);
        }
      }
    }
    return out;
  };
  const decide = (t: ActTable, u: number, m: number, quick: boolean): [number, boolean] => {
    if (!quick) {
      const slot = exactSlot(t, 0, u);
      return [slot, exactAct(t, 0, u, slot, m)];
    }
    let slot = quickSlot(t, 0, u);
    if (slot < 0) slot = exactSlot(t, 0, u);
    const verdict = quickAct(t, 0, u, slot, m);
    return [slot, verdict === ACT_YES || (verdict === ACT_UNSURE && exactAct(t, 0, u, slot, m))];
  };
  const width = fc.oneof(
    fc.double({ min: 0, max: 0.05, noNaN: true }),
    fc.constantFrom(0, 0.25, 0.001, 1e-9, 2 ** -20, 0.1 + 0.2),
  );

  it('gives the exact search and decision for every draw, near boundaries too', () => {
    let unsure = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(width, fc.constantFrom(1, 3)), { minLength: 1, maxLength: 17 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0, 0.2, 0.5, 1, 1.5, 3),
        (slots, fractions, multiplier) => {
          const t = tableOf(
            slots.map(([w]) => w),
            slots.map(([, c]) => c),
          );
          if (!(t.end[0] > 0)) return;
          const draws = [...fractions.map((f) => f * t.end[0]), ...hardDraws(t)];
          for (const u of draws) {
            if (!(u < t.end[0])) continue;
            if (quickSlot(t, 0, u) < 0) unsure++;
            expect(decide(t, u, multiplier, true)).toEqual(decide(t, u, multiplier, false));
          }
        },
      ),
      { numRuns: 2000 },
    );
    // The hard draws do reach the exact fallback.
    expect(unsure).toBeGreaterThan(0);
  });

  it('the reference town acts as its exact slots say', () => {
    const sim = createSimulation(referenceScenario(3000, 5));
    const t = simulationState(sim).personActs;
    let decided = 0;
    let tried = 0;
    for (let k = 0; k < 3000; k++)
      for (let i = 0; i < 40; i++) {
        // Off the grid of simple fractions, as real draws are (those can sit on a boundary exactly).
        const u = (t.end[k] * (i + 0.3183)) / 40;
        // Nobody acts whose draw is not below the end of their slots (babies have none).
        if (!(u < t.end[k])) continue;
        tried++;
        const slot = exactSlot(t, k, u);
        expect(quickSlot(t, k, u) === -1 || quickSlot(t, k, u) === slot).toBe(true);
        for (const m of [0, 0.7, 1, 3]) {
          const verdict = quickAct(t, k, u, slot, m);
          if (verdict !== ACT_UNSURE) {
            decided++;
            expect(verdict === ACT_YES).toBe(exactAct(t, k, u, slot, m));
          }
        }
      }
    expect(tried).toBeGreaterThan(3000 * 30);
    expect(decided).toBeGreaterThan(tried * 4 * 0.999);
  });
});

/** What a full scan of every agent finds differs from the sparse lists kept: a description, or ''. */
function sparseListsDiffer(s: SimState): string {
  const listed = listedAgents(s);
  const scanned: number[] = [];
  for (let a = 0; a < s.agents; a++) if (s.listedMask[a] !== 0) scanned.push(a);
  const kept = Array.from(listed.items.subarray(0, listed.count));
  if (kept.join() !== scanned.join()) return `day ${s.day}: listed ${kept} ≠ ${scanned}`;
  for (const st of s.lists) {
    // Ascending, once each, flagged; with today's fresh ones, every agent with an entry.
    const entries = Array.from(st.entries.items.subarray(0, st.entries.count));
    const all = new Set([...entries, ...st.entriesFresh.items.subarray(0, st.entriesFresh.count)]);
    if (entries.some((a, k) => k > 0 && a <= entries[k - 1])) return `day ${s.day}: not ascending`;
    if (all.size !== st.entries.count + st.entriesFresh.count) return `day ${s.day}: twice`;
    for (let a = 0; a < s.agents; a++) {
      if (st.entryFlag[a] !== (all.has(a) ? 1 : 0)) return `day ${s.day}: flag of ${a}`;
      if (st.status[a] !== STATUS_NONE && !all.has(a)) return `day ${s.day}: entry of ${a} lost`;
    }
  }
  // Debts are kept per obligation only: each agent's total is the sum of its columns.
  const columns = s.obligations.length;
  for (let a = 0; a < s.agents; a++) {
    let owed = 0;
    for (let o = 0; o < columns; o++) owed += s.debts[a * columns + o];
    if (owed !== s.debtTotal[a]) return `day ${s.day}: ${a} owes ${owed}, total ${s.debtTotal[a]}`;
  }
  return '';
}

/**
 * Right after applyConsequences: the lists that reach each person and the consequences in force
 * differ from what today's lists and grades give everyone: a description, or ''.
 */
function consequencesDiffer(s: SimState): string {
  const { household, role } = s.town.people;
  const start = s.town.households.start;
  const suspend = s.scenario.ruleset.appeals.sanctionsDuringReview === 'suspend';
  const reach = new Uint16Array(s.people);
  for (let a = 0; a < s.agents; a++) {
    let mask = s.listedMask[a];
    if (suspend)
      for (let l = 0; l < s.lists.length; l++)
        if (s.lists[l].appeal[a] === 1 || s.lists[l].appeal[a] === 2) mask &= ~(1 << l);
    reach[a < s.people ? a : s.town.businesses.owner[a - s.people]] |= mask;
  }
  for (let i = 0; i < s.people; i++)
    if (reach[i] !== s.reachMask[i]) return `day ${s.day}: reach of ${i}`;
  const parentOf = (j: number, i: number): boolean =>
    role[i] === ROLE_CHILD
      ? role[j] === ROLE_HEAD || role[j] === ROLE_SPOUSE
      : role[j] === ROLE_ELDER && (role[i] === ROLE_HEAD || role[i] === ROLE_SPOUSE);
  for (const c of s.compiled.consequences) {
    const { inForce, via, lingerUntil } = s.consequences[c.index];
    for (let i = 0; i < s.people; i++) {
      let source = -1;
      const direct = (reach[i] & c.listMask) !== 0 || ((c.gradeMask >> s.grade[i]) & 1) === 1;
      if (!direct && c.spillover !== 'none')
        for (let j = start[household[i]]; j < start[household[i] + 1] && source < 0; j++)
          if (j !== i && (reach[j] & c.listMask) !== 0)
            if (c.spillover === 'household' || parentOf(j, i)) source = j;
      const applies = direct || source >= 0;
      const ok = applies
        ? inForce[i] === 1 && via[i] === source
        : inForce[i] === 0 || (c.lingerDays > 0 && lingerUntil[i] >= s.day);
      if (!ok) return `day ${s.day}: ${c.id} on ${i} (applies ${applies}, in force ${inForce[i]})`;
      if (((s.inForceMask[i] >>> c.index) & 1) !== inForce[i])
        return `day ${s.day}: inForceMask of ${i} for ${c.id}`;
    }
  }
  return '';
}

describe('sparse passes over listed agents, entries, debts and consequences', () => {
  const runs: [string, () => Scenario][] = [
    ['the reference town', () => referenceScenario(1500, 240)],
    [
      'the reference town, sanctions suspended on appeal',
      () =>
        referenceScenario(1500, 240, {
          ruleset: {
            appeals: { sanctionsDuringReview: 'suspend' },
            consequences: referenceScenario().ruleset.consequences.map((c) =>
              c.spillover === 'children' ? { ...c, spillover: 'household' } : c,
            ),
          },
        }),
    ],
    [
      'fathers-debt (listed from the start)',
      () => {
        const loaded = loadScenario(readFileSync('scenarios/fathers-debt.yaml', 'utf8'), 'f');
        if (!loaded.ok) throw new Error('fathers-debt does not load');
        return loaded.scenario;
      },
    ],
  ];
  for (const [name, make] of runs)
    it(`keeps what full scans find, every day: ${name}`, () => {
      const sc = make();
      const sim = createSimulation(sc, sc.seed);
      const s = simulationState(sim);
      // Check the consequences as soon as they are decided (appeals change listings after).
      const systems = SYSTEMS as ((s: SimState) => void)[];
      const k = systems.indexOf(applyConsequences);
      let decided = '';
      systems[k] = (x) => {
        applyConsequences(x);
        decided ||= consequencesDiffer(x);
      };
      // The roles' setup lists from day 0; it is found before any day.
      if (name.startsWith('fathers-debt')) expect(sparseListsDiffer(s)).toBe('');
      let listings = 0;
      let lingered = 0;
      try {
        for (let d = 0; d < Math.min(sc.days, 240); d++) {
          sim.step();
          expect(decided).toBe('');
          expect(sparseListsDiffer(s)).toBe('');
          listings += s.counters.newListings + s.counters.delistings;
          lingered += s.lingerList.count;
        }
      } finally {
        systems[k] = applyConsequences;
      }
      // The runs exercise what the shortcuts skip.
      expect(listings).toBeGreaterThan(20);
      if (sc.ruleset.consequences.some((c) => c.lingerDays > 0))
        expect(lingered).toBeGreaterThan(0);
      else expect(listedAgents(s).count).toBeGreaterThan(0);
    });
});

describe('census', () => {
  it('score quantiles from the bands around yesterday’s are those of all scores, every day', () => {
    const s = simulationState(createSimulation(referenceScenario(2000, 200), 11));
    const census = newCensus(s);
    const definitions = defineMetrics(s);
    const rank = (sorted: Float64Array, q: number) =>
      sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    let banded = 0;
    for (let d = 0; d < 200; d++) {
      const width = census.bandWidth[0];
      const hadBand = census.bands[0] <= census.bands[1];
      stepDay(s, definitions, census);
      const sorted = s.score.slice(s.scoredFirst, s.scoredEnd).sort();
      expect(Array.from(census.scoreQuantiles)).toEqual(
        [0.1, 0.5, 0.9].map((q) => rank(sorted, q)),
      );
      // A band that missed is widened fourfold; one that answered is halved, doubled or kept.
      if (hadBand && census.bandWidth[0] !== width * 4) banded++;
    }
    expect(banded).toBeGreaterThan(150);
  });
});
