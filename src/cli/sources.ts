/**
 * `sources [FILE...] [--out FILE]`: the bibliography of scenarios, generated from their `sources:`
 * (doc/sources.md is its output for every shipped scenario: `npm run sim -- sources --out doc/sources.md`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationText } from '../scenario/citation';
import type { Scenario } from '../scenario/schema';
import { EXIT, InputError, parseCommandArgs, type Command } from './command';
import { readScenarioFile } from './scenarioFile';
import { checkOutputPaths, writeFileAtomic } from './writeFileAtomic';

/** The shipped scenarios' folder. */
export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

export const sourcesCommand: Command = {
  name: 'sources',
  summary: "print the bibliography of scenarios' sources (doc/sources.md)",
  usage: 'sources [FILE...] [--out FILE]',
  description:
    "Prints every scenario's sources as a Markdown bibliography: each citation (outlet or\n" +
    'author, title, date), its address and what it supports in that scenario, scenario by\n' +
    'scenario. Without FILE it reads every shipped scenario in scenarios/; `npm run sim --\n' +
    "sources --out doc/sources.md` regenerates the project's bibliography.",
  options: [
    { flag: '--out FILE', text: 'write the bibliography to FILE instead of stdout' },
    { flag: '--help', text: 'show this help' },
  ],
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
    if (values.out !== undefined) checkOutputPaths([{ flag: '--out', path: values.out }]);
    const files =
      positionals.length > 0
        ? positionals
        : readdirSync(SCENARIO_DIR)
            .filter((name) => name.endsWith('.yaml'))
            .sort()
            .map((name) => join(SCENARIO_DIR, name));
    const scenarios: { name: string; scenario: Scenario }[] = [];
    for (const file of files) {
      try {
        // Warnings are validate's business; the bibliography is printed whatever they say.
        const loaded = readScenarioFile(file, (line) => {
          if (!line.endsWith('(warning)\n')) io.err(line);
        });
        if (!loaded) return EXIT.invalidInput;
        scenarios.push({ name: file.split(/[\\/]/).pop() ?? file, scenario: loaded.scenario });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.err(`${error.message}\n`);
        return EXIT.invalidInput;
      }
    }
    const text = bibliography(scenarios);
    if (values.out === undefined) io.out(text);
    else {
      writeFileAtomic(values.out, text);
      io.err(`wrote ${values.out}\n`);
    }
    return EXIT.ok;
  },
};

/** The Markdown bibliography of the scenarios, each under its title and file name. */
export function bibliography(scenarios: readonly { name: string; scenario: Scenario }[]): string {
  const lines = [
    '# Sources',
    '',
    'The sources every shipped scenario cites, scenario by scenario, with what each supports there.',
    'Generated from the scenario files by `npm run sim -- sources --out doc/sources.md`; a test',
    'checks it is current, so edit the `sources:` of a scenario, not this file. Titles in [square',
    'brackets] describe a page whose headline was not recorded; n.d. marks a page without a date.',
    'Each number a scenario takes from these sources says which one in its `evidence:` marks.',
    '',
  ];
  for (const { name, scenario } of scenarios) {
    lines.push(`## ${scenario.title} (\`scenarios/${name}\`)`, '');
    if (scenario.sources.length === 0) lines.push('No sources.', '');
    for (const source of scenario.sources) {
      const id = source.id ? ` \`${source.id}\`` : '';
      const url = source.url ? ` <${source.url}>` : '';
      const supports = source.supports ? ` Supports: ${source.supports}` : '';
      lines.push(`-${id} ${citationText(source)}.${url}${supports}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
