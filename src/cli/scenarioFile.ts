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
  const text = readScenarioText(file, print);
  if (text === undefined) return undefined;
  const result = loadScenario(text, file);
  if (!result.ok) return printIssues(result.errors, print);
  for (const issue of result.warnings) print(`${formatIssue(issue)} (warning)\n`);
  return { scenario: result.scenario, hash: result.hash };
}

/** Reads a scenario or rules file's text; too large a file is a printed problem (undefined). */
export function readScenarioText(file: string, print: (line: string) => void): string | undefined {
  try {
    // Check the size before reading, so a huge file is never loaded into memory.
    const tooLarge = fileSizeIssue(statSync(file).size, file);
    if (tooLarge) return printIssues([tooLarge], print);
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${fileProblem(error)}`);
  }
}

/** Prints issues in `file:line:column` form, one per line. */
export function printIssues(issues: Issue[], print: (line: string) => void): undefined {
  for (const issue of issues) print(`${formatIssue(issue)}\n`);
  return undefined;
}
