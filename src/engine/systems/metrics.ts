/**
 * System 8, collect metrics: declared as data — a list of name → function of the state (Mesa's
 * DataCollector style) — and collected after the other systems. Flows (per-day counts) read counters
 * the systems bumped as things happened; stocks read one census pass over the agents per day.
 */
import { SERVICES } from '../core/compile';
import { appealBacklog } from './appeals';
import { quantilesAroundPivot, quantilesInBands } from './quantile';
import { listedAgents, STATUS_LISTED, type SimState } from '../core/state';

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
  /**
   * Scratch for the scores the quantiles are selected from: those below `pivot` from the front,
   * those above it from the back (scores equal to it are only counted).
   */
  scores: Float64Array;
  /** The starting score: where a ledger's scores mostly are. */
  pivot: number;
  /**
   * Where yesterday's quantiles below and above the pivot fell, widened by bandWidth: [low from,
   * low to, high from, high to] (an empty band is +∞, −∞). A ledger's day stores only the scores
   * in these bands for its selection, and counts the others; a quantile outside its band makes the
   * day gather and select everything instead (the answer is the same either way).
   */
  bands: Float64Array;
  /** How far each band (below, above the pivot) reaches past the quantiles in it. */
  bandWidth: Float64Array;
  meanFear: number;
  listed: number;
  wrongful: number;
  sanctioned: number;
  grades: Float64Array;
  listedOn: Float64Array;
  /** Share of each district's residents who are listed. */
  listedShare: Float64Array;
  /** People living in each district (fixed for a run). */
  residents: Float64Array;
  /** Each definition's series, in definition order (found in s.series on the first day). */
  series: number[][] | null;
}

/** Take the day's census. */
export function takeCensus(s: SimState, out: Census): Census {
  const grades = out.grades;
  const listedOn = out.listedOn;
  const listedShare = out.listedShare;
  // Grade counts are kept as grades change (setGrade).
  grades.set(s.gradeCount);
  listedOn.fill(0);
  listedShare.fill(0);
  // Scores and grades of whoever the rules rate (compile: scored); fear and districts are people's.
  const first = s.compiled.scored === 'businesses' ? s.people : 0;
  const end = s.compiled.scored === 'businesses' ? s.agents : s.people;
  const scoreOf = s.score;
  const scratch = out.scores;
  const pivot = out.pivot;
  const n = end - first;
  let score = 0;
  for (let a = first; a < end; a++) score += scoreOf[a];
  // The quantiles are order statistics: the scores off the pivot may be gathered in any order.
  // A ledger keeps who is off its start score (= the pivot when offStart is kept).
  const off = s.offStart;
  if (off !== null && pivot === s.scenario.ruleset.scoring.start)
    offStartQuantiles(s, out, off.items, off.count, first, end);
  else {
    let less = 0;
    let back = n;
    for (let a = first; a < end; a++) {
      const v = scoreOf[a];
      if (v < pivot) scratch[less++] = v;
      else if (v !== pivot) scratch[--back] = v;
    }
    quantilesAroundPivot(scratch, n, less, n - back, pivot, SCORE_QUANTILES, out.scoreQuantiles);
  }
  // Everyone off s.fearful has fear 0, and adding 0 changes no sum: its people, ascending, give the
  // sum over everyone. Adapt's fading, the day's last change to fear, has added them up already.
  let fear = s.fearTotal;
  if (s.fearTotalDay !== s.day) {
    const fearOf = s.fear;
    const fearful = s.fearful.items;
    fear = 0;
    for (let k = 0; k < s.fearful.count; k++) fear += fearOf[fearful[k]];
  }
  const district = s.town.people.district;
  const lists = s.lists;
  let listed = 0;
  let wrongful = 0;
  const listedNow = listedAgents(s);
  for (let k = 0; k < listedNow.count; k++) {
    const a = listedNow.items[k];
    if (a < s.people) listedShare[district[a]]++;
    listed++;
    let isWrongful = false;
    for (let l = 0; l < lists.length; l++) {
      if (lists[l].status[a] !== STATUS_LISTED) continue;
      listedOn[l]++;
      if (lists[l].wrongful[a]) isWrongful = true;
    }
    if (isWrongful) wrongful++;
  }
  out.listed = listed;
  out.wrongful = wrongful;
  out.sanctioned = s.sanctioned;
  out.meanScore = end > first ? score / (end - first) : 0;
  out.meanFear = s.people > 0 ? fear / s.people : 0;
  const residents = out.residents;
  for (let d = 0; d < residents.length; d++)
    listedShare[d] = residents[d] > 0 ? listedShare[d] / residents[d] : 0;
  return out;
}

/**
 * A ledger's score quantiles: everyone in [first, end) not among the ascending `off` agents is
 * exactly at the pivot (the start score). Only the scores in yesterday's bands are stored (each is
 * written at both ends and kept where it belongs: no branch to mispredict), the others counted; when a
 * quantile falls outside its band, every score off the pivot is gathered instead. Sets
 * out.scoreQuantiles and tomorrow's bands.
 */
function offStartQuantiles(
  s: SimState,
  out: Census,
  off: Int32Array,
  count: number,
  first: number,
  end: number,
): void {
  const scoreOf = s.score;
  const scratch = out.scores;
  const pivot = out.pivot;
  const n = end - first;
  const bands = out.bands;
  const lowFrom = bands[0];
  const lowTo = bands[1];
  const highFrom = bands[2];
  const highTo = bands[3];
  let less = 0;
  let lowAbove = 0;
  let lowCount = 0;
  let greater = 0;
  let highBelow = 0;
  let back = n;
  let odd = 0;
  for (let k = 0; k < count; k++) {
    const a = off[k];
    if (a < first || a >= end) continue;
    const v = scoreOf[a];
    const low = +(v < pivot);
    // Above, as the full gathering puts it (NaN too: it is then gathered in full).
    const high = +(v !== pivot) ^ low;
    odd |= +(v !== v);
    less += low;
    scratch[lowCount] = v;
    lowCount += low & +(v >= lowFrom) & +(v <= lowTo);
    lowAbove += low & +(v > lowTo);
    greater += high;
    scratch[back - 1] = v;
    back -= high & +(v >= highFrom) & +(v <= highTo);
    highBelow += high & +(v < highFrom);
  }
  const quantiles = out.scoreQuantiles;
  const width = out.bandWidth;
  const highCount = n - back;
  const inBands =
    odd === 0 &&
    quantilesInBands(
      scratch,
      n,
      less,
      greater,
      less - lowAbove - lowCount,
      lowCount,
      n - greater + highBelow,
      highCount,
      pivot,
      SCORE_QUANTILES,
      quantiles,
    );
  if (inBands) {
    // Keep each band to a few hundred to a few thousand scores.
    if (lowFrom <= lowTo) width[0] = resized(width[0], lowCount);
    if (highFrom <= highTo) width[1] = resized(width[1], highCount);
  } else {
    less = 0;
    back = n;
    for (let k = 0; k < count; k++) {
      const a = off[k];
      if (a < first || a >= end) continue;
      const v = scoreOf[a];
      if (v < pivot) scratch[less++] = v;
      else if (v !== pivot) scratch[--back] = v;
    }
    quantilesAroundPivot(scratch, n, less, n - back, pivot, SCORE_QUANTILES, quantiles);
    width[0] = Math.min(MAX_BAND_WIDTH, width[0] * 4);
    width[1] = Math.min(MAX_BAND_WIDTH, width[1] * 4);
  }
  bands[0] = bands[2] = Infinity;
  bands[1] = bands[3] = -Infinity;
  for (let q = 0; q < quantiles.length; q++) {
    const v = quantiles[q];
    if (v < pivot) {
      bands[0] = Math.min(bands[0], v - width[0]);
      bands[1] = Math.max(bands[1], v + width[0]);
    } else if (v > pivot) {
      bands[2] = Math.min(bands[2], v - width[1]);
      bands[3] = Math.max(bands[3], v + width[1]);
    }
  }
}

/** The widest and narrowest a census band gets (a speed-up only: any width gives the same answer). */
const MAX_BAND_WIDTH = 2 ** 40;
const MIN_BAND_WIDTH = 2 ** -20;

/** A band's width for tomorrow, given how many scores it held today. */
function resized(width: number, held: number): number {
  if (held > 4096) return Math.max(MIN_BAND_WIDTH, width / 2);
  if (held < 256) return Math.min(MAX_BAND_WIDTH, width * 2);
  return width;
}

/** The percentiles reported of each day's scores (scoreP10, scoreMedian, scoreP90). */
const SCORE_QUANTILES = [0.1, 0.5, 0.9] as const;

/** A census sized for this state. */
export function newCensus(s: SimState): Census {
  const residents = new Float64Array(s.scenario.town.districts.length);
  for (let i = 0; i < s.people; i++) residents[s.town.people.district[i]]++;
  const scoring = s.scenario.ruleset.scoring;
  return {
    meanScore: 0,
    scoreQuantiles: new Float64Array(SCORE_QUANTILES.length),
    scores: new Float64Array(s.agents),
    pivot: Math.min(scoring.max, Math.max(scoring.min, scoring.start)),
    bands: Float64Array.from([Infinity, -Infinity, Infinity, -Infinity]),
    bandWidth: new Float64Array(2).fill(
      Math.min(MAX_BAND_WIDTH, Math.max(1, Math.abs(scoring.start)) / 1000),
    ),
    meanFear: 0,
    listed: 0,
    wrongful: 0,
    sanctioned: 0,
    grades: new Float64Array(s.compiled.grades.ids.length),
    listedOn: new Float64Array(s.compiled.lists.length),
    listedShare: new Float64Array(s.scenario.town.districts.length),
    residents,
    series: null,
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
  let all = census.series;
  if (all === null) {
    all = definitions.map((m) => {
      let series = s.series.get(m.name);
      if (!series) {
        series = [];
        s.series.set(m.name, series);
      }
      return series;
    });
    census.series = all;
  }
  for (let k = 0; k < definitions.length; k++) all[k].push(definitions[k].collect(s, census));
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
