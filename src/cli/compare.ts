/**
 * `compare A B`: runs two rule sets on A's town with the same seeds (common random numbers) and
 * prints each key figure under A, B and the difference, then the people whose fate differs with
 * the rule, list or consequence that decided it. B is a rules-only file, a scenario whose rules are
 * taken, or (`--variant ID`) one of A's own variants.
 */
import { compareRuns, withVariant, type Comparison } from '../engine/compare/compare';
import type { Scenario } from '../engine/types';
import { scenarioHash } from '../scenario/hash';
import { formatIssue } from '../scenario/issue';
import { loadRulesFor } from '../scenario/ruleset';
import { closestMatch } from '../scenario/suggest';
import {
  EXIT,
  integerOption,
  parseCommandArgs,
  UsageError,
  type CliIo,
  type Command,
} from './command';
import { behaviourLabels, reportComparison, type RunLabels } from '../text/report';
import { formatCountSpreads, formatMetricTable, formatPeople } from './compareTable';
import { formatNumber } from '../export/keyFigures';
import { reportJson } from './report';
import { daysHelp, firstSeed, readDays, readSeed } from './runOptions';
import { printIssues, readScenarioFile, readScenarioText } from './scenarioFile';
import { createRunsProgress } from './runsProgress';
import { ledgertownVersion } from './version';
import { checkOutputPaths, writeFileAtomic } from './writeFileAtomic';

const MAX_SEEDS = 100;

/** What B is, for the output and the report. */
interface SideB {
  scenario: Scenario;
  from: 'ruleset' | 'scenario' | 'variant';
  file?: string;
  id: string;
  title: string;
  /** Hash of what B was read from: the rules-only file, B's scenario, or A (for a variant). */
  hash: string;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: "compare two rule sets on A's town and seeds: figures, and who fared differently, why",
  usage:
    'compare A.yaml (B.yaml | --variant ID) [--seed N] [--seeds K] [--days N] [--top N] [--out diff.json]',
  description:
    "Runs A and B on A's town with the same seed, so the same people make the same choices until\n" +
    'the rules change what happens to them. Prints each key figure under A, B and B − A, then the\n' +
    'people listed, refused travel or refused a school place under one rule set only, each with the\n' +
    'rule, list or consequence that decided it: the first difference between their two dossiers\n' +
    'among the entries that can lead to it.\n' +
    "B can be a rules-only file (kind: ruleset), or a scenario whose rules run on A's town (its own\n" +
    "town is not used), or --variant ID for one of A's variants. With --seeds K the comparison is\n" +
    'repeated on seeds N … N+K−1 and the figures show mean ± sd, so one lucky seed cannot mislead.',
  options: [
    { flag: '--variant ID', text: 'compare A with its own variant ID (instead of B)' },
    { flag: '--seed N', text: "first random seed (default: A's seed)" },
    { flag: '--seeds K', text: `repeat over K seeds, 1 to ${MAX_SEEDS} (default 1)` },
    daysHelp("A's"),
    { flag: '--top N', text: 'people listed one by one (default 20; the groups count them all)' },
    { flag: '--out FILE', text: 'write the comparison as JSON to FILE' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      variant: { type: 'string' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      days: { type: 'string' },
      top: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('compare needs a scenario file A');
    if (positionals.length > 2)
      throw new UsageError(`compare takes A and B, found ${positionals.length} files`);
    const [fileA, fileB] = positionals;
    if (fileB === undefined && values.variant === undefined)
      throw new UsageError('compare needs B (a file) or --variant ID');
    if (fileB !== undefined && values.variant !== undefined)
      throw new UsageError('give either B or --variant ID, not both');
    const seedOption = readSeed(values.seed);
    const seeds = integerOption(values.seeds, 'seeds', 1, MAX_SEEDS) ?? 1;
    const daysOption = readDays(values.days);
    const top = integerOption(values.top, 'top', 0, 100_000) ?? 20;
    if (values.out !== undefined)
      checkOutputPaths([{ flag: '--out', path: values.out }], positionals);

    const loadedA = readScenarioFile(fileA, io.err);
    if (!loadedA) return EXIT.invalidInput;
    const a = loadedA.scenario;
    const b =
      fileB === undefined
        ? variantSide(a, loadedA.hash, values.variant as string)
        : readSideB(a, fileB, io);
    if (!b) return EXIT.invalidInput;
    const seed = firstSeed(seedOption, seeds, a.seed);
    const days = daysOption ?? a.days;

    const progress = createRunsProgress(io, 2 * seeds);
    const comparison = compareRuns(a, b.scenario, {
      seed,
      days,
      seeds,
      onProgress: (done) => progress.update(done),
    });
    progress.finish();

    const labels: RunLabels = { a: behaviourLabels(a), b: behaviourLabels(b.scenario) };
    if (values.out !== undefined)
      writeFileAtomic(
        values.out,
        reportJson(buildCompareReport(fileA, loadedA.hash, a, b, comparison, labels)),
      );
    io.out(formatCompare(a, loadedA.hash, b, comparison, top, labels));
    if (values.out !== undefined) io.out(`\nComparison: ${values.out}\n`);
    return EXIT.ok;
  },
};

function variantSide(a: Scenario, hashA: string, id: string): SideB | undefined {
  const scenario = withVariant(a, id);
  if (!scenario) {
    const ids = a.variants.map((v) => v.id);
    const guess = closestMatch(id, ids);
    throw new UsageError(
      ids.length === 0
        ? `--variant ${id}: scenario "${a.id}" has no variants`
        : `--variant ${id}: no such variant in "${a.id}"${guess ? ` (did you mean "${guess}"?)` : ''}; its variants: ${ids.join(', ')}`,
    );
  }
  const variant = a.variants.find((v) => v.id === id) as Scenario['variants'][number];
  return { scenario, from: 'variant', id: variant.id, title: variant.title, hash: hashA };
}

/** Reads B (rules-only or a scenario) and applies its rules to A's town; prints problems to stderr. */
function readSideB(a: Scenario, file: string, io: CliIo): SideB | undefined {
  const text = readScenarioText(file, io.err);
  if (text === undefined) return undefined;
  const result = loadRulesFor(a, text, file);
  if (!result.ok) return printIssues(result.errors, io.err);
  for (const issue of result.warnings) io.err(`${formatIssue(issue)} (warning)\n`);
  const { scenario, from, id, title, hash } = result;
  return { scenario, from, file, id, title, hash };
}

function describeB(b: SideB, a: Scenario): string {
  if (b.from === 'variant') return `variant ${b.id} of ${a.id} — ${b.title}`;
  if (b.from === 'ruleset')
    return `rule set ${b.id} — ${b.title} (rules-only file ${b.file}, on A's town)`;
  return `the rules of scenario ${b.id} — ${b.title} (${b.file}), run on A's town: B's own town, behaviours and surveillance are not used`;
}

function formatCompare(
  a: Scenario,
  hashA: string,
  b: SideB,
  c: Comparison,
  top: number,
  labels: RunLabels,
): string {
  const seeds =
    c.seeds.length === 1
      ? `seed ${c.seeds[0]}`
      : `seeds ${c.seeds[0]}–${c.seeds[c.seeds.length - 1]}`;
  const parts = [
    `A: ${a.id} — ${a.title} (hash ${hashA})`,
    `B: ${describeB(b, a)}${b.from === 'variant' ? '' : ` (hash ${b.hash})`}`,
    `${seeds} · ${formatNumber(c.days)} days · ${formatNumber(c.people)} people, ${formatNumber(c.businesses)} businesses · ledgertown ${ledgertownVersion()}`,
    '',
    formatMetricTable(c),
    '',
    formatPeople(c, top, labels),
  ];
  if (c.seeds.length > 1) parts.push('', formatCountSpreads(c));
  return `${parts.join('\n')}\n`;
}

/** The JSON report: stamped with the version, the seeds, both sides' ids and hashes, and the comparison. */
function buildCompareReport(
  fileA: string,
  hashA: string,
  a: Scenario,
  b: SideB,
  comparison: Comparison,
  labels: RunLabels,
) {
  return {
    version: ledgertownVersion(),
    command: 'compare',
    a: { file: fileA, id: a.id, title: a.title, hash: hashA },
    b: {
      from: b.from,
      ...(b.file !== undefined ? { file: b.file } : {}),
      id: b.id,
      title: b.title,
      hash: b.hash,
      // What actually ran as B: A's town with B's rules.
      runHash: scenarioHash(b.scenario),
    },
    seed: comparison.seeds[0],
    seeds: comparison.seeds,
    days: comparison.days,
    comparison: reportComparison(comparison, labels),
  };
}
