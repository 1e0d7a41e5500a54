/** `validate FILE...`: checks scenario files and prints every problem with its place. */
import { EXIT, InputError, parseCommandArgs, UsageError, type Command } from './command';
import { readScenarioFile } from './scenarioFile';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check scenario files; print every problem as file:line:column',
  usage: 'validate FILE...',
  description:
    'Checks each scenario file (YAML or JSON): its syntax, every field against the schema, the\n' +
    'references between rules, lists and behaviours, and every condition. Prints each problem as\n' +
    '"file:line:column: field: expected …, found …" and exits 1 if any file is invalid.',
  options: [{ flag: '--help', text: 'show this help' }],
  async execute(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length === 0) throw new UsageError('validate needs at least one FILE');
    let allValid = true;
    for (const file of positionals) {
      try {
        const loaded = readScenarioFile(file, io.out);
        if (loaded) io.out(`${file}: valid (id ${loaded.scenario.id}, hash ${loaded.hash})\n`);
        else allValid = false;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.out(`${error.message}\n`);
        allValid = false;
      }
    }
    return allValid ? EXIT.ok : EXIT.invalidInput;
  },
};
