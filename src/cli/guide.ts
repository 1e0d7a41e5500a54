/**
 * `guide FILE [--seeds N] [--locale en|zh-CN] [--out guide.md] [--jobs N]`: writes a scenario's
 * teacher's guide as Markdown, its answer key computed by the engine over N seeds (the scenario's
 * seed and those after it) on worker threads: the same figures the game shows for the same seeds.
 */
import { availableParallelism } from 'node:os';
import { version } from '../../package.json';
import { figureProblems, statsOfRuns } from '../engine/claims/figures';
import { buildGuide, guideMarkdown } from '../export/lesson/guide';
import { predictionQuestions } from '../export/lesson/questions';
import { claimSeeds } from '../scenario/claims/claimStats';
import { EXIT, integerOption, parseCommandArgs, UsageError, type Command } from './command';
import { runClaimTasks } from './claims/pool';
import type { ClaimTask } from './claims/worker';
import { createRunsProgress } from './runsProgress';
import { readScenarioFile } from './scenarioFile';
import { checkOutputPaths, writeFileAtomic } from './writeFileAtomic';

const MAX_SEEDS = 200;
const LOCALES = ['en', 'zh-CN'];

export const guideCommand: Command = {
  name: 'guide',
  summary: "write a scenario's teacher's guide as Markdown, with an answer key from the engine",
  usage: 'guide FILE [--seeds N] [--locale en|zh-CN] [--out guide.md] [--jobs N]',
  description:
    "Writes the teacher's guide of a scenario: level, prerequisites, objectives, a 45-50 minute\n" +
    'lesson and the 20-minute short form, the prediction questions with an answer key, a rubric\n' +
    'for the explanation, misconceptions, things to notice, discussion questions and a glossary.\n' +
    "The answer key's figures are the median and range over N runs (the scenario's own seed and\n" +
    'the N-1 after it, default 20), the same figures the game shows for the same seeds. Without\n' +
    '--out the guide goes to stdout; progress goes to stderr.',
  options: [
    { flag: '--seeds N', text: `seeds for the answer key, 1 to ${MAX_SEEDS} (default 20)` },
    { flag: '--locale TAG', text: 'en (default) or zh-CN' },
    { flag: '--out FILE', text: 'write the guide to FILE' },
    { flag: '--jobs N', text: 'worker threads (default: one per core)' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      seeds: { type: 'string' },
      locale: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('guide needs exactly one FILE');
    const file = positionals[0];
    const count = integerOption(values.seeds, 'seeds', 1, MAX_SEEDS) ?? 20;
    const jobs = integerOption(values.jobs, 'jobs', 1, 256) ?? availableParallelism();
    const locale = values.locale ?? 'en';
    if (!LOCALES.includes(locale))
      throw new UsageError(`--locale: expected one of ${LOCALES.join(', ')}, found "${locale}"`);
    if (values.out !== undefined) checkOutputPaths([{ flag: '--out', path: values.out }], [file]);

    const loaded = readScenarioFile(file, io.err);
    if (loaded === undefined) return EXIT.invalidInput;
    const { scenario, hash } = loaded;
    const requests = predictionQuestions(scenario).flatMap((q) =>
      q.figures.map((f) => ({ ...f, day: q.answer.day })),
    );
    const problems = figureProblems(scenario, requests);
    for (const p of problems) io.err(`${file}: question ${p.figure}: ${p.message}\n`);
    if (problems.length > 0) return EXIT.invalidInput;

    const seeds = claimSeeds(scenario.seed, count);
    let figures = null;
    if (requests.length > 0) {
      const tasks: ClaimTask[] = seeds.map((seed, index) => ({ index, scenario, seed, requests }));
      const progress = createRunsProgress(io, tasks.length, 'runs');
      const results = await runClaimTasks(
        tasks,
        Math.max(1, Math.min(jobs, tasks.length)),
        progress.update,
      );
      progress.finish();
      figures = statsOfRuns(
        requests,
        seeds,
        results.map((r) => r.values),
      );
    }
    const text = guideMarkdown(buildGuide(scenario, locale, figures, seeds, { version, hash }));
    if (values.out === undefined) io.out(text);
    else {
      writeFileAtomic(values.out, text);
      io.err(`wrote ${values.out}\n`);
    }
    return EXIT.ok;
  },
};
