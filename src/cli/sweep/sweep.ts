/**
 * `sweep FILE --set path=v1,v2 … --seeds K --csv out.csv`: every combination of the settings on
 * every seed, run in parallel on worker threads, one CSV row per run (its settings, seed and final
 * figures) in a fixed order whichever thread finished first.
 */
import { availableParallelism } from 'node:os';
import {
  EXIT,
  InputError,
  integerOption,
  parseCommandArgs,
  singleFile,
  UsageError,
  type Command,
} from '../command';
import { formatNumber } from '../../export/keyFigures';
import { csvField, csvText } from '../../export/csv';
import { daysHelp, firstSeed, readDays, readSeed } from '../runOptions';
import { readScenarioFile } from '../scenarioFile';
import { runSweepTasks } from './pool';
import { createRunsProgress } from '../runsProgress';
import {
  checkSettings,
  combinationCount,
  combinations,
  parseSettings,
  revealsAfter,
  type Setting,
} from './settings';
import type { SweepResult, SweepTask } from './worker';
import { checkOutputPaths, writeFileAtomic } from '../writeFileAtomic';

const MAX_SEEDS = 1000;
const MAX_RUNS = 10_000;

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'run every combination of settings on several seeds, in parallel; one CSV row per run',
  usage:
    'sweep FILE --set field.path=v1,v2,… [--set …] [--seeds K] [--seed N] [--days N] [--jobs N] [--csv out.csv]',
  description:
    'Runs the scenario for every combination of the --set values, each on seeds N … N+K−1, on\n' +
    'worker threads (one per core), and writes one CSV row per run: its settings, seed and final\n' +
    'figures (totals of counts, last values of levels). Rows come in a fixed order: the first\n' +
    '--set varies slowest, the seed fastest. A path names a field as in the file, with list\n' +
    'entries by position or by id: ruleset.rules[0].points, ruleset.rules.traffic.points,\n' +
    'town.population, ruleset.opacity.disclosure. Every value is checked like a scenario file\n' +
    'before anything runs. A row holds the figures `run --seed` reports for the same settings\n' +
    '(the run report rounds a few to 4 decimals).',
  options: [
    { flag: '--set PATH=V1,V2', text: 'a field and the values to try (repeatable)' },
    { flag: '--seeds K', text: `seeds per combination, 1 to ${MAX_SEEDS} (default 1)` },
    { flag: '--seed N', text: "first seed (default: the scenario's seed)" },
    daysHelp("the scenario's"),
    { flag: '--jobs N', text: 'worker threads (default: one per core)' },
    { flag: '--csv FILE', text: 'write the rows to FILE (default: print them)' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      set: { type: 'string', multiple: true },
      seeds: { type: 'string' },
      seed: { type: 'string' },
      days: { type: 'string' },
      jobs: { type: 'string' },
      csv: { type: 'string' },
    });
    const file = singleFile(positionals, 'sweep');
    const seeds = integerOption(values.seeds, 'seeds', 1, MAX_SEEDS) ?? 1;
    const seedOption = readSeed(values.seed);
    const daysOption = readDays(values.days);
    const cores = availableParallelism();
    const jobs = integerOption(values.jobs, 'jobs', 1, 256) ?? cores;
    if (values.csv !== undefined) checkOutputPaths([{ flag: '--csv', path: values.csv }], [file]);

    const loaded = readScenarioFile(file, io.err);
    if (!loaded) return EXIT.invalidInput;
    const { scenario } = loaded;
    const seed = firstSeed(seedOption, seeds, scenario.seed);
    const settings = parseSettings(scenario, values.set ?? []);
    const setsDays = settings.some((s) => s.text === 'days');
    if (setsDays && daysOption !== undefined)
      throw new UsageError('--set days and --days both say how long to run; give one');
    // Counted before any combination is built: three lists of 1,000 values are refused at once.
    const count = combinationCount(settings);
    const runs = count * seeds;
    if (runs > MAX_RUNS)
      throw new UsageError(
        `${formatNumber(count)} combinations × ${seeds} seeds is ${formatNumber(runs)} runs; at most ${formatNumber(MAX_RUNS)}`,
      );
    const choices = combinations(settings);
    const scenarios = checkSettings(scenario, settings);
    const unrevealed = new Set(scenarios.flatMap(revealsAfter));
    if (unrevealed.size > 0)
      io.err(
        `sweep: some runs end before the lesson reveals ${[...unrevealed].join(', ')}; a sweep shows no lesson, so this only shortens the runs\n`,
      );

    const tasks: SweepTask[] = [];
    scenarios.forEach((s) => {
      for (let k = 0; k < seeds; k++)
        tasks.push({
          index: tasks.length,
          scenario: s,
          seed: seed + k,
          days: daysOption ?? s.days,
        });
    });
    const days = setsDays ? 'as set' : String(daysOption ?? scenario.days);
    const threads = Math.min(jobs, tasks.length);
    const progress = createRunsProgress(io, tasks.length);
    const results = await runSweepTasks(tasks, threads, (done) => progress.update(done));
    progress.finish();
    const stopped = results.find((result) => result.stopped !== undefined);
    if (stopped) throw new InputError(`run ${stopped.index + 1}: ${stopped.stopped}`);

    const csv = sweepCsv(settings, choices, tasks, results);
    if (values.csv === undefined) {
      io.out(csv);
      return EXIT.ok;
    }
    writeFileAtomic(values.csv, csv);
    io.out(
      `${formatNumber(tasks.length)} runs (${formatNumber(choices.length)} combination${choices.length === 1 ? '' : 's'} × ${seeds} seed${seeds === 1 ? '' : 's'}, ${days} days) on ${threads} thread${threads === 1 ? '' : 's'}: ${values.csv}\n`,
    );
    return EXIT.ok;
  },
};

/** Run facts the CSV shows once, before the figures. */
const RUN_COLUMNS = ['seed', 'days', 'people', 'businesses'];

/** One row per run: run number, each setting's value as written, the seed, then every figure. */
function sweepCsv(
  settings: readonly Setting[],
  choices: readonly number[][],
  tasks: readonly SweepTask[],
  results: readonly SweepResult[],
): string {
  const figures: string[] = [];
  const seen = new Set(RUN_COLUMNS);
  for (const result of results)
    for (const key of Object.keys(result.summary))
      if (!seen.has(key)) {
        seen.add(key);
        figures.push(key);
      }
  const seedsPerChoice = tasks.length / choices.length;
  // A setting of a run fact (`--set days=…`) is that fact's column, not a second one of its name.
  const runColumns = RUN_COLUMNS.filter((key) => !settings.some((s) => s.text === key));
  const header = ['run', ...settings.map((s) => s.text), ...runColumns, ...figures];
  const rows = results.map((result, k) => {
    const choice = choices[Math.floor(k / seedsPerChoice)];
    const summary = result.summary;
    return [
      k + 1,
      // Values as written, through the formula guard unless they are numbers.
      ...settings.map((s, j) => {
        const written = s.written[choice[j]].trim();
        return typeof s.values[choice[j]] === 'number' ? csvField(written) : csvText(written);
      }),
      ...runColumns.map((key) => csvField(summary[key])),
      ...figures.map((key) => csvField(summary[key])),
    ];
  });
  return `${[header.map(csvField), ...rows].map((row) => row.join(',')).join('\n')}\n`;
}
