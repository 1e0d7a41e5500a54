/** `run FILE`: runs a scenario headless; prints key figures, writes a JSON report and a CSV. */
import { createSimulation } from '../engine/index';
import { EXIT, parseCommandArgs, singleFile, type CliIo, type Command } from './command';
import { formatKeyFigures, formatNumber, keyFigures } from '../export/keyFigures';
import { peopleCsv } from '../export/peopleCsv';
import { eachPersonOutcome, peopleOutcomes, scenarioServices } from '../export/peopleOutcomes';
import { runSummary } from '../export/runSummary';
import { createProgress } from './progress';
import { buildRunReport, metricsCsv, reportJson } from './report';
import { daysHelp, readDays, readSeed } from './runOptions';
import { readScenarioFile } from './scenarioFile';
import { ledgertownVersion } from './version';
import { checkOutputPaths, writeFileAtomic } from './writeFileAtomic';

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario headless; print key figures, write a JSON report and a CSV',
  usage:
    'run FILE [--seed N] [--days N] [--out report.json] [--csv metrics.csv] [--people people.csv]',
  description:
    'Runs the scenario without the game and prints its key figures. The JSON report holds the\n' +
    'version, the scenario (id, title, content hash), the seed, the days, every metric as a\n' +
    'per-day array and a summary; the CSV has one row per day. --people writes one row per\n' +
    'person (lists, wrongful listings, refusals, sanctions, appeals, fear) and adds the same rows\n' +
    'to the report as `outcomes`. CSV rows end with the stamp: version, scenario id and hash, seed.\n' +
    'The same file and seed give the same bytes every time.',
  options: [
    { flag: '--seed N', text: "random seed (default: the scenario's seed)" },
    daysHelp("the scenario's"),
    { flag: '--out FILE', text: 'write the JSON report to FILE' },
    { flag: '--csv FILE', text: 'write the per-day metrics to FILE as CSV' },
    { flag: '--people FILE', text: "write every person's outcome to FILE as CSV" },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      seed: { type: 'string' },
      days: { type: 'string' },
      out: { type: 'string' },
      csv: { type: 'string' },
      people: { type: 'string' },
    });
    const file = singleFile(positionals, 'run');
    const seedOption = readSeed(values.seed);
    const daysOption = readDays(values.days);
    checkOutputPaths(
      (['out', 'csv', 'people'] as const).flatMap((flag) => {
        const path = values[flag];
        return path === undefined ? [] : [{ flag: `--${flag}`, path }];
      }),
      [file],
    );
    const loaded = readScenarioFile(file, io.err);
    if (!loaded) return EXIT.invalidInput;
    const { scenario, hash } = loaded;
    const seed = seedOption ?? scenario.seed;
    const days = daysOption ?? scenario.days;

    // Outcomes over the run are read from dossiers, so every person's is recorded when asked for.
    const withPeople = values.people !== undefined;
    // Only what the outcomes count is kept, so memory stays bounded (200,000 people x 3,650 days).
    const sim = createSimulation(scenario, seed, {
      dossiers: withPeople ? 'all' : 'none',
      dossierEntries: 'outcomes',
    });
    simulate(io, days, () => sim.step());

    const figures = keyFigures(sim.metrics(), days, sim.peopleCount, sim.businessCount);
    const report = buildRunReport({
      version: ledgertownVersion(),
      scenario,
      hash,
      seed,
      days,
      people: sim.peopleCount,
      businesses: sim.businessCount,
      metricNames: sim.metricNames(),
      metrics: sim.metrics(),
      summary: runSummary(sim.summary(), sim.metrics(), days, sim.peopleCount, sim.businessCount),
      // In the report only when it is written; the CSV alone takes the people one at a time.
      outcomes: withPeople && values.out !== undefined ? peopleOutcomes(sim) : undefined,
    });
    if (values.out !== undefined) writeFileAtomic(values.out, reportJson(report));
    if (values.csv !== undefined) writeFileAtomic(values.csv, metricsCsv(report));
    if (values.people !== undefined) {
      const services = scenarioServices(scenario);
      const people = report.outcomes ?? eachPersonOutcome(sim);
      writeFileAtomic(values.people, peopleCsv(people, services, report));
    }

    io.out(`${scenario.title} (${scenario.id})\n`);
    io.out(
      `seed ${seed} · ${formatNumber(days)} days · scenario hash ${hash} · ledgertown ${report.version}\n\n`,
    );
    io.out(`${formatKeyFigures(figures)}\n`);
    if (values.out !== undefined) io.out(`\nReport: ${values.out}\n`);
    if (values.csv !== undefined)
      io.out(`${values.out === undefined ? '\n' : ''}Metrics: ${values.csv}\n`);
    if (values.people !== undefined)
      io.out(
        `${values.out === undefined && values.csv === undefined ? '\n' : ''}People: ${values.people}\n`,
      );
    return EXIT.ok;
  },
};

/** Steps a simulation day by day, with progress on stderr for long runs. */
export function simulate(io: CliIo, days: number, step: () => void): void {
  const progress = createProgress(io, days);
  for (let day = 1; day <= days; day++) {
    step();
    progress.update(day);
  }
  progress.finish();
}
