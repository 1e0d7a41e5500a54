/**
 * The layers of src/ are checked by `npm run lint`: ESLint's layer rule (eslint.config.js) and the
 * import-cycle check (.dependency-cruiser.cjs). These tests make sure the checks bite (an upward
 * import and a type-only cycle are refused), and that no two modules differ only by the case of
 * their names, which a case-insensitive disk (macOS, Windows) cannot hold apart.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type ICruiseOptions } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const LAYER_RULE = 'import-x/no-restricted-paths';

async function layerErrors(filePath: string, text: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(text, { filePath });
  return result.messages.filter((m) => m.ruleId === LAYER_RULE).map((m) => m.message);
}

describe('the layer rule', () => {
  const cases: { name: string; file: string; text: string; refused: string[] }[] = [
    {
      name: 'refuses an upward import, a type-only one too, and names the layers',
      file: 'src/engine/probe.ts',
      text: "import type { TownStores } from '../store/townStores';\nexport type Probe = TownStores;\n",
      refused: [
        'src/engine may import only from the layers below it',
        'scenario < engine | share < text < export < worker | cli < store',
      ],
    },
    {
      name: 'refuses an import from a sibling in the same layer',
      file: 'src/worker/probe.ts',
      text: "import { readDays } from '../cli/runOptions';\nexport const probe = readDays;\n",
      refused: ['src/worker may import only from the layers below it'],
    },
    {
      name: "keeps role code out of the engine's core systems",
      file: 'src/engine/systems/probe.ts',
      text: "import type { RoleState } from '../roles/state';\nexport type Probe = RoleState;\n",
      refused: ['roles hook into the day through SimState.play'],
    },
    {
      name: 'lets a layer import from the layers below it',
      file: 'src/store/probe.ts',
      text: "import type { Scenario } from '../scenario/schema';\nimport type { Simulation } from '../engine/types';\nexport type Probe = [Scenario, Simulation];\n",
      refused: [],
    },
  ];
  for (const { name, file, text, refused } of cases) {
    it(
      name,
      async () => {
        const errors = await layerErrors(file, text);
        expect(errors).toHaveLength(refused.length === 0 ? 0 : 1);
        for (const words of refused) expect(errors[0]).toContain(words);
      },
      60_000,
    );
  }
});

describe('the import-cycle check', () => {
  it('finds a cycle made only of type imports', async () => {
    const require = createRequire(import.meta.url);
    const config = require('../.dependency-cruiser.cjs') as {
      forbidden: NonNullable<ICruiseOptions['ruleSet']>['forbidden'];
      options: ICruiseOptions;
    };
    const dir = mkdtempSync(join(tmpdir(), 'ledgertown-cycle-'));
    try {
      writeFileSync(
        join(dir, 'a.ts'),
        "import type { B } from './b';\nexport interface A { b?: B }\n",
      );
      writeFileSync(
        join(dir, 'b.ts'),
        "import type { A } from './a';\nexport interface B { a?: A }\n",
      );
      // The check's own rule and options, pointed at the two files instead of src/.
      const result = await cruise([dir], {
        ...config.options,
        includeOnly: undefined,
        tsConfig: undefined,
        validate: true,
        ruleSet: { forbidden: (config.forbidden ?? []).map((rule) => ({ ...rule, from: {} })) },
      });
      const output = result.output as { summary: { violations: { rule: { name: string } }[] } };
      expect(output.summary.violations.map((v) => v.rule.name)).toContain('no-circular');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('module names', () => {
  it('no two modules in src/ or tests/ differ only by case', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const top of ['src', 'tests']) {
      for (const name of readdirSync(top, { recursive: true, encoding: 'utf8' })) {
        // Imports name modules without their extension: Workbench.tsx and workbench.ts clash.
        const module = `${top}/${name}`.replace(/\.(d\.)?(tsx?|mts|cts|mjs|js)$/, '');
        const key = module.toLowerCase();
        const other = seen.get(key);
        if (other !== undefined && other !== module) clashes.push(`${other} ~ ${module}`);
        else seen.set(key, module);
      }
    }
    expect(clashes).toEqual([]);
  });
});
