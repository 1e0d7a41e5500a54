/**
 * Charts of the town over time. Series come from the engine's metric names; the panel re-reads
 * them at most a few times a second so a fast run does not spend its time redrawing charts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MetricSeries } from '../../engine/types';
import { cssColour, gradeColours } from '../../game/palette';
import { useApp } from '../appContext';
import { gradeName } from '../gradeName';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { MetricChart, type ChartLine } from './MetricChart';

const REDRAW_MS = 300;
/** Days averaged for the "starting level" of harmful acts. */
const BASELINE_DAYS = 30;

/** Okabe–Ito colours: distinct under the common colour-vision deficiencies. */
const LINE = {
  blue: '#0072b2',
  vermillion: '#d55e00',
  green: '#009e73',
  purple: '#cc79a7',
  orange: '#e69f00',
  sky: '#56b4e9',
  black: '#222222',
  grey: '#6b7580',
};

export function ChartsPanel() {
  const { stores } = useApp();
  const [, setTick] = useState(0);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const grades = scenario?.ruleset.scoring.grades ?? [];
  const ratesBusinesses = scenario?.town.businesses.rated;
  const metricNames = useStore(stores.town, (s) => s.metricNames);

  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const redraw = () => {
      timer = undefined;
      last = performance.now();
      setTick((t) => t + 1);
    };
    return stores.town.subscribe((s, prev) => {
      if (s.metricsVersion === prev.metricsVersion || timer !== undefined) return;
      timer = setTimeout(redraw, Math.max(0, REDRAW_MS - (performance.now() - last)));
    });
  }, [stores]);

  const { metrics } = stores.town.getState();
  const day = stores.clock.getState().day;
  const m = messages.charts;
  const names = new Set(metricNames);
  const line = (metric: string, colour: string, dash?: number[]): ChartLine[] =>
    names.has(metric)
      ? [{ label: m.series[metric] ?? metric, colour, dash, values: metrics[metric] ?? [] }]
      : [];
  const colours = gradeColours(grades.length);
  const gradeLines: ChartLine[] = grades.flatMap((grade, k) =>
    line(`grade_${grade.id}`, cssColour(colours[k])).map((l) => ({
      ...l,
      label: m.gradeSeries(gradeName(scenario, grade.id)),
    })),
  );

  if (day === 0) return <p class="empty">{m.noData}</p>;

  return (
    <div class="charts">
      <h2 class="panel-title">{m.heading}</h2>
      <MetricChart
        id="chart-score"
        {...(ratesBusinesses ? m.scoreBusinesses : m.score)}
        days={day}
        lines={[
          ...line('meanScore', LINE.blue),
          ...line('scoreMedian', LINE.black),
          ...line('scoreP10', LINE.grey, [4, 3]),
          ...line('scoreP90', LINE.grey, [4, 3]),
        ]}
      />
      <MetricChart
        id="chart-grades"
        {...(ratesBusinesses ? m.gradesBusinesses : m.grades)}
        days={day}
        lines={gradeLines}
      />
      <MetricChart
        id="chart-listed"
        {...m.listed}
        days={day}
        lines={[
          ...line('listed', LINE.black),
          ...line('wrongfulListings', LINE.vermillion, [6, 3]),
        ]}
      />
      <MetricChart
        id="chart-refusals"
        {...m.refusals}
        days={day}
        lines={[
          ...line('flightRefusals', LINE.blue),
          ...line('trainRefusals', LINE.orange, [6, 3]),
          ...line('schoolRefusals', LINE.purple, [2, 2]),
        ]}
      />
      <MetricChart
        id="chart-appeals"
        {...m.appeals}
        days={day}
        lines={[
          ...line('appealsFiled', LINE.blue),
          ...line('appealsGranted', LINE.green, [6, 3]),
          ...line('appealBacklog', LINE.vermillion, [2, 2]),
        ]}
      />
      <MetricChart
        id="chart-speech"
        {...m.speech}
        days={day}
        lines={line('speechActs', LINE.purple)}
      />
      <MetricChart
        id="chart-harm"
        {...m.harm}
        days={day}
        lines={harmLines(metrics, names, m.series)}
      />
    </div>
  );
}

function harmLines(
  metrics: MetricSeries,
  names: Set<string>,
  labels: Record<string, string>,
): ChartLine[] {
  if (!names.has('harmfulActs')) return [];
  const values = metrics.harmfulActs ?? [];
  const first = values.slice(0, BASELINE_DAYS);
  const baseline = first.length > 0 ? first.reduce((a, b) => a + b, 0) / first.length : NaN;
  return [
    { label: labels.harmfulActs, colour: LINE.vermillion, values },
    {
      label: labels.harmBaseline,
      colour: LINE.grey,
      dash: [6, 4],
      values: new Array<number>(values.length).fill(baseline),
    },
  ];
}
