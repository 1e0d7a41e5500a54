/**
 * The browser tests (tests/e2e/*.spec.ts) on @playwright/test: `npm run test:e2e` builds the site
 * into a private folder, serves it with `vite preview` on a fixed port (E2E_PORT, default 5180) and
 * drives Debian's Chromium (/usr/bin/chromium, never a downloaded browser) headless with software
 * rendering. `npm run test:e2e -- -g "name"` runs the tests whose title matches.
 */
import { defineConfig } from '@playwright/test';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  PORT,
  SITE_DIR,
  SITE_URL,
  VIEWPORT,
  WAIT_MS,
} from './tests/e2e/support/site';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Failure screenshots and traces (the screenshots tests save for people go to test-results/).
  // One folder per port: a run empties its folder first, and runs on other ports keep theirs.
  outputDir: `test-results/playwright-${PORT}`,
  // One browser at a time, tests in file order: the game runs its simulation in workers, and the
  // machines this runs on (CI, class laptops, a shared two-core box) have few cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A hang guard, not a speed check: the longest tests play a role to its ending.
  timeout: 10 * 60_000,
  expect: { timeout: WAIT_MS },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    baseURL: SITE_URL,
    viewport: VIEWPORT,
    actionTimeout: WAIT_MS,
    navigationTimeout: WAIT_MS,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command:
      `npx vite build --logLevel error --outDir ${SITE_DIR} --emptyOutDir && ` +
      `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${SITE_DIR}`,
    url: SITE_URL,
    reuseExistingServer: false,
    timeout: 5 * 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
