/** `dossier FILE --id ID`: one person's or business's timeline through the three lenses. */
import { createSimulation } from '../engine/index';
import {
  EXIT,
  InputError,
  parseCommandArgs,
  singleFile,
  UsageError,
  type Command,
} from './command';
import { behaviourLabels, reportDossier } from '../text/report';
import { formatDossier } from './dossierText';
import { simulate } from './run';
import { daysHelp, readDays, readSeed } from './runOptions';
import { readScenarioFile } from './scenarioFile';

export const dossierCommand: Command = {
  name: 'dossier',
  summary: "print one person's or business's timeline: what happened, was recorded, was told",
  usage: 'dossier FILE --id ID [--seed N] [--days N] [--json]',
  description:
    'Runs the scenario and prints the full timeline of one person (p0, p1, …) or business\n' +
    '(b0, b1, …): every true act, what each surveillance source recorded (and whether it was\n' +
    'really theirs), the rules that fired, listings, sanctions, refusals, appeals and their\n' +
    'outcome, and what the person was told. Each line is marked REALLY, RECORDED or TOLD.',
  options: [
    { flag: '--id ID', text: 'the person (p<number>) or business (b<number>)' },
    { flag: '--seed N', text: "random seed (default: the scenario's seed)" },
    daysHelp("the scenario's"),
    { flag: '--json', text: 'print the dossier as JSON instead of text' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      id: { type: 'string' },
      seed: { type: 'string' },
      days: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = singleFile(positionals, 'dossier');
    const id = values.id;
    if (id === undefined) throw new UsageError('dossier needs --id ID (for example --id p12)');
    if (!/^[pb]\d+$/.test(id)) {
      throw new UsageError(
        `--id expects p<number> for a person or b<number> for a business, found "${id}"`,
      );
    }
    const seedOption = readSeed(values.seed);
    const daysOption = readDays(values.days);
    const loaded = readScenarioFile(file, io.err);
    if (!loaded) return EXIT.invalidInput;
    const { scenario } = loaded;

    const sim = createSimulation(scenario, seedOption ?? scenario.seed, { dossiers: 'all' });
    const index = Number(id.slice(1));
    const count = id.startsWith('p') ? sim.peopleCount : sim.businessCount;
    if (index >= count) {
      const kind = id.startsWith('p') ? 'people p0' : 'businesses b0';
      const range = count === 0 ? 'none' : `${kind}–${id[0]}${count - 1}`;
      throw new InputError(`${file}: no ${id} in this town (it has ${range})`);
    }
    simulate(io, daysOption ?? scenario.days, () => sim.step());
    const dossier = sim.dossier(id);
    if (!dossier) throw new InputError(`${file}: no dossier was recorded for ${id}`);
    io.out(
      values.json
        ? `${JSON.stringify(reportDossier(dossier, behaviourLabels(scenario)), null, 2)}\n`
        : formatDossier(dossier, scenario),
    );
    return EXIT.ok;
  },
};
