/** Reads a scenario file from disk and loads it, printing every problem in `file:line:column` form. */
import { readFileSync, statSync } from 'node:fs';
import { formatIssue, type Issue } from '../scenario/issue';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { fileSizeIssue } from '../scenario/yamlSource';
import { InputError } from './command';
import { fileProblem } from './fileProblem';

export interface LoadedScenario {
  scenario: Scenario;
  hash: string;
}

/**
 * Loads FILE, printing its problems one per line to `print` (stdout for validate, stderr for the
 * commands whose stdout is a result); returns undefined when the file is invalid.
 */
export function readScenarioFile(
  file: string,
  print: (line: string) => void,
): LoadedScenario | undefined {
  const printErrors = (errors: Issue[]) => {
    for (const issue of errors) print(`${formatIssue(issue)}\n`);
    return undefined;
  };
  let text: string;
  try {
    // Check the size before reading, so a huge file is never loaded into memory.
    const tooLarge = fileSizeIssue(statSync(file).size, file);
    if (tooLarge) return printErrors([tooLarge]);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${fileProblem(error)}`);
  }
  const result = loadScenario(text, file);
  if (!result.ok) return printErrors(result.errors);
  for (const issue of result.warnings) print(`${formatIssue(issue)} (warning)\n`);
  return { scenario: result.scenario, hash: result.hash };
}
