/** Runs the command line in-process with captured output, for the CLI tests. */
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/command';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `sim ARGS` and captures stdout and stderr. The clock is simulated: each reading advances
 * it by `msPerReading`, so progress output can be tested without timing anything.
 */
export async function sim(
  args: string[],
  options: { msPerReading?: number; terminal?: boolean } = {},
): Promise<CliResult> {
  let out = '';
  let err = '';
  let clock = 0;
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    errIsTerminal: options.terminal ?? false,
    now: () => (clock += options.msPerReading ?? 0),
  };
  const code = await runCli(args, io);
  return { code, out, err };
}
