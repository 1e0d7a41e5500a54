/**
 * System 8, collect metrics: declared as data — a list of name → function of the state (Mesa's
 * DataCollector style) — and collected after the other systems. Flows (per-day counts) read counters
 * the systems bumped as things happened; stocks read one census pass over the agents per day.
 */
import { SERVICES } from '../core/compile';
import { appealBacklog } from './appeals';
import { quantilesInPlace } from './quantile';
import { STATUS_LISTED, type SimState } from '../core/state';

/**
 * A flow is a count of today's events (summed in the summary); a stock is a level (its last value in
 * the summary); a rate is a per-day mean that the summary reports on its own.
 */
export type MetricKind = 'flow' | 'stock' | 'rate';

export interface MetricDefinition {
  name: string;
  kind: MetricKind;
  collect: (s: SimState, census: Census) => number;
}

/** Levels computed in one pass over agents each day. */
export interface Census {
  meanScore: number;
  /** The 10th, 50th and 90th percentile of the same scores (the score distribution's spread). */
  scoreQuantiles: Float64Array;
  /** Scratch for the scores the quantiles are selected from. */
  scores: Float64Array;
  meanFear: number;
  listed: number;
  wrongful: number;
  sanctioned: number;
  grades: Float64Array;
  listedOn: Float64Array;
  /** Share of each district's residents who are listed. */
  listedShare: Float64Array;
}

/** Take the day's census. */
export function takeCensus(s: SimState, out: Census): Census {
  let score = 0;
  let fear = 0;
  out.grades.fill(0);
  out.listedOn.fill(0);
  const residents = new Float64Array(out.listedShare.length);
  out.listedShare.fill(0);
  out.listed = 0;
  out.wrongful = 0;
  out.sanctioned = 0;
  // Scores and grades of whoever the rules rate (compile: scored); fear and districts are people's.
  const [first, end] = s.compiled.scored === 'businesses' ? [s.people, s.agents] : [0, s.people];
  for (let a = first; a < end; a++) {
    score += s.score[a];
    out.scores[a - first] = s.score[a];
    out.grades[s.grade[a]]++;
  }
  quantilesInPlace(out.scores, end - first, SCORE_QUANTILES, out.scoreQuantiles);
  for (let i = 0; i < s.people; i++) {
    fear += s.fear[i];
    const d = s.town.people.district[i];
    residents[d]++;
    if (s.listedMask[i] !== 0) out.listedShare[d]++;
  }
  for (let a = 0; a < s.agents; a++) {
    if (s.listedMask[a] === 0) continue;
    out.listed++;
    let wrongful = false;
    for (let l = 0; l < s.lists.length; l++) {
      if (s.lists[l].status[a] !== STATUS_LISTED) continue;
      out.listedOn[l]++;
      if (s.lists[l].wrongful[a]) wrongful = true;
    }
    if (wrongful) out.wrongful++;
  }
  const sanctioned = s.sanctionedScratch;
  sanctioned.fill(0);
  for (const c of s.compiled.consequences) {
    if (!c.sanction) continue;
    const inForce = s.consequences[c.index].inForce;
    for (let i = 0; i < s.people; i++) sanctioned[i] |= inForce[i];
  }
  for (let i = 0; i < s.people; i++) out.sanctioned += sanctioned[i];
  out.meanScore = end > first ? score / (end - first) : 0;
  out.meanFear = s.people > 0 ? fear / s.people : 0;
  for (let d = 0; d < residents.length; d++)
    out.listedShare[d] = residents[d] > 0 ? out.listedShare[d] / residents[d] : 0;
  return out;
}

/** The percentiles reported of each day's scores (scoreP10, scoreMedian, scoreP90). */
const SCORE_QUANTILES = [0.1, 0.5, 0.9] as const;

/** A census sized for this state. */
export function newCensus(s: SimState): Census {
  return {
    meanScore: 0,
    scoreQuantiles: new Float64Array(SCORE_QUANTILES.length),
    scores: new Float64Array(s.agents),
    meanFear: 0,
    listed: 0,
    wrongful: 0,
    sanctioned: 0,
    grades: new Float64Array(s.compiled.grades.ids.length),
    listedOn: new Float64Array(s.compiled.lists.length),
    listedShare: new Float64Array(s.scenario.town.districts.length),
  };
}

const flow = (name: string, collect: MetricDefinition['collect']): MetricDefinition => ({
  name,
  kind: 'flow',
  collect,
});
const stock = (name: string, collect: MetricDefinition['collect']): MetricDefinition => ({
  name,
  kind: 'stock',
  collect,
});

/** Every metric of a run, core ones first (CORE_METRICS order), then per grade, list, behaviour, district. */
export function defineMetrics(s: SimState): MetricDefinition[] {
  const c = s.counters;
  const refusals = (service: (typeof SERVICES)[number]) => () =>
    c.refusals[SERVICES.indexOf(service)];
  const core: MetricDefinition[] = [
    stock('meanScore', (_, k) => k.meanScore),
    stock('listed', (_, k) => k.listed),
    flow('newListings', () => c.newListings),
    flow('delistings', () => c.delistings),
    stock('wrongfulListings', (_, k) => k.wrongful),
    flow('flightRefusals', refusals('flight')),
    flow('trainRefusals', refusals('train')),
    flow('schoolRefusals', refusals('school')),
    flow('sanctionsApplied', () => c.sanctionsApplied),
    flow('rewardsGiven', () => c.rewardsGiven),
    flow('appealsFiled', () => c.appealsFiled),
    flow('appealsGranted', () => c.appealsGranted),
    stock('appealBacklog', (st) => appealBacklog(st)),
    flow('speechActs', () => c.speechActs),
    flow('harmfulActs', () => c.harmfulActs),
    stock('familiesAffected', (st) => st.familiesAffected),
  ];
  const extra: MetricDefinition[] = [
    flow('newWrongfulListings', () => c.newWrongfulListings),
    flow('refusals', () => c.refusals.reduce((x, y) => x + y, 0)),
    flow('appealsDecided', () => c.appealsDecided),
    {
      name: 'appealWaitDays',
      kind: 'rate',
      collect: () => (c.appealsDecided > 0 ? c.appealWaitDays / c.appealsDecided : 0),
    },
    flow('civicActs', () => c.civicActs),
    flow('records', () => c.records),
    flow('misattributedRecords', () => c.misattributedRecords),
    flow('falseRecords', () => c.falseRecords),
    stock('sanctioned', (_, k) => k.sanctioned),
    stock('meanFear', (_, k) => k.meanFear),
    stock('scoreP10', (_, k) => k.scoreQuantiles[0]),
    stock('scoreMedian', (_, k) => k.scoreQuantiles[1]),
    stock('scoreP90', (_, k) => k.scoreQuantiles[2]),
  ];
  const grades = s.compiled.grades.ids.map((id, g) => stock(`grade_${id}`, (_, k) => k.grades[g]));
  const lists = s.compiled.lists.map((l) => stock(`listed_${l.id}`, (_, k) => k.listedOn[l.index]));
  const behaviours = s.compiled.behaviours.ids.flatMap((id, b) => [
    flow(`acts_${id}`, () => c.acts[b]),
    flow(`records_${id}`, () => c.recordsOf[b]),
  ]);
  const districts = s.scenario.town.districts.map((d, k) =>
    stock(`listedShare_${d.id}`, (_, cen) => cen.listedShare[k]),
  );
  return [...core, ...extra, ...grades, ...lists, ...behaviours, ...districts];
}

/** Collect today's value of every metric into the series. */
export function collectMetrics(s: SimState, definitions: MetricDefinition[], census: Census): void {
  takeCensus(s, census);
  for (const m of definitions) {
    let series = s.series.get(m.name);
    if (!series) {
      series = [];
      s.series.set(m.name, series);
    }
    series.push(m.collect(s, census));
  }
}

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Totals of flows and final values of stocks, plus the shares a report leads with. */
export function summarise(s: SimState, definitions: MetricDefinition[]): Record<string, number> {
  const out: Record<string, number> = {
    seed: s.seed,
    days: s.day,
    people: s.people,
    businesses: s.businesses,
    scale: s.scenario.town.scale,
  };
  for (const m of definitions) {
    const series = s.series.get(m.name) ?? [];
    if (m.kind === 'flow') out[`total${capitalised(m.name)}`] = series.reduce((x, y) => x + y, 0);
    else if (m.kind === 'stock')
      out[`final${capitalised(m.name)}`] = series.length > 0 ? series[series.length - 1] : 0;
  }
  const listings = out.totalNewListings;
  out.wrongfulShare = listings > 0 ? out.totalNewWrongfulListings / listings : 0;
  const waits = s.series.get('appealWaitDays') ?? [];
  const decided = s.series.get('appealsDecided') ?? [];
  const waited = waits.reduce((sum, w, d) => sum + w * decided[d], 0);
  out.meanAppealWaitDays = out.totalAppealsDecided > 0 ? waited / out.totalAppealsDecided : 0;
  out.appealGrantShare =
    out.totalAppealsDecided > 0 ? out.totalAppealsGranted / out.totalAppealsDecided : 0;
  return out;
}
