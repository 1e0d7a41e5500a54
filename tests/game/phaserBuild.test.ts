/**
 * The map is built from the part of Phaser it uses (src/game/phaser.ts, from Phaser's sources),
 * not from the whole framework. These checks keep it so: nothing imports the full build for its
 * values, every source module the entry names exists, and every compile-time flag Phaser's
 * sources test is set by the build (an unset `typeof FLAG` is the string "undefined", which is
 * true, and would bring its part back in).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vite.config';

const ROOT = join(__dirname, '../..');
const PHASER_SRC = join(
  dirname(createRequire(import.meta.url).resolve('phaser/package.json')),
  'src',
);

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));
}

describe("the map's Phaser", () => {
  it("is imported from src/game/phaser.ts; 'phaser' itself only for its types", () => {
    const valueImports = filesUnder(join(ROOT, 'src'), /\.tsx?$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(type\s+)?[^'";]*?['"]phaser['"]/gm)]
        .filter((m) => m[1] === undefined)
        .map(() => relative(ROOT, file)),
    );
    expect(valueImports).toEqual([]);
  });

  it("names only source modules that Phaser's package holds", () => {
    const entry = readFileSync(join(ROOT, 'src/game/phaser.ts'), 'utf8');
    const paths = [
      ...entry.matchAll(/from '(phaser\/src\/[^']+)'|import '(phaser\/src\/[^']+)'/g),
    ].map((m) => (m[1] ?? m[2]).slice('phaser/src/'.length));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(join(PHASER_SRC, path)))).toEqual([]);
  });

  it("sets every compile-time flag Phaser's sources test", () => {
    const flags = new Set(
      filesUnder(PHASER_SRC, /\.js$/).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/typeof ([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g)].map(
          (m) => `typeof ${m[1]}`,
        ),
      ),
    );
    expect(flags).toContain('typeof WEBGL_RENDERER');
    const define = config.define ?? {};
    expect([...flags].filter((flag) => !(flag in define))).toEqual([]);
    // The map draws with Canvas, without sound: those parts stay out.
    expect(define['typeof CANVAS_RENDERER']).toBe('true');
    expect(define['typeof WEBGL_RENDERER']).toBe('false');
    expect(define['typeof FEATURE_SOUND']).toBe('false');
  });

  it("replaces Phaser's maths namespace only where its random number generator is all it uses", () => {
    // Every Phaser file that requires the whole namespace (not one of its modules).
    const users = filesUnder(PHASER_SRC, /\.js$/)
      .filter((file) => !/^phaser[\w-]*\.js$/.test(relative(PHASER_SRC, file)))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const required = [...text.matchAll(/var (\w+) = require\('((?:\.\.?\/)+math\/?)'\)/g)];
        return required.map((m) => ({ file: relative(PHASER_SRC, file), name: m[1], text }));
      })
      .filter(({ file }) => !file.startsWith('tilemaps/'));
    expect(users.map(({ file }) => file).sort()).toEqual([
      'core/Config.js',
      'utils/object/GetAdvancedValue.js',
    ]);
    const standIn = createRequire(import.meta.url)(join(ROOT, 'src/game/phaserMath.cjs')) as Record<
      string,
      unknown
    >;
    expect(typeof standIn.RandomDataGenerator).toBe('function');
    for (const { name, text } of users) {
      const used = new Set(
        [...text.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map((m) => m[1]),
      );
      expect([...used].filter((key) => !(key in standIn))).toEqual([]);
    }
  });
});
