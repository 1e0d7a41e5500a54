/** Reads a scenario file from disk and loads it, printing every problem in `file:line:column` form. */
import { closeSync, openSync, readSync } from 'node:fs';
import { formatIssue, type Issue } from '../scenario/issue';
import { loadScenario } from '../scenario/load';
import { LIMITS, type Scenario } from '../scenario/schema';
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

/**
 * Reads a scenario or rules file's text; too large a file is a printed problem (undefined). The
 * bound is on the bytes actually read, never on a size the file system reports (a device such as
 * /dev/zero reports 0 and never ends), so no input makes this read more than the limit and a byte.
 */
export function readScenarioText(file: string, print: (line: string) => void): string | undefined {
  try {
    const bytes = readAtMost(file, LIMITS.fileBytes + 1);
    if (bytes.length > LIMITS.fileBytes)
      return printIssues([fileSizeIssue(bytes.length, file, true) as Issue], print);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${fileProblem(error)}`);
  }
}

/** The first `limit` bytes of `file` (all of it when shorter). */
export function readAtMost(file: string, limit: number): Uint8Array {
  const buffer = new Uint8Array(limit);
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    while (length < limit) {
      const read = readSync(fd, buffer, length, limit - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Prints issues in `file:line:column` form, one per line. */
export function printIssues(issues: Issue[], print: (line: string) => void): undefined {
  for (const issue of issues) print(`${formatIssue(issue)}\n`);
  return undefined;
}
