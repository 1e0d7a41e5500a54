/**
 * The target metric day by day under the scenario's own rules and under the plan, as a 30-day mean
 * (daily counts of a small town are noisy, and a month is what the targets compare). A small SVG: nothing to load, crisp in print, and its
 * label says in words what the lines show.
 */
import { messages } from '../strings';

const WIDTH = 600;
const HEIGHT = 200;
const PAD = { left: 44, right: 12, top: 12, bottom: 26 };
const WINDOW = 30;

/** The mean of each day's trailing window (shorter at the start). */
export function trailingMean(values: readonly number[], window = WINDOW): number[] {
  let sum = 0;
  return values.map((value, i) => {
    sum += value;
    if (i >= window) sum -= values[i - window];
    return sum / Math.min(i + 1, window);
  });
}

export function PlanChart(props: { baseline: number[]; plan: number[]; metric: string }) {
  const m = messages.roles.chart;
  const baseline = trailingMean(props.baseline);
  const plan = trailingMean(props.plan);
  const days = Math.max(baseline.length, plan.length);
  const top = Math.max(1e-9, ...baseline, ...plan) * 1.1;
  const x = (i: number) =>
    PAD.left + (days <= 1 ? 0 : (i / (days - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (v: number) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (values: number[]) =>
    values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const ticks = [0, 0.5, 1].map((share) => share * (top / 1.1));
  const dayTicks = [1, ...[90, 180, 270].filter((d) => d < days), days];
  const first = (values: number[]) => values[Math.min(values.length - 1, WINDOW - 1)] ?? 0;
  const last = (values: number[]) => values[values.length - 1] ?? 0;
  const summary = m.summary(props.metric, first(baseline), last(baseline), first(plan), last(plan));
  return (
    <figure class="role-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks.map((value) => (
          <g key={value}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(value)}
              y2={y(value)}
              class="role-chart-grid"
            />
            <text x={PAD.left - 6} y={y(value) + 4} text-anchor="end" class="role-chart-tick">
              {m.number(value)}
            </text>
          </g>
        ))}
        {dayTicks.map((day) => (
          <text
            key={day}
            x={x(day - 1)}
            y={HEIGHT - 8}
            text-anchor="middle"
            class="role-chart-tick"
          >
            {day}
          </text>
        ))}
        {/* The baseline dashed over the plan: where they coincide, both still show. */}
        <polyline points={line(plan)} class="role-chart-plan" />
        <polyline points={line(baseline)} class="role-chart-baseline" />
      </svg>
      <figcaption>
        <span class="role-chart-key key-baseline">{m.baseline}</span>
        <span class="role-chart-key key-plan">{m.plan}</span>
        <span class="muted small">{m.axis}</span>
      </figcaption>
    </figure>
  );
}
