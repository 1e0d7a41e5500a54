import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import { hasQualifyingAct } from '../../src/engine/systems/lists';
import { STATUS_LISTED, type SimState } from '../../src/engine/core/state';
import { ScenarioSchema } from '../../src/scenario/schema';
import { referenceInput } from './fixtures';

/** Random but valid variations of the reference town's rule set and surveillance. */
const scenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 10_000 }),
    population: fc.integer({ min: 60, max: 250 }),
    days: fc.integer({ min: 10, max: 60 }),
    model: fc.constantFrom('ledger', 'weighted'),
    disclosure: fc.constantFrom('full', 'reasons', 'score', 'nothing'),
    notice: fc.boolean(),
    noticeDays: fc.integer({ min: 0, max: 10 }),
    graceDays: fc.integer({ min: 0, max: 10 }),
    duration: fc.integer({ min: 5, max: 60 }),
    misattribution: fc.double({ min: 0, max: 0.5, noNaN: true }),
    falseReports: fc.double({ min: 0, max: 0.01, noNaN: true }),
    points: fc.integer({ min: -300, max: 300 }),
    joint: fc.boolean(),
    spill: fc.constantFrom('none', 'children', 'household'),
    linger: fc.integer({ min: 0, max: 10 }),
    suspend: fc.constantFrom('stay', 'suspend'),
    capacity: fc.integer({ min: 0, max: 5 }),
    reviewDays: fc.integer({ min: 0, max: 5 }),
    recovery: fc.double({ min: 0, max: 5, noNaN: true }),
  })
  .map((p) => {
    const input = referenceInput(p.population, p.days);
    const rs = input.ruleset!;
    const consequences = rs.consequences!.map((c) =>
      c.lists?.length
        ? { ...c, spillover: p.spill, lingerDays: p.linger, lists: [...c.lists, 'low_score'] }
        : c,
    );
    const sources = input.surveillance.sources.map((src, k) =>
      k === 0 ? { ...src, misattribution: p.misattribution, falseReports: p.falseReports } : src,
    );
    return ScenarioSchema.parse({
      ...input,
      seed: p.seed,
      town: { ...input.town, names: { surnames: 3, givenNames: 4 } },
      surveillance: { sources },
      ruleset: {
        ...rs,
        scoring: {
          model: p.model,
          start: 1000,
          min: 0,
          max: 1200,
          recoveryPerDay: p.recovery,
          factors:
            p.model === 'weighted'
              ? [
                  { id: 'record', label: 'Credit history', weight: 0.4, from: 'record' },
                  { id: 'friends', label: 'Relationships', weight: 0.3, from: 'friends' },
                  { id: 'income', label: 'Capacity', weight: 0.3, from: 'income' },
                ]
              : [],
        },
        rules: rs.rules!.map((r, k) => (k === 0 ? { ...r, points: p.points } : r)),
        opacity: {
          disclosure: p.disclosure,
          noticeBeforeListing: p.notice,
          noticeDays: p.noticeDays,
        },
        lists: [
          {
            ...rs.lists![0],
            entry: {
              on: ['ignoring_judgment', 'missed_loan_payment', 'bad_driving'],
              graceDays: p.graceDays,
            },
            durationDays: p.duration,
          },
          rs.lists![1],
          {
            id: 'low_score',
            label: 'low-score list',
            kind: 'blacklist',
            entry: { when: 'person.score < 990' },
          },
        ],
        jointPunishment: p.joint,
        consequences,
        appeals: {
          sanctionsDuringReview: p.suspend,
          capacityPerDay: p.capacity,
          reviewDays: p.reviewDays,
          fileRate: 0.3,
          fileRateUnclear: 0.1,
        },
      },
    });
  });

/** Why a person may be under consequence c today, or null when nothing explains it. */
function explained(s: SimState, c: number, i: number): boolean {
  const def = s.compiled.consequences[c];
  const st = s.consequences[c];
  if ((def.gradeMask >> s.grade[i]) & 1) return true;
  if (s.reachMask[i] & def.listMask) return true;
  if (st.lingerUntil[i] >= s.day) return true;
  const via = st.via[i];
  return (
    via >= 0 &&
    def.spillover !== 'none' &&
    (s.reachMask[via] & def.listMask) !== 0 &&
    s.town.people.household[via] === s.town.people.household[i]
  );
}

/** The first broken invariant of the day, or null. (Plain checks: an expect per agent would be slow.) */
function brokenInvariant(s: SimState): string | null {
  const { min, max } = s.scenario.ruleset.scoring;
  for (let a = 0; a < s.agents; a++)
    if (!(s.score[a] >= min && s.score[a] <= max))
      return `score ${s.score[a]} of agent ${a} outside [${min}, ${max}]`;
  for (const l of s.compiled.lists) {
    const st = s.lists[l.index];
    for (let a = 0; a < s.agents; a++) {
      if (st.status[a] !== STATUS_LISTED) continue;
      // Every listing has a recorded cause: a record filed under this very subject.
      const r = st.cause[a];
      if (r < 0 || s.records.subject[r] !== a)
        return `listing of agent ${a} on ${l.id} has no recorded cause`;
      // Wrongful exactly when no qualifying true act (checked on the listing day, when it was decided).
      if (st.since[a] === s.day && (st.wrongful[a] === 1) !== !hasQualifyingAct(s, l, a))
        return `listing of agent ${a} on ${l.id} marked wrongful=${st.wrongful[a]} against the truth`;
    }
  }
  for (let c = 0; c < s.compiled.consequences.length; c++)
    for (let i = 0; i < s.people; i++)
      if (s.consequences[c].inForce[i] && !explained(s, c, i))
        return `consequence ${c} on p${i} has no reason`;
  return null;
}

describe('invariants over random rule sets (fast-check)', { timeout: 30_000 }, () => {
  it('keeps scores in range, gives every listing a cause, sanctions only the listed (or family, or lingering), and marks wrongful listings exactly', () => {
    let listings = 0;
    let wrongful = 0;
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const sim = createSimulation(scenario);
        const s = simulationState(sim);
        for (let d = 0; d < scenario.days; d++) {
          sim.step();
          const broken = brokenInvariant(s);
          if (broken) throw new Error(`day ${s.day}: ${broken}`);
        }
        listings += sim.summary().totalNewListings;
        wrongful += sim.summary().totalNewWrongfulListings;
      }),
      { numRuns: 40, seed: 20240601 },
    );
    // The generated towns do exercise listings, wrongful ones included.
    expect(listings).toBeGreaterThan(0);
    expect(wrongful).toBeGreaterThan(0);
  }, 60_000);
});
