/**
 * Output files: checked before a run and written whole or not at all. A command writes only to a
 * regular file or a missing one — never over one of its own input files, never through a symbolic
 * link, never onto a device, named pipe, socket or folder — so a mistyped `--out` cannot destroy a
 * scenario or turn `/dev/null` into a file.
 */
import {
  accessSync,
  constants,
  lstatSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from './command';
import { fileProblem } from './fileProblem';

/** An output option as given: its flag (for messages) and its path. */
export interface OutputPath {
  flag: string;
  path: string;
}

/** What a non-regular file is, in the words of a message. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isSymbolicLink())
    return 'a symbolic link (give the path of the file it points to instead)';
  if (stats.isDirectory()) return 'a folder, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a regular file';
  if (stats.isFIFO()) return 'a named pipe, not a regular file';
  if (stats.isSocket()) return 'a socket, not a regular file';
  if (!stats.isFile()) return 'not a regular file';
  return undefined;
}

/** The path's own entry (a link is not followed), or undefined when nothing is there. */
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}

/** Refuses a path that holds anything but a regular file; returns its entry when there is one. */
function refuseUnsafeTarget(path: string): Stats | undefined {
  const entry = entryAt(path);
  const kind = entry && kindOf(entry);
  if (kind) throw new InputError(`cannot write ${path}: it is ${kind}`);
  return entry;
}

/**
 * Fails early, before a long run, when an output cannot or must not be written: a missing folder,
 * anything at the path but a regular file, one of the command's `inputs`, or two outputs naming the
 * same file. Each message names the path.
 */
export function checkOutputPaths(
  outputs: readonly OutputPath[],
  inputs: readonly string[] = [],
): void {
  const inputFiles = inputs.flatMap((input) => {
    const stats = statSync(input, { throwIfNoEntry: false });
    return stats ? [{ input, stats }] : [];
  });
  const seen: { flag: string; stats: Stats }[] = [];
  outputs.forEach(({ flag, path }, k) => {
    const entry = refuseUnsafeTarget(path);
    if (entry) {
      const same = inputFiles.find(
        ({ stats }) => stats.dev === entry.dev && stats.ino === entry.ino,
      );
      if (same)
        throw new InputError(
          `cannot write ${path}: it is ${same.input}, which this command reads; choose another ${flag} file`,
        );
      const twice = seen.find(({ stats }) => stats.dev === entry.dev && stats.ino === entry.ino);
      if (twice)
        throw new InputError(`cannot write ${path}: ${twice.flag} and ${flag} both name this file`);
      seen.push({ flag, stats: entry });
    } else {
      const twice = outputs.slice(0, k).find((o) => resolve(o.path) === resolve(path));
      if (twice)
        throw new InputError(`cannot write ${path}: ${twice.flag} and ${flag} both name this file`);
    }
    try {
      accessSync(dirname(path), constants.W_OK);
      if (statSync(dirname(path)).isDirectory() === false)
        throw Object.assign(new Error(), { code: 'ENOTDIR' });
    } catch (error) {
      throw new InputError(`cannot write ${path}: ${fileProblem(error)}`);
    }
  });
}

/** Writes `text` to a new temporary file beside `path`, then renames it into place. */
export function writeFileAtomic(path: string, text: string): void {
  // Checked again at the last moment: the path may have changed during a long run.
  refuseUnsafeTarget(path);
  const temporary = `${path}.${process.pid}.tmp`;
  let created = false;
  try {
    // 'wx': a new file only, never through whatever already sits at the temporary name.
    writeFileSync(temporary, text, { flag: 'wx' });
    created = true;
    renameSync(temporary, path);
  } catch (error) {
    if (created) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Left behind only if the folder itself became unwritable.
      }
    }
    throw new InputError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}
