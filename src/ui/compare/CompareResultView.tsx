/** One comparison's result: how it ran, charts of A and B over time, the figures, the people. */
import type { MetricSeries } from '../../engine/types';
import type { CompareResult } from '../../store/compareStore';
import { MetricChart, type ChartLine } from '../components/MetricChart';
import { messages } from '../strings';
import { ComparePeople } from './ComparePeople';
import { figureLabel, formatDifference, formatFigure, KEY_FIGURES } from './figures';

/** A solid blue line for A, a dashed vermillion line for B (Okabe–Ito, told apart without colour). */
const SIDE_STYLE: Record<'a' | 'b', { colour: string; dash?: number[] }> = {
  a: { colour: '#0072b2' },
  b: { colour: '#d55e00', dash: [6, 3] },
};

/** Daily metrics charted side by side, in this order. */
const CHARTED = [
  'listed',
  'wrongfulListings',
  'refusals',
  'meanScore',
  'speechActs',
  'harmfulActs',
] as const;

export function CompareResultView(props: {
  result: CompareResult;
  labels: { a: string; b: string };
}) {
  const { result, labels } = props;
  const { comparison } = result;
  const m = messages.compare;
  return (
    <>
      <p class="compare-meta">
        <span class="timing">{m.timing(result.ms)}</span>
        <span>{m.runFacts(comparison.people, comparison.seeds[0], comparison.days)}</span>
        {result.bRunAs === 'rules-on-a-town' && <span>{m.rulesOnATown}</span>}
      </p>
      <Headline result={result} labels={labels} />
      <section aria-labelledby="compare-charts-heading">
        <h3 class="small-heading" id="compare-charts-heading">
          {m.chartsHeading}
        </h3>
        <ul class="chart-key">
          {(['a', 'b'] as const).map((side) => (
            <li key={side}>
              <span class={`side-mark side-${side}`} aria-hidden="true" />
              {m.table.side(side.toUpperCase(), labels[side])}
            </li>
          ))}
        </ul>
        <div class="compare-charts">
          {CHARTED.filter((name) => comparison.daily.a[name] || comparison.daily.b[name]).map(
            (name) => (
              <MetricChart
                key={name}
                id={`compare-${name}`}
                title={m.charts[name].title}
                unit={m.charts[name].unit}
                days={comparison.days}
                height={130}
                lines={linesFor(name, comparison.daily, labels)}
              />
            ),
          )}
        </div>
      </section>
      <FigureTable result={result} labels={labels} />
      <ComparePeople result={result} labels={labels} />
    </>
  );
}

function linesFor(
  name: string,
  daily: { a: MetricSeries; b: MetricSeries },
  labels: { a: string; b: string },
): ChartLine[] {
  return (['a', 'b'] as const).flatMap((side) =>
    daily[side][name]
      ? [{ label: labels[side], ...SIDE_STYLE[side], values: daily[side][name] }]
      : [],
  );
}

/** The few differences that matter most, in one sentence each. */
function Headline(props: { result: CompareResult; labels: { a: string; b: string } }) {
  const { counts } = props.result.comparison;
  const m = messages.compare.headline;
  const lines = [
    m.listed(counts.listedOnlyA ?? 0, counts.listedOnlyB ?? 0),
    m.refused(
      (counts.flightRefusedOnlyA ?? 0) + (counts.trainRefusedOnlyA ?? 0),
      (counts.flightRefusedOnlyB ?? 0) + (counts.trainRefusedOnlyB ?? 0),
    ),
    m.school(counts.schoolRefusedOnlyA ?? 0, counts.schoolRefusedOnlyB ?? 0),
    m.changed(counts.agentsChanged ?? 0, props.result.comparison.people),
  ];
  return (
    <ul class="headline" aria-label={m.label}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function FigureTable(props: { result: CompareResult; labels: { a: string; b: string } }) {
  const { comparison, scenarios } = props.result;
  const m = messages.compare;
  const byName = new Map(comparison.summary.map((row) => [row.name, row]));
  const key = KEY_FIGURES.flatMap((name) => byName.get(name) ?? []);
  const rest = comparison.summary.filter((row) => !KEY_FIGURES.includes(row.name));
  const rows = (list: typeof comparison.summary) =>
    list.map((row) => (
      <tr key={row.name}>
        <th scope="row">{figureLabel(row.name, scenarios.a)}</th>
        <td>{formatFigure(row.a)}</td>
        <td>{formatFigure(row.b)}</td>
        <td class={diffClass(row.diff)}>{formatDifference(row.diff)}</td>
      </tr>
    ));
  const head = (
    <thead>
      <tr>
        <th scope="col">{m.table.figure}</th>
        <th scope="col">{m.table.side('A', props.labels.a)}</th>
        <th scope="col">{m.table.side('B', props.labels.b)}</th>
        <th scope="col">{m.table.difference}</th>
      </tr>
    </thead>
  );
  return (
    <section aria-labelledby="compare-table-heading">
      <h3 class="small-heading" id="compare-table-heading">
        {m.table.heading}
      </h3>
      <table class="figure-table">
        <caption class="visually-hidden">{m.table.caption}</caption>
        {head}
        <tbody>{rows(key)}</tbody>
      </table>
      {rest.length > 0 && (
        <details class="more-figures">
          <summary>{m.table.more(rest.length)}</summary>
          <table class="figure-table">
            <caption class="visually-hidden">{m.table.caption}</caption>
            {head}
            <tbody>{rows(rest)}</tbody>
          </table>
        </details>
      )}
    </section>
  );
}

function diffClass(diff: number | null): string {
  if (diff === null || Math.abs(diff) < 1e-9) return 'diff diff-none';
  return diff > 0 ? 'diff diff-up' : 'diff diff-down';
}
