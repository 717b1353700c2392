import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: the machine has 2 cores and each test file launches Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The same files in Firefox ESR (test/support/firefox/): `npm run test:firefox`.
          name: 'e2e-firefox',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: { DOSSIER_BROWSER: 'firefox' },
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
          globalSetup: ['test/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
