/**
 * The class screen's charts, plain SVG (no chart library: a few hundred marks at most), each with
 * its words in `aria-label` and a table behind it (ChartTable) holding the same numbers.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { QuestionFigures, RoleFigures, Summary } from '../../export/classResults';
import { intlLocale, messages } from '../strings';

const W = 640;

export const fmt = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toLocaleString(intlLocale, { maximumFractionDigits: digits });

/** A chart's table, shown on demand (and always to screen readers through the chart's label). */
export function ChartTable({ children, id }: { children: ComponentChildren; id: string }) {
  const [open, setOpen] = useState(false);
  const m = messages.classResults.view;
  return (
    <div class="class-table">
      <button
        type="button"
        class="chart-table-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? m.tableHide : m.table}
      </button>
      <div id={id} class="chart-table-wrap" hidden={!open}>
        {children}
      </div>
    </div>
  );
}

/** Many dots as one path (one element, not one per student: 200 students draw fast). */
function dotsPath(points: readonly { x: number; y: number }[], r = 3): string {
  return points
    .map(
      (p) =>
        `M${(p.x - r).toFixed(1)} ${p.y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
    )
    .join('');
}

function scale(lo: number, hi: number, left: number, right: number) {
  const span = hi - lo || Math.abs(hi) || 1;
  const from = hi - lo === 0 ? lo - span / 2 : lo;
  const to = hi - lo === 0 ? hi + span / 2 : hi;
  return (v: number) => left + ((v - from) / (to - from)) * (right - left);
}

/** Number question: dots of predictions, the seeds' range as a band with its median, runs as ticks. */
export function NumberChart({ q, label }: { q: QuestionFigures; label: string }) {
  const values = [
    ...q.predictionValues,
    ...[q.spread?.min, q.spread?.max, q.observed.min, q.observed.max].filter(
      (v): v is number => typeof v === 'number',
    ),
  ];
  if (values.length === 0) return null;
  const x = scale(Math.min(...values), Math.max(...values), 30, W - 30);
  const stacks = new Map<number, number>();
  const dots = q.predictionValues.map((v) => {
    const px = Math.round(x(v) / 6) * 6;
    const level = stacks.get(px) ?? 0;
    stacks.set(px, level + 1);
    return { cx: px, cy: 70 - level * 7 };
  });
  const top = Math.min(20, ...dots.map((d) => d.cy - 8));
  const s = q.spread;
  return (
    <svg
      class="class-chart"
      viewBox={`0 ${top} ${W} ${110 - top}`}
      role="img"
      aria-label={messages.classResults.view.numberChart(label)}
    >
      {s && s.min !== null && s.max !== null && (
        <rect
          class="class-band"
          x={x(s.min)}
          y={top}
          width={Math.max(2, x(s.max) - x(s.min))}
          height={90 - top}
        />
      )}
      {s && s.median !== null && (
        <line class="class-median" x1={x(s.median)} x2={x(s.median)} y1={top} y2={90} />
      )}
      <line class="class-axis" x1={30} x2={W - 30} y1={78} y2={78} />
      <path class="class-dot" d={dotsPath(dots.map((d) => ({ x: d.cx, y: d.cy })))} />
      {q.observed.min !== null && q.observed.max !== null && (
        <line
          class="class-observed"
          x1={x(q.observed.min)}
          x2={x(q.observed.max)}
          y1={86}
          y2={86}
        />
      )}
      <text class="class-tick" x={30} y={104}>
        {fmt(Math.min(...values))}
      </text>
      <text class="class-tick" x={W - 30} y={104} text-anchor="end">
        {fmt(Math.max(...values))}
      </text>
    </svg>
  );
}

/** Bars side by side: per option, the class's count and the runs' count. */
export function CountsChart({
  rows,
  label,
}: {
  rows: { label: string; a: number; b?: number }[];
  label: string;
}) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.a, r.b ?? 0]));
  const rowH = rows.some((r) => r.b !== undefined) ? 30 : 20;
  const left = 200;
  const bar = (v: number) => ((W - left - 40) * v) / max;
  return (
    <svg
      class="class-chart"
      viewBox={`0 0 ${W} ${rows.length * rowH + 6}`}
      role="img"
      aria-label={label}
    >
      {rows.map((r, i) => (
        <g key={r.label} transform={`translate(0 ${i * rowH + 3})`}>
          <text class="class-row-label" x={left - 8} y={rowH / 2 + 4} text-anchor="end">
            {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
          </text>
          <rect
            class="class-bar-a"
            x={left}
            y={2}
            width={bar(r.a)}
            height={r.b === undefined ? rowH - 6 : 11}
          />
          <text
            class="class-value"
            x={left + bar(r.a) + 4}
            y={r.b === undefined ? rowH / 2 + 3 : 11}
          >
            {fmt(r.a)}
          </text>
          {r.b !== undefined && (
            <>
              <rect class="class-bar-b" x={left} y={15} width={bar(r.b)} height={11} />
              <text class="class-value" x={left + bar(r.b) + 4} y={25}>
                {fmt(r.b)}
              </text>
            </>
          )}
        </g>
      ))}
    </svg>
  );
}

/** First move → ending: bands whose width is the number of students. */
export function FlowChart({
  role,
  choiceLabel,
  endingLabel,
  label,
}: {
  role: RoleFigures;
  choiceLabel: (id: string) => string;
  endingLabel: (id: string) => string;
  label: string;
}) {
  const firsts = [...new Set(role.flows.map((f) => f.first))];
  const endings = [...new Set(role.flows.map((f) => f.ending))];
  const total = role.students;
  const H = Math.max(firsts.length, endings.length) * 44 + 20;
  const unit = (H - 20 - 8 * Math.max(firsts.length, endings.length)) / total;
  const place = (ids: string[], key: 'first' | 'ending') => {
    const at = new Map<string, { y: number; h: number }>();
    let y = 10;
    for (const id of ids) {
      const h = role.flows.filter((f) => f[key] === id).reduce((n, f) => n + f.students, 0) * unit;
      at.set(id, { y, h });
      y += h + 8;
    }
    return at;
  };
  const left = place(firsts, 'first');
  const right = place(endings, 'ending');
  const usedL = new Map<string, number>();
  const usedR = new Map<string, number>();
  const x0 = 210;
  const x1 = W - 190;
  return (
    <svg class="class-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {role.flows.map((f) => {
        const l = left.get(f.first)!;
        const r = right.get(f.ending)!;
        const h = f.students * unit;
        const yl = l.y + (usedL.get(f.first) ?? 0) + h / 2;
        const yr = r.y + (usedR.get(f.ending) ?? 0) + h / 2;
        usedL.set(f.first, (usedL.get(f.first) ?? 0) + h);
        usedR.set(f.ending, (usedR.get(f.ending) ?? 0) + h);
        const mid = (x0 + x1) / 2;
        return (
          <path
            key={`${f.first}>${f.ending}`}
            class={`class-flow class-flow-${f.ending}`}
            d={`M${x0},${yl} C${mid},${yl} ${mid},${yr} ${x1},${yr}`}
            stroke-width={Math.max(1.5, h)}
          />
        );
      })}
      {firsts.map((id) => {
        const p = left.get(id)!;
        const text = choiceLabel(id);
        return (
          <g key={`l${id}`}>
            <rect class="class-node" x={x0 - 6} y={p.y} width={6} height={Math.max(2, p.h)} />
            <text class="class-row-label" x={x0 - 10} y={p.y + p.h / 2 + 4} text-anchor="end">
              {text.length > 28 ? `${text.slice(0, 27)}…` : text}
            </text>
          </g>
        );
      })}
      {endings.map((id) => {
        const p = right.get(id)!;
        return (
          <g key={`r${id}`}>
            <rect class="class-node" x={x1} y={p.y} width={6} height={Math.max(2, p.h)} />
            <text class="class-row-label" x={x1 + 10} y={p.y + p.h / 2 + 4}>
              {endingLabel(id)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Each figure on its own row, each student's run a dot, the median a tick. */
export function FiguresChart({
  rows,
  label,
}: {
  rows: { label: string; values: (number | null)[]; summary: Summary }[];
  label: string;
}) {
  const rowH = 26;
  const left = 250;
  return (
    <svg
      class="class-chart"
      viewBox={`0 0 ${W} ${rows.length * rowH + 6}`}
      role="img"
      aria-label={label}
    >
      {rows.map((r, i) => {
        const { min, max, median } = r.summary;
        const x = scale(min ?? 0, max ?? 1, left, W - 70);
        return (
          <g key={r.label} transform={`translate(0 ${i * rowH + 3})`}>
            <text class="class-row-label" x={left - 10} y={rowH / 2 + 4} text-anchor="end">
              {r.label.length > 36 ? `${r.label.slice(0, 35)}…` : r.label}
            </text>
            <line class="class-axis" x1={left} x2={W - 70} y1={rowH / 2} y2={rowH / 2} />
            <path
              class="class-dot"
              d={dotsPath(r.values.flatMap((v) => (v === null ? [] : [{ x: x(v), y: rowH / 2 }])))}
            />
            {median !== null && (
              <line class="class-median" x1={x(median)} x2={x(median)} y1={3} y2={rowH - 3} />
            )}
            <text class="class-value" x={W - 64} y={rowH / 2 + 4}>
              {fmt(median)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
