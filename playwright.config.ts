import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/** Debian's Chromium where present (no browser downloads here); Playwright's own elsewhere. */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const executablePath = existsSync(systemChromium) ? systemChromium : undefined
const port = Number(process.env.E2E_PORT ?? 4173)
/** The Node server over PGlite, serving the `npm run build:real` build (VITE_MOCK=off). */
const realPort = Number(process.env.E2E_REAL_PORT ?? 4174)
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
  },
  projects: [
    { name: 'chromium', use: chromium, testIgnore: /real-server\.spec\.ts/ },
    {
      name: 'real-server',
      use: { ...chromium, baseURL: `http://localhost:${realPort}` },
      testMatch: /real-server\.spec\.ts/,
      // one server and one database for every test here (each resets it and sets its clock)
      workers: 1,
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx server/preview.ts`,
      env: { PORT: String(port), DIST: `${process.env.E2E_DIST ?? 'dist'}/client` },
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/tsx server/main.ts --test-clock`,
      // PGlite in memory, whatever DATABASE_URL this shell has: the test resets the demo data
      env: {
        PORT: String(realPort),
        DIST: 'dist-real/client',
        PGLITE_DATA: 'memory://',
        DATABASE_URL: '',
      },
      url: `http://localhost:${realPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})
