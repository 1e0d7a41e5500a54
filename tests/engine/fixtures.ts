/**
 * Scenarios built in code for the engine's tests and benchmark: a realistic baseline (the reference
 * town) and small focused towns. Defaults fill whatever is not given.
 */
import type { DossierEntry, Simulation } from '../../src/engine/types';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';

/** A rule set as a scenario file writes it (before defaults). */
export type RuleSetInput = NonNullable<ScenarioInput['ruleset']>;

/** Deep-ish merge for scenario inputs: objects merge, arrays and values replace. */
function merge<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (
    typeof base !== 'object' ||
    base === null ||
    Array.isArray(base) ||
    typeof over !== 'object' ||
    over === null ||
    Array.isArray(over)
  )
    return over as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out as T;
}

/** ≈17 behaviours, 5 sources, 15 rules, 2 lists, 9 consequences: the baseline rule set of the bench. */
export function referenceInput(population = 2000, days = 365): ScenarioInput {
  return {
    id: 'reference_town',
    title: 'Reference town',
    days,
    seed: 42,
    town: { population, businesses: { count: Math.max(10, Math.round(population / 40)) } },
    behaviours: [
      {
        id: 'bad_driving',
        label: 'Bad driving',
        kind: 'harmful',
        rate: 0.004,
        place: 'street',
        traits: { impulsive: 2 },
      },
      {
        id: 'smoking',
        label: 'Smoking in a no-smoking zone',
        kind: 'harmful',
        rate: 0.003,
        place: 'street',
      },
      {
        id: 'video_games',
        label: 'Buying many video games',
        kind: 'harmless',
        rate: 0.004,
        place: 'online',
        minAge: 12,
      },
      {
        id: 'posting_criticism',
        label: 'Posting criticism',
        kind: 'speech',
        rate: 0.02,
        place: 'online',
        traits: { outspoken: 3 },
        minAge: 14,
      },
      {
        id: 'spreading_rumours',
        label: 'Spreading rumours',
        kind: 'harmful',
        rate: 0.0008,
        place: 'online',
        minAge: 14,
      },
      {
        id: 'missed_loan_payment',
        label: 'Missing a loan payment',
        kind: 'harmful',
        rate: 0.0008,
        place: 'financial',
        traits: { conscientious: 0.3 },
        obligation: { repayRate: 0.05, listedRepayRate: 0.2, amount: 20000 },
      },
      {
        id: 'ignoring_judgment',
        label: 'Ignoring a court judgment',
        kind: 'harmful',
        rate: 0.0002,
        place: 'court',
        obligation: { repayRate: 0.01, listedRepayRate: 0.1, amount: 50000 },
      },
      {
        id: 'late_utility_fees',
        label: 'Paying utility fees late',
        kind: 'harmful',
        rate: 0.001,
        place: 'financial',
        obligation: { repayRate: 0.2, listedRepayRate: 0.5 },
      },
      {
        id: 'volunteering',
        label: 'Volunteering',
        kind: 'civic',
        rate: 0.005,
        place: 'street',
        traits: { civic: 3 },
        minAge: 14,
      },
      {
        id: 'donating_blood',
        label: 'Donating blood',
        kind: 'civic',
        rate: 0.0008,
        place: 'street',
      },
      {
        id: 'caring_for_parents',
        label: 'Caring for parents',
        kind: 'civic',
        rate: 0.003,
        place: 'home',
      },
      {
        id: 'buying_flight',
        label: 'Buying a flight ticket',
        kind: 'activity',
        rate: 0.003,
        place: 'financial',
        service: 'flight',
        occupations: { manager: 3 },
      },
      {
        id: 'buying_train',
        label: 'Buying a train ticket',
        kind: 'activity',
        rate: 0.005,
        place: 'financial',
        service: 'train',
      },
      {
        id: 'applying_school',
        label: 'Applying to a good school',
        kind: 'activity',
        rate: 0.01,
        place: 'home',
        service: 'school',
        minAge: 6,
        maxAge: 17,
      },
      {
        id: 'applying_loan',
        label: 'Applying for a loan',
        kind: 'activity',
        rate: 0.002,
        place: 'financial',
        service: 'loan',
      },
      {
        id: 'counterfeit_goods',
        label: 'Selling counterfeit goods',
        kind: 'harmful',
        actor: 'business',
        rate: 0.002,
        place: 'workplace',
      },
      {
        id: 'tax_evasion',
        label: 'Evading tax',
        kind: 'harmful',
        actor: 'business',
        rate: 0.001,
        place: 'financial',
      },
    ],
    surveillance: {
      sources: [
        {
          id: 'street_cameras',
          label: 'Street cameras',
          sees: ['street'],
          coverage: 0.6,
          useDistrictCoverage: true,
          misattribution: 0.02,
        },
        {
          id: 'platform_logs',
          label: 'Platform logs',
          sees: ['online'],
          coverage: 0.6,
          retentionDays: 180,
          falseReports: 0.00002,
        },
        { id: 'bank_records', label: 'Bank records', sees: ['financial'], coverage: 0.95 },
        { id: 'court_records', label: 'Court records', sees: ['court'], coverage: 1 },
        {
          id: 'informants',
          label: 'Informants',
          sees: ['street', 'home', 'workplace'],
          coverage: 0.1,
          falseReports: 0.00005,
        },
      ],
    },
    ruleset: {
      scoring: { model: 'ledger', start: 1000, min: 0, max: 1200, recoveryPerDay: 0.05 },
      rules: [
        {
          id: 'traffic_ticket',
          on: 'bad_driving',
          points: -5,
          area: 'societal',
          reason: 'A traffic ticket.',
        },
        {
          id: 'repeat_driver',
          on: 'bad_driving',
          when: 'record.count365 >= 5',
          points: -20,
          area: 'societal',
          reason: 'Repeated bad driving.',
        },
        {
          id: 'smoking_fine',
          on: 'smoking',
          points: -5,
          area: 'societal',
          reason: 'Smoking where it is banned.',
        },
        {
          id: 'idle_gamer',
          on: 'video_games',
          when: 'person.age < 25 && record.count30 >= 2',
          points: -2,
          area: 'commercial',
          reason: 'Video games mark you as idle.',
        },
        {
          id: 'critic',
          on: 'posting_criticism',
          when: 'record.count30 >= 3',
          points: -10,
          area: 'societal',
          reason: 'Posting criticism.',
        },
        {
          id: 'rumours',
          on: 'spreading_rumours',
          points: -30,
          area: 'societal',
          reason: 'Spreading rumours.',
          capGrade: 'C',
        },
        {
          id: 'loan_arrears',
          on: 'missed_loan_payment',
          points: -10,
          area: 'commercial',
          reason: 'Bank arrears.',
        },
        {
          id: 'judgment_defaulter',
          on: 'ignoring_judgment',
          points: -50,
          area: 'judicial',
          reason: 'Arrears found by a court.',
        },
        {
          id: 'late_utilities',
          on: 'late_utility_fees',
          points: -20,
          area: 'commercial',
          reason: 'Late utility fees.',
        },
        {
          id: 'volunteer',
          on: 'volunteering',
          points: 5,
          area: 'societal',
          reason: 'Volunteering.',
        },
        {
          id: 'blood_donor',
          on: 'donating_blood',
          points: 10,
          area: 'societal',
          reason: 'Donating blood.',
        },
        {
          id: 'filial',
          on: 'caring_for_parents',
          points: 2,
          area: 'societal',
          reason: 'Caring for parents.',
        },
        {
          id: 'counterfeit',
          on: 'counterfeit_goods',
          points: -30,
          area: 'commercial',
          reason: 'Counterfeit goods.',
        },
        { id: 'tax', on: 'tax_evasion', points: -50, area: 'commercial', reason: 'Tax evasion.' },
        {
          id: 'government_debt',
          on: 'ignoring_judgment',
          when: 'person.occupation == "official"',
          points: -50,
          area: 'government',
          reason: 'An official defying a court.',
        },
      ],
      lists: [
        {
          id: 'defaulters',
          label: 'judgment defaulters blacklist',
          kind: 'blacklist',
          entry: {
            on: ['ignoring_judgment', 'missed_loan_payment'],
            when: 'record.count365 >= 2 || person.debts >= 2',
            graceDays: 10,
          },
          durationDays: 730,
        },
        {
          id: 'business_blacklist',
          label: 'business blacklist',
          kind: 'blacklist',
          subject: 'business',
          entry: { on: ['counterfeit_goods', 'tax_evasion'] },
          durationDays: 365,
        },
      ],
      consequences: [
        {
          id: 'no_flights',
          label: 'Refused flight tickets',
          kind: 'sanction',
          effect: 'refuse',
          service: 'flight',
          agency: 'civil aviation',
          lists: ['defaulters', 'business_blacklist'],
        },
        {
          id: 'no_trains',
          label: 'Refused high-speed train tickets',
          kind: 'sanction',
          effect: 'refuse',
          service: 'train',
          agency: 'railway',
          lists: ['defaulters'],
        },
        {
          id: 'no_good_school',
          label: 'Children refused by the better schools',
          kind: 'sanction',
          effect: 'refuse',
          service: 'school',
          agency: 'education',
          lists: ['defaulters'],
          spillover: 'children',
        },
        {
          id: 'no_loans',
          label: 'Refused loans',
          kind: 'sanction',
          effect: 'refuse',
          service: 'loan',
          agency: 'banks',
          lists: ['defaulters'],
          lingerDays: 90,
        },
        {
          id: 'named',
          label: 'Publicly named',
          kind: 'sanction',
          effect: 'name',
          agency: 'court',
          lists: ['defaulters', 'business_blacklist'],
        },
        {
          id: 'slow_internet',
          label: 'Slower internet',
          kind: 'sanction',
          effect: 'slow',
          service: 'internet',
          agency: 'telecoms',
          grades: ['D'],
        },
        {
          id: 'worse_loans',
          label: 'Worse loan rates',
          kind: 'sanction',
          effect: 'rate',
          service: 'loan',
          agency: 'banks',
          grades: ['C', 'D'],
        },
        {
          id: 'energy_discount',
          label: 'Discount on energy bills',
          kind: 'reward',
          effect: 'discount',
          service: 'energy',
          agency: 'utilities',
          grades: ['A'],
        },
        {
          id: 'dating_boost',
          label: 'Featured on a dating site',
          kind: 'reward',
          effect: 'boost',
          service: 'dating',
          agency: 'platform',
          grades: ['A'],
        },
      ],
      opacity: { disclosure: 'reasons' },
    },
  };
}

/** The reference scenario, parsed, with optional overrides merged in. */
export function referenceScenario(population = 2000, days = 365, overrides?: unknown): Scenario {
  return ScenarioSchema.parse(merge(referenceInput(population, days), overrides));
}

/** A small scenario from a partial input over a minimal valid base (one harmless act, one camera). */
export function scenarioOf(input: Partial<ScenarioInput> & { ruleset?: RuleSetInput }): Scenario {
  const base: ScenarioInput = {
    id: 'test_town',
    title: 'Test town',
    days: 60,
    seed: 7,
    town: { population: 300 },
    behaviours: [
      { id: 'littering', label: 'Littering', kind: 'harmful', rate: 0.01, place: 'street' },
    ],
    surveillance: {
      sources: [{ id: 'cameras', label: 'Cameras', sees: ['street'], coverage: 0.5 }],
    },
  };
  return ScenarioSchema.parse({ ...base, ...input });
}

export { merge };

/** Whole timeline entries of one type across every person of a simulation. */
export function entriesOf<T extends DossierEntry['type']>(
  sim: Simulation,
  type: T,
): { id: string; entry: Extract<DossierEntry, { type: T }> }[] {
  const out: { id: string; entry: Extract<DossierEntry, { type: T }> }[] = [];
  for (let i = 0; i < sim.peopleCount + sim.businessCount; i++) {
    const id = i < sim.peopleCount ? `p${i}` : `b${i - sim.peopleCount}`;
    for (const e of sim.dossier(id)!.timeline)
      if (e.type === type) out.push({ id, entry: e as Extract<DossierEntry, { type: T }> });
  }
  return out;
}

/** The day of `id`'s last timeline entry of `type` strictly before `day`; throws when there is none. */
export function lastDayBefore(
  sim: Simulation,
  id: string,
  type: DossierEntry['type'],
  day: number,
): number {
  const earlier = sim.dossier(id)!.timeline.filter((e) => e.type === type && e.day < day);
  if (earlier.length === 0) throw new Error(`${id} has no ${type} entry before day ${day}`);
  return earlier[earlier.length - 1].day;
}

/** A littering act anyone (from birth) may commit on the street: the scoring tests' workhorse. */
export const littering = {
  id: 'littering',
  label: 'Littering',
  kind: 'harmful' as const,
  rate: 0.02,
  place: 'street' as const,
  minAge: 0,
};

/** Businesses selling counterfeit goods at `rate` a day, in the workplace where inspectors look. */
export const counterfeiting = (rate: number) => ({
  id: 'counterfeit',
  label: 'Counterfeit goods',
  kind: 'harmful' as const,
  actor: 'business' as const,
  rate,
  place: 'workplace' as const,
});

/** Inspectors who see every workplace act. */
export const inspectors = {
  sources: [{ id: 'inspectors', label: 'Inspectors', sees: ['workplace' as const], coverage: 1 }],
};

/** A business blacklist entered by counterfeiting. */
export const badFirms = {
  id: 'bad_firms',
  label: 'business blacklist',
  kind: 'blacklist' as const,
  subject: 'business' as const,
  entry: { on: ['counterfeit'] },
};

/** Sum of a metric's daily values. */
export const total = (sim: Simulation, metric: string): number =>
  sim.metrics()[metric].reduce((a, b) => a + b, 0);
