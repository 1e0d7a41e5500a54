/**
 * The `sim` command line: `npm run sim -- <command> [options]`. Dispatches to the command table,
 * turns usage and input errors into messages and exit codes (0 ok, 1 invalid input, 2 usage).
 */
import { pathToFileURL } from 'node:url';
import { commandHelp, EXIT, InputError, UsageError, type CliIo, type ExitCode } from './command';
import { COMMANDS } from './commands';
import { ConditionBudgetError } from '../scenario/conditions/conditionCost';
import { closestMatch } from '../scenario/suggest';
import { terminalStatusText, terminalText } from './terminalText';

/** Runs one command line (without `node main.ts`) and returns its exit code. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<ExitCode> {
  // Scenario text reaches the terminal through these: its control characters are shown, not obeyed.
  const io: CliIo = {
    ...rawIo,
    out: (text) => rawIo.out(terminalText(text)),
    err: (text) => rawIo.err(terminalStatusText(text)),
  };
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // Asked for: help on stdout, success. No command at all: a usage error, help on stderr.
    if (name === undefined) {
      io.err(topLevelHelp());
      return EXIT.usage;
    }
    io.out(topLevelHelp());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = closestMatch(
      name,
      COMMANDS.map((c) => c.name),
    );
    io.err(`unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}\n`);
    io.err('Run `npm run sim -- --help` for the list of commands.\n');
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.execute(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${command.name}: ${error.message}\n`);
      io.err(`Run \`npm run sim -- ${command.name} --help\` for its options.\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError || error instanceof ConditionBudgetError) {
      io.err(`${error.message}\n`);
      return EXIT.invalidInput;
    }
    throw error;
  }
}

function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return (
    'Ledgertown from the command line: validate and run scenarios headless.\n\n' +
    'Usage: npm run sim -- <command> [options]\n\n' +
    `Commands:\n${lines.join('\n')}\n\n` +
    'Run `npm run sim -- <command> --help` for a command’s options.\n' +
    'Exit codes: 0 success, 1 invalid input, 2 usage error.\n'
  );
}

/** The process's own I/O. */
function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    now: () => performance.now(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A closed pipe (`… | head`) ends the output quietly rather than with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
