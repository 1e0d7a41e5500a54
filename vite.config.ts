/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { shippedScenarios } from './build/shippedScenarios';

export default defineConfig({
  base: './',
  // The start screen's list of shipped scenarios, and each one checked, made at build time.
  plugins: [shippedScenarios()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Whole-town runs and spawned CLI processes share two cores with everything else on CI and
    // class machines; a timeout is a hang guard, never a speed check (speed is `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
