/**
 * A comparison as text a teacher can read in a terminal: each key figure under A, under B and the
 * difference (mean ± sd over seeds when there are several), then the people whose fate differs,
 * grouped, with the deciding causes counted, and the first few people one by one.
 */
import type { Comparison, MetricSpread, PersonDifference, Spread } from '../engine/compare/compare';
import { divergenceText, type RunLabels } from '../text/report';
import { formatNumber, keyFigures } from '../export/keyFigures';

/** Figures the run table shows, with its labels; the compare table adds a few of its own. */
const RUN_FIGURES = new Map(keyFigures({}, 1, 0, 0).map((f) => [f.key, f]));

const EXTRA_LABELS: Record<string, string> = {
  totalHarmfulActs: 'Harmful acts (the stated target)',
  totalSpeechActs: 'Speech acts (posts, complaints)',
  totalCivicActs: 'Civic acts (volunteering, giving blood, …)',
  finalSanctioned: 'Under a sanction at the end',
  finalMeanFear: 'Mean fear at the end (0–1)',
};

interface Row {
  key: string;
  label: string;
  percent: boolean;
}

/** The figures shown, in order: the run's key figures, acts and fear, then each grade and list. */
function rows(names: readonly string[]): Row[] {
  const known = new Set(names);
  const out: Row[] = [];
  for (const [key, figure] of RUN_FIGURES)
    if (known.has(key)) out.push({ key, label: figure.label, percent: figure.percent === true });
  for (const [key, label] of Object.entries(EXTRA_LABELS))
    if (known.has(key)) out.push({ key, label, percent: false });
  for (const name of names) {
    const grade = /^finalGrade_(.+)$/.exec(name);
    const list = /^finalListed_(.+)$/.exec(name);
    if (grade) out.push({ key: name, label: `In grade ${grade[1]} at the end`, percent: false });
    if (list) out.push({ key: name, label: `On list ${list[1]} at the end`, percent: false });
  }
  return out;
}

/** A figure (a difference: signed); shares as percentages, their differences in percentage points. */
function value(v: number | null, percent: boolean, difference = false): string {
  if (v === null) return '—';
  const text = percent
    ? `${(Math.round(v * 1000) / 10).toFixed(1)}${difference ? ' pp' : '%'}`
    : formatNumber(v);
  return difference && v > 0 ? `+${text}` : text;
}

function spread(s: Spread | null, percent: boolean, difference = false): string {
  if (s === null) return '—';
  const sd = value(s.sd, percent, difference).replace(/^\+/, '');
  return `${value(s.mean, percent, difference)} ± ${sd}`;
}

function range(s: Spread | null, percent: boolean): string {
  return s === null ? '' : `${value(s.min, percent, true)} … ${value(s.max, percent, true)}`;
}

/** Columns aligned as `align` says, one letter per column: l (left) or r (right, the default). */
function table(header: string[], body: string[][], align = 'l'): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const cell = (c: string, i: number) =>
    (align[i] ?? 'r') === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]);
  const line = (cells: string[]) => `  ${cells.map(cell).join('  ')}`.trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}

/** The metric table: one seed, or mean ± sd over seeds with the range of the difference. */
export function formatMetricTable(c: Comparison): string {
  const shown = rows(c.summary.map((m) => m.name));
  if (c.seeds.length === 1) {
    const byName = new Map(c.summary.map((m) => [m.name, m]));
    const body = shown.map((r) => {
      const m = byName.get(r.key);
      return [
        r.label,
        value(m?.a ?? null, r.percent),
        value(m?.b ?? null, r.percent),
        value(m?.diff ?? null, r.percent, true),
      ];
    });
    return table(['Figure', 'A', 'B', 'B − A'], body);
  }
  const byName = new Map<string, MetricSpread>(c.acrossSeeds.summary.map((m) => [m.name, m]));
  const body = shown.map((r) => {
    const m = byName.get(r.key);
    return [
      r.label,
      spread(m?.a ?? null, r.percent),
      spread(m?.b ?? null, r.percent),
      spread(m?.diff ?? null, r.percent, true),
      range(m?.diff ?? null, r.percent),
    ];
  });
  return table(
    ['Figure (mean ± sd)', 'A', 'B', 'B − A', `B − A, min … max over ${c.seeds.length} seeds`],
    body,
  );
}

/** "listed on defaulters", "refused a flight" — what differs, in words. */
function describeWhat(d: Pick<PersonDifference, 'what' | 'detail'>): string {
  if (d.what === 'listed') return `listed on ${d.detail}`;
  return d.detail === 'school' ? 'refused a school place' : `refused a ${d.detail} ticket`;
}

/** "rule traffic", "list defaulters", "fear (adaptation)": the deciding cause, for counting. */
function causeName(d: PersonDifference): string {
  const cause = d.cause?.through?.cause ?? d.cause;
  if (!cause) return 'not recorded';
  if (cause.kind === 'behaviour') return 'fear changed behaviour (adaptation)';
  if (cause.kind === 'scoring') return 'scoring settings';
  const through = d.cause?.through ? ' (through family)' : '';
  return `${cause.kind} ${cause.id}${through}`.trim();
}

/** Groups of differences with their sizes and deciding causes, then the first `top` one by one. */
export function formatPeople(c: Comparison, top: number, labels: RunLabels): string {
  const lines: string[] = [];
  const changed = c.counts.agentsChanged;
  lines.push(
    `People whose fate differs (seed ${c.seeds[0]}): ${formatNumber(c.differences.length)} difference${c.differences.length === 1 ? '' : 's'}; ` +
      `${formatNumber(changed)} of ${formatNumber(c.people + c.businesses)} people and businesses have any entry or score that differs.`,
  );
  if (c.differences.length === 0) {
    lines.push('  No one was listed, refused travel or refused a school place under one only.');
    return lines.join('\n');
  }
  const groups = new Map<string, PersonDifference[]>();
  for (const d of c.differences) {
    const key = `${describeWhat(d)} under ${d.only.toUpperCase()} only`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const body = [...groups].map(([label, members]) => {
    const causes = new Map<string, number>();
    for (const d of members) causes.set(causeName(d), (causes.get(causeName(d)) ?? 0) + 1);
    const ranked = [...causes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    return [
      label.charAt(0).toUpperCase() + label.slice(1),
      formatNumber(members.length),
      ranked.map(([name, n]) => `${name} (${n})`).join(', '),
    ];
  });
  lines.push(table(['Difference', 'Count', 'Deciding cause (count)'], body, 'lrl'));

  const shown = c.differences.slice(0, top);
  lines.push(
    '',
    `The first ${shown.length} of ${c.differences.length}, each with what decided it:`,
  );
  for (const d of shown) {
    lines.push(`  ${d.agent} ${d.name}: ${describeWhat(d)} under ${d.only.toUpperCase()} only`);
    if (!d.cause) lines.push('      (no dossier recorded)');
    else {
      lines.push(`      ${divergenceText(d.cause, labels)}`);
      if (d.cause.through) {
        const { agent, cause } = d.cause.through;
        lines.push(`      through ${agent}: ${divergenceText(cause, labels)}`);
      }
    }
  }
  return lines.join('\n');
}

/** Mean ± sd of each count of differing people over the seeds. */
export function formatCountSpreads(c: Comparison): string {
  const labels: Record<string, string> = {
    listedOnlyA: 'Listed under A only',
    listedOnlyB: 'Listed under B only',
    agentsChanged: 'Any entry or score differs',
  };
  const body = c.acrossSeeds.counts.map(({ name, spread: s }) => {
    const refused = /^(\w+)RefusedOnly([AB])$/.exec(name);
    const label =
      labels[name] ??
      (refused
        ? `${describeWhat({ what: 'refused', detail: refused[1] }).replace(/^r/, 'R')} under ${refused[2]} only`
        : name);
    return [label, `${value(s.mean, false)} ± ${value(s.sd, false)}`, `${s.min} … ${s.max}`];
  });
  return table(
    [`People and businesses (over ${c.seeds.length} seeds)`, 'mean ± sd', 'min … max'],
    body,
  );
}
