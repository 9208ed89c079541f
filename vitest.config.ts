import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const dir = (d: string) => fileURLToPath(new URL(`./${d}`, import.meta.url));

/** Unit and integration tests run on plain Node (no SvelteKit): the domain and services do not need it. */
export default defineConfig({
  resolve: {
    alias: { $server: dir('server'), $ui: dir('ui'), $i18n: dir('i18n'), $display: dir('display') }
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites each use their own database file; keep them off each other's CPU.
    fileParallelism: false
  }
});
