import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser tests against the app as `npm start` runs it: the built API and web app on one port, with its own
// embedded PostgreSQL in a fresh data directory, driven by Debian's Chromium.
const port = Number(process.env['E2E_PORT'] ?? 3310);
const workspaceRoot = resolve(__dirname, '../..');
// Overridable so that a second run (e.g. a helper's private build) can go side by side with the main one.
// The start script's last command (`MALLOC_ARENA_MAX=2 node --max-old-space-size=… dist/backend/main.js`):
// the API with the memory settings it runs with.
const startScript: string = JSON.parse(readFileSync(resolve(workspaceRoot, 'package.json'), 'utf8')).scripts
  .start;
const startApi = startScript.split('&&').at(-1)?.trim() ?? 'node dist/backend/main.js';
const dataDirectory = resolve(workspaceRoot, process.env['E2E_DATA_DIR'] ?? 'tmp/e2e-data');
const outputDirectory = resolve(workspaceRoot, process.env['E2E_OUTPUT_DIR'] ?? 'tmp/e2e-output');
const webDirectory = process.env['E2E_WEB_DIR']
  ? resolve(workspaceRoot, process.env['E2E_WEB_DIR'])
  : undefined;

export default defineConfig({
  testDir: './src',
  outputDir: outputDirectory,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: resolve(outputDirectory, '..', 'test-results/e2e.json') }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'laptop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      testMatch: ['regions-map.spec.ts', 'roles.spec.ts'],
      use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' },
    },
  ],
  webServer: {
    command: `rm -rf "${dataDirectory}" && ${startApi}`,
    cwd: workspaceRoot,
    url: `http://localhost:${port}/api/health/ready`,
    // Every test signs in from 127.0.0.1: the per-address login limit is an integration test's business.
    env: {
      PORT: String(port),
      DATA_DIR: dataDirectory,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      DEMO_DATA: 'true',
      LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
      ...(webDirectory ? { WEB_DIR: webDirectory } : {}),
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
