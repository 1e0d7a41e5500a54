/** `schema [--out FILE]`: writes the JSON Schema editors use to autocomplete scenario files. */
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { EXIT, noPositionals, parseCommandArgs, type Command } from './command';
import { checkOutputPaths, writeFileAtomic } from './writeFileAtomic';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'write the JSON Schema of scenario files (for editor autocomplete)',
  usage: 'schema [--out FILE]',
  description:
    'Generates the JSON Schema of scenario files from the same declarations that validate them,\n' +
    'with every field described and its unit and range. `npm run schema` writes\n' +
    'scenarios/schema.json, which the "# yaml-language-server: $schema=schema.json" line at the\n' +
    'top of a scenario file points editors to. Without --out the schema goes to stdout.',
  options: [
    { flag: '--out FILE', text: 'write the schema to FILE instead of stdout' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
    noPositionals(positionals);
    if (values.out !== undefined) checkOutputPaths([{ flag: '--out', path: values.out }]);
    const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) io.out(text);
    else {
      writeFileAtomic(values.out, text);
      io.err(`wrote ${values.out}\n`);
    }
    return EXIT.ok;
  },
};
