import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const PORT = 3210;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * The suite's build runs on a clock sixty times fast that starts two seconds before a minute, so
 * every reading of the build's configuration falls in another minute — as a build started at an
 * unlucky second would. A build whose client and server disagree on their version never hydrates
 * (issue 19); test/e2e/build.spec.ts checks this build. faketime: Debian's package of that name.
 */
const minute = new Date().toISOString().slice(0, 16).replace('T', ' ');
export const BUILD_CLOCK = existsSync('/usr/bin/faketime') ? `faketime -f '@${minute}:58 x60'` : '';

/** Debian's Chromium (Playwright cannot download its own browsers here), see NOTES. */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    // A failing test leaves its trace in test-results/ (npx playwright show-trace …).
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--autoplay-policy=no-user-gesture-required'
      ]
    }
  },
  webServer: {
    // A fresh database for every run, then the production build with the demo office.
    command: `rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && ${BUILD_CLOCK} npm run build && node build/run/main.js --demo`,
    url: `${BASE_URL}/api/v1/offices`,
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: 'file:./data/e2e.db' },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe'
  }
});
