/**
 * The start screen's list of shipped scenarios (scenarios/*.yaml), read and checked at build time,
 * so the start screen shows them without the YAML parser, the schema or the engine worker.
 * `import x from '/scenarios/x.yaml?entry'` is the file's entry (src/worker/scenarioMeta.ts): its
 * texts in every language, town size, days, seed and roles; or, for a file that fails the checks,
 * its positioned errors. A few KB each; the page bundles all of them, and imports each file's text
 * (`?raw`) when that scenario is opened. The loader is the same code the CLI and the page run, so
 * a file checks the same everywhere.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const SCENARIO_FILE = /\/scenarios\/[^/]+\.yaml$/;
const CHECKS = fileURLToPath(new URL('./scenarioChecks.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Checks = typeof import('./scenarioChecks');

export function shippedScenarios(): Plugin {
  let checks: Promise<Checks> | undefined;
  return {
    name: 'ledgertown:shipped-scenarios',
    enforce: 'pre',
    async load(id) {
      const [path, query] = id.split('?');
      if (!SCENARIO_FILE.test(path) || query !== 'entry') return null;
      this.addWatchFile(path);
      checks ??= runnerImport<Checks>(CHECKS, {
        configFile: false,
        root: ROOT,
        logLevel: 'error',
      }).then((imported) => imported.module);
      const { loadScenario, catalogEntry } = await checks;
      const text = readFileSync(path, 'utf8');
      const fileName = basename(path);
      const result = loadScenario(text, fileName);
      return { code: `export default ${jsLiteral(catalogEntry(fileName, result))};\n`, map: null };
    },
  };
}

/**
 * A JavaScript expression that rebuilds `value` exactly: key order, keys whose value is
 * `undefined`, -0, NaN and the infinities, which JSON would lose or change. Anything but plain
 * data (a Map, a class instance, a function) fails the build.
 */
export function jsLiteral(value: unknown): string {
  if (value === undefined) return 'void 0';
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    return Number.isFinite(value) || Number.isNaN(value)
      ? String(value)
      : `${value < 0 ? '-' : ''}Infinity`;
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw new Error(`jsLiteral: a sparse array (index ${i})`);
      items.push(jsLiteral(value[i]));
    }
    return `[${items.join(',')}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.keys(value).map((key) => {
      if (key === '__proto__') throw new Error('jsLiteral: a key named __proto__');
      return `${JSON.stringify(key)}:${jsLiteral((value as Record<string, unknown>)[key])}`;
    });
    return `{${fields.join(',')}}`;
  }
  throw new Error(`jsLiteral: not plain data (${Object.prototype.toString.call(value)})`);
}
