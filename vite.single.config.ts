/**
 * `npm run build:single`: the whole game as one HTML file, dist-single/ledgertown.html, that runs
 * from disk (file://) with no network: scripts, styles and the bundled scenarios are inlined by
 * vite-plugin-singlefile, and the Web Worker's script is inlined too. A worker made the usual Vite
 * way, `new Worker(new URL('./x.worker.ts', import.meta.url), …)`, would be a separate file, which a
 * page opened from disk cannot load; here such a constructor is rewritten to Vite's inline worker
 * (`?worker&inline`), which starts the worker from a blob: URL holding its code.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { packSingleFile } from './build/packSingleFile.ts';
import base from './vite.config.ts';

const WORKER_CONSTRUCTOR =
  /new Worker\(\s*new URL\(\s*(['"])([^'"]+?\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*(\{[^}]*\})\s*)?,?\s*\)/g;

/**
 * Rewrites `new Worker(new URL('./x.worker.ts', import.meta.url), …)` to an inlined worker. Every
 * worker the game starts runs the same script (src/worker/engineChannel.ts), so the file holds
 * one copy of the engine code, however many workers run at once.
 */
function inlineWorkers(): Plugin {
  return {
    name: 'ledgertown:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || !code.includes('new Worker(')) return null;
      const imports: string[] = [];
      const rewritten = code.replace(
        WORKER_CONSTRUCTOR,
        (_match, _quote, path: string, options: string | undefined) => {
          const name = `__ledgertownInlineWorker${imports.length}`;
          imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
          // Vite's inline worker takes the options' `name` (its type is the build's format).
          return `new ${name}(${options ?? ''})`;
        },
      );
      return imports.length === 0
        ? null
        : { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [
      inlineWorkers(),
      viteSingleFile({ outputFileName: 'ledgertown.html' }),
      packSingleFile('ledgertown.html'),
    ],
    build: { outDir: 'dist-single', emptyOutDir: true },
    // A page opened from disk has an opaque origin ("null"); Chromium refuses module workers from
    // its blob: URLs, but runs classic ones, so the inlined worker is bundled as a classic script.
    worker: { format: 'iife' },
  }),
);
