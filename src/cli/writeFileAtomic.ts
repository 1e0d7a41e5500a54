/** Writes output files whole or not at all: a reader never sees half a report. */
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './command';
import { fileProblem } from './fileProblem';

/** Writes `text` to a temporary file beside `path`, then renames it into place. */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The temporary file could not even be created; nothing to clean up.
    }
    throw new InputError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}

/** Fails early, before a long run, when `path` cannot be written: a missing folder, a folder itself. */
export function assertWritable(path: string): void {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (statSync(dirname(path)).isDirectory() === false)
      throw Object.assign(new Error(), { code: 'ENOTDIR' });
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      throw Object.assign(new Error(), { code: 'EISDIR' });
    }
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}
