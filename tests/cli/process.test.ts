import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The real entry point, as `npm run sim` starts it: exit codes and streams of the process itself. */
function runProcess(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each case starts Node with tsx (a second or more on a busy machine); allow for that.
describe('the sim process', { timeout: 60_000 }, () => {
  it('exits 0 and prints to stdout for a valid file', () => {
    const result = runProcess(['validate', 'tests/fixtures/minimal.yaml']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^tests\/fixtures\/minimal\.yaml: valid/);
    expect(result.err).toBe('');
  });

  it('exits 1 for an invalid file and 2 for a usage error, without stack traces', () => {
    const invalid = runProcess(['validate', 'tests/fixtures/invalid.yaml']);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toContain('tests/fixtures/invalid.yaml:4:7: days:');
    const usage = runProcess(['run', 'tests/fixtures/minimal.yaml', '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('run: unknown option --bogus');
    expect(usage.err).not.toMatch(/\n\s+at /);
  });
});
