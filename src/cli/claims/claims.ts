/**
 * `claims FILE... [--seeds N] [--jobs N]`: runs every claim of each scenario across seeds on worker
 * threads and prints each claim's median, range and verdict; exit 1 when one fails, naming it.
 */
import { availableParallelism } from 'node:os';
import {
  claimRequests,
  claimRunSeeds,
  figureProblems,
  judgeClaims,
} from '../../engine/claims/figures';
import { formatFigure, formatRange, type ClaimVerdict } from '../../scenario/claims/claimStats';
import { formatIssue } from '../../scenario/issue';
import { loadScenario, toIssue } from '../../scenario/load';
import type { Scenario } from '../../scenario/schema';
import { parseScenarioSource } from '../../scenario/yamlSource';
import {
  EXIT,
  InputError,
  integerOption,
  parseCommandArgs,
  UsageError,
  type Command,
} from '../command';
import { createRunsProgress } from '../runsProgress';
import { printIssues, readScenarioText } from '../scenarioFile';
import { runClaimTasks } from './pool';
import type { ClaimTask } from './worker';

const MAX_SEEDS = 200;

interface ClaimFile {
  file: string;
  text: string;
  scenario: Scenario;
}

export const claimsCommand: Command = {
  name: 'claims',
  summary: "test each scenario's claims across seeds: median, range and verdict",
  usage: 'claims FILE... [--seeds N] [--jobs N]',
  description:
    'Runs each scenario on its own seed and the seeds after it (as many as each claim asks for,\n' +
    "or N with --seeds), on worker threads, and reads every claim's metric from every run. Prints\n" +
    "each claim's expected range, the median and range of what the runs gave, and its verdict: a\n" +
    'claim passes when the median lies within its range. Exits 1 when a claim fails, naming it,\n' +
    'its range and what the runs gave. Progress goes to stderr.',
  options: [
    { flag: '--seeds N', text: `seeds per claim, 1 to ${MAX_SEEDS} (default: each claim's own)` },
    { flag: '--jobs N', text: 'worker threads (default: one per core)' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      seeds: { type: 'string' },
      jobs: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('claims needs at least one FILE');
    const seeds = integerOption(values.seeds, 'seeds', 1, MAX_SEEDS);
    const jobs = integerOption(values.jobs, 'jobs', 1, 256) ?? availableParallelism();

    const files: ClaimFile[] = [];
    let valid = true;
    for (const file of positionals) {
      const loaded = loadClaimFile(file, io.err);
      if (loaded) files.push(loaded);
      else valid = false;
    }
    if (!valid) return EXIT.invalidInput;

    const tasks: ClaimTask[] = [];
    const firstTask: number[] = [];
    for (const { scenario } of files) {
      firstTask.push(tasks.length);
      const requests = claimRequests(scenario);
      for (const seed of claimRunSeeds(scenario, seeds))
        tasks.push({ index: tasks.length, scenario, seed, requests });
    }
    const progress = createRunsProgress(io, Math.max(1, tasks.length), 'runs');
    const results = await runClaimTasks(
      tasks,
      Math.max(1, Math.min(jobs, tasks.length)),
      progress.update,
    );
    progress.finish();

    const failures: string[] = [];
    files.forEach((f, k) => {
      const runs = results
        .slice(firstTask[k], firstTask[k] + claimRunSeeds(f.scenario, seeds).length)
        .map((r) => r.values);
      const verdicts = judgeClaims(f.scenario, runs, seeds);
      io.out(verdicts.length > 0 ? claimTable(f.file, verdicts) : `${f.file}\n  no claims\n`);
      for (const v of verdicts.filter((x) => !x.pass)) failures.push(failureLine(f, v));
    });
    for (const line of failures) io.err(`${line}\n`);
    if (failures.length > 0) {
      io.err(`${failures.length} claim${failures.length === 1 ? '' : 's'} failed\n`);
      return EXIT.invalidInput;
    }
    return EXIT.ok;
  },
};

/** Reads and loads one file, printing its problems; a file without claims is a problem too. */
function loadClaimFile(file: string, print: (line: string) => void): ClaimFile | undefined {
  let text: string | undefined;
  try {
    text = readScenarioText(file, print);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    print(`${error.message}\n`);
    return undefined;
  }
  if (text === undefined) return undefined;
  const result = loadScenario(text, file);
  if (!result.ok) return printIssues(result.errors, print);
  const { scenario } = result;
  const problems = figureProblems(scenario, claimRequests(scenario));
  if (problems.length > 0) {
    const parsed = parseScenarioSource(text, file);
    if (parsed.ok)
      for (const p of problems) {
        const finding = {
          path: ['claims', p.index, 'metric'],
          message: `expected a metric expression, found ${p.message}`,
          severity: 'error' as const,
          offset: p.offset,
        };
        print(`${formatIssue(toIssue(finding, parsed.source, file))}\n`);
      }
    return undefined;
  }
  return { file, text, scenario };
}

/** One table per file: claim, expected range, median, range over the runs, verdict. */
export function claimTable(file: string, verdicts: readonly ClaimVerdict[]): string {
  const rows = verdicts.map((v) => [
    v.id,
    formatRange(v.expected.min, v.expected.max),
    formatFigure(v.median),
    formatRange(v.min, v.max),
    `${v.seeds.length}${v.undefinedRuns > 0 ? ` (${v.undefinedRuns} no value)` : ''}`,
    v.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['claim', 'expected', 'median', 'range', 'seeds', 'verdict'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')}\n`;
  return `${file}\n${line(head)}${rows.map(line).join('')}`;
}

function failureLine(f: ClaimFile, v: ClaimVerdict): string {
  const given =
    v.undefinedRuns === v.seeds.length
      ? 'no run gave a value'
      : `median ${formatFigure(v.median)}, range ${formatRange(v.min, v.max)}`;
  return (
    `${claimPlace(f, v.id)}claim "${v.id}" (${v.metric}): expected a median within ` +
    `${formatRange(v.expected.min, v.expected.max)} across ${v.seeds.length} seeds ` +
    `(${v.seeds[0]}–${v.seeds[v.seeds.length - 1]}), found ${given}` +
    `${v.undefinedRuns > 0 && v.undefinedRuns < v.seeds.length ? ` (${v.undefinedRuns} runs gave no value)` : ''}`
  );
}

/** "file:line:column: claims[k].field: " for a claim, so editors jump to it. */
function claimPlace(f: ClaimFile, id: string): string {
  const k = (f.scenario.claims ?? []).findIndex((c) => c.id === id);
  const parsed = parseScenarioSource(f.text, f.file);
  if (k < 0 || !parsed.ok) return `${f.file}: `;
  const path = ['claims', k];
  const issue = toIssue({ path, message: '', severity: 'error' }, parsed.source, f.file);
  return formatIssue(issue).replace(/: $/, ': ');
}
