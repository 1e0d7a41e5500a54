/** Ledgertown's version, from package.json, stamped on every report. */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The `version` field of package.json. */
export function ledgertownVersion(): string {
  cached ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  return cached;
}
