import { defineConfig } from '@playwright/test';

// Browser tests run against a real build of the demo organisation, in Debian's Chromium
// (never a downloaded browser), served on 127.0.0.1.
// Port and output folder can be moved, so that two runs on one machine do not collide.
const port = Number(process.env.VITRINE_E2E_PORT ?? 4322);
const out = process.env.VITRINE_E2E_OUT ?? '.vitrine-build/e2e-site';
export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  reporter: [['list']],
  outputDir: process.env.VITRINE_E2E_RESULTS ?? 'test-results',
  timeout: 60_000,
  webServer: {
    command: `node scripts/build.ts && node scripts/serve.ts ${out} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The search index in parts, as a large organisation's is (src/lib/build/search-shards.ts): the search page merges them.
    env: { VITRINE_OUT: out, VITRINE_TODAY: '2026-11-20', VITRINE_SITE_DIR: '', VITRINE_SEARCH_PART_BYTES: '1000000' },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});
