/**
 * One chart over time, drawn by uPlot (a small, fast canvas chart library). The figure carries a
 * title with its unit, a text summary of the latest values for screen readers, and a button that
 * shows the same data as a table (chartTable.ts) for anyone who cannot read the picture.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { intlLocale, messages } from '../strings';
import { chartTable, formatTableValue } from './chartTable';

export interface ChartLine {
  label: string;
  colour: string;
  dash?: number[];
  /** Values by day index (day 1 first); may be shorter than the x axis. */
  values: ArrayLike<number>;
}

export interface MetricChartProps {
  id: string;
  title: string;
  unit: string;
  days: number;
  lines: ChartLine[];
  height?: number;
}

export function MetricChart(props: MetricChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [tableShown, setTableShown] = useState(false);
  const shape = props.lines
    .map((line) => `${line.label}|${line.colour}|${line.dash ?? ''}`)
    .join(',');
  const height = props.height ?? 150;

  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const instance = new uPlot(
      {
        width: Math.max(200, element.clientWidth),
        height,
        scales: { x: { time: false }, y: { range: yRange } },
        // Labels only: live values under every chart read as a debugging aid, not a legend.
        legend: { show: props.lines.length > 1, live: false },
        cursor: { drag: { x: false, y: false } },
        axes: [
          {
            label: messages.charts.axisDay,
            size: 34,
            labelSize: 16,
            font: '11px system-ui',
            labelFont: '11px system-ui',
            stroke: '#52606d',
            grid: { stroke: '#ebe7df' },
            ticks: { stroke: '#d5cfc3' },
            incrs: DAY_STEPS,
          },
          {
            size: 58,
            values: (_u: uPlot, splits: number[]) => splits.map(formatTick),
            font: '11px system-ui',
            stroke: '#52606d',
            grid: { stroke: '#ebe7df' },
            ticks: { stroke: '#d5cfc3' },
          },
        ],
        series: [
          { label: messages.charts.axisDay },
          ...props.lines.map((line) => ({
            label: line.label,
            stroke: line.colour,
            width: 2,
            dash: line.dash,
            points: { show: false },
          })),
        ],
      },
      toData(props.days, props.lines),
      element,
    );
    plot.current = instance;
    const observer = new ResizeObserver(() => {
      instance.setSize({ width: Math.max(200, element.clientWidth), height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.destroy();
      plot.current = null;
    };
    // The chart is rebuilt only when its lines change; data flows through setData below.
  }, [shape, height]);

  useEffect(() => {
    plot.current?.setData(toData(props.days, props.lines));
  });

  const summary = props.lines
    .map((line) => {
      const last = line.values.length > 0 ? line.values[line.values.length - 1] : undefined;
      return `${line.label}: ${last === undefined ? '—' : formatValue(last)}`;
    })
    .join('; ');

  const m = messages.charts.table;
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>
        <span class="chart-title">{props.title}</span>
        <span class="chart-unit">{props.unit}</span>
      </figcaption>
      <div
        ref={host}
        class="chart-plot"
        role="img"
        aria-label={`${props.title} (${props.unit}). ${summary}`}
      />
      <div class="chart-tools">
        <button
          type="button"
          class="button button-quiet chart-table-toggle"
          aria-expanded={tableShown}
          aria-controls={`${props.id}-table`}
          onClick={() => setTableShown(!tableShown)}
        >
          {tableShown ? m.hide : m.show}
        </button>
      </div>
      <div id={`${props.id}-table`} hidden={!tableShown}>
        {tableShown && <ChartDataTable {...props} />}
      </div>
    </figure>
  );
}

/** The chart's numbers as a table: sampled days down, one column per line. */
function ChartDataTable(props: MetricChartProps) {
  const { step, rows } = chartTable(props.days, props.lines);
  const captionId = `${props.id}-table-caption`;
  return (
    // Scrolls inside the panel; focusable so the keyboard can scroll it too.
    <div class="chart-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="chart-table">
        <caption id={captionId}>
          {messages.charts.table.caption(props.title, props.unit, step, props.days)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{messages.charts.axisDay}</th>
            {props.lines.map((line) => (
              <th scope="col" key={line.label}>
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.day}>
              <th scope="row">{row.day.toLocaleString(intlLocale)}</th>
              {row.values.map((value, k) => (
                <td key={props.lines[k].label}>{formatTableValue(value, intlLocale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whole-day tick steps on the day axis. */
const DAY_STEPS = [1, 2, 5, 10, 20, 30, 50, 100, 200, 365, 500, 730, 1000];

/** A flat series gets a narrow band around its value, not 0 to twice the value. */
function yRange(_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax {
  if (min === null || max === null) return [0, 1];
  if (min === max) {
    const pad = Math.max(1, Math.abs(min) * 0.02);
    return [min - pad, max + pad];
  }
  const pad = (max - min) * 0.08;
  return [min >= 0 && min - pad < 0 ? 0 : min - pad, max + pad];
}

function toData(days: number, lines: ChartLine[]): uPlot.AlignedData {
  const x = new Float64Array(days);
  for (let i = 0; i < days; i++) x[i] = i + 1;
  const ys = lines.map((line) => {
    const y = new Array<number | null>(days);
    for (let i = 0; i < days; i++) {
      const v = i < line.values.length ? line.values[i] : NaN;
      y[i] = Number.isFinite(v) ? v : null;
    }
    return y;
  });
  return [x, ...ys] as uPlot.AlignedData;
}

/** Axis numbers: thousands separated, at most two decimals. */
function formatTick(value: number): string {
  return value.toLocaleString(intlLocale, {
    maximumFractionDigits: Math.abs(value) >= 100 ? 1 : 2,
  });
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString(intlLocale) : value.toFixed(1);
}
