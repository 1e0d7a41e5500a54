/**
 * What every command shares: the I/O it writes to, its exit codes, and argument parsing that
 * turns mistakes into usage errors with a message instead of stack traces.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatch } from '../scenario/suggest';

/** 0 success, 1 invalid input (a scenario, a file), 2 usage error (the command line itself). */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress may redraw in place). */
  errIsTerminal: boolean;
  /** Milliseconds on a monotonic clock, for progress only. */
  now(): number;
}

export interface OptionHelp {
  flag: string;
  text: string;
}

/** One subcommand: its help text and what it does. Adding a command is adding one of these. */
export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  usage: string;
  /** A few sentences for `--help`. */
  description: string;
  options: readonly OptionHelp[];
  execute(args: string[], io: CliIo): Promise<ExitCode>;
}

/** Raised for a bad command line; main prints the message and a pointer to --help, exit 2. */
export class UsageError extends Error {}

/** Raised for input that cannot be used (unreadable file, unwritable path); exit 1. */
export class InputError extends Error {}

/** The help text of a command, as printed by `--help`. */
export function commandHelp(command: Command): string {
  const width = Math.max(...command.options.map((o) => o.flag.length), 10);
  const options = command.options.map((o) => `  ${o.flag.padEnd(width)}  ${o.text}`).join('\n');
  return `Usage: npm run sim -- ${command.usage}\n\n${command.description}\n\nOptions:\n${options}\n`;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode, with its errors turned into readable usage errors. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({
      args: joinNegativeValues(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(readableParseError(error, Object.keys(options)));
  }
}

/**
 * `--days -1` as `--days=-1`: parseArgs takes a value starting with '-' for an option, so a negative
 * number would be reported as a missing value instead of a number out of range.
 */
function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const name = /^--([a-z-]+)$/.exec(args[k])?.[1];
    const next = args[k + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${args[k]}=${next}`);
      k++;
    } else out.push(args[k]);
  }
  return out;
}

function readableParseError(error: unknown, known: string[]): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
    const guess = closestMatch(flag.replace(/^-+/, ''), known);
    return `unknown option ${flag}${guess ? ` (did you mean --${guess}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[a-z-]+/.exec(message)?.[0] ?? 'an option';
    return message.includes('argument missing') || message.includes('ambiguous')
      ? `${flag} needs a value`
      : `${flag} does not take a value`;
  }
  return message;
}

/** A whole-number option within bounds, or undefined when absent. */
export function integerOption(
  value: string | boolean | undefined,
  flag: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const number = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`--${flag} expects a whole number from ${min} to ${max}, found "${text}"`);
  }
  return number;
}

/** The single FILE argument a command takes; anything else is a usage error. */
export function singleFile(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs a scenario FILE`);
  if (positionals.length > 1) {
    throw new UsageError(
      `${command} takes one FILE, found ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  return positionals[0];
}

/** For commands that take no positional arguments. */
export function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
}
