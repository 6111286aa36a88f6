// End-to-end tests: the built extension in Debian's Chromium and the built Firefox add-on in Debian's
// firefox-esr, on fixture pages that reproduce Gmail's and Outlook's compose DOM.
// Run: npm run build && npx vitest run --config test/e2e/vitest.e2e.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A real browser on a shared machine: one retry absorbs a stray timing hiccup; a real failure fails twice.
    retry: 1,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
