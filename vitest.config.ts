import { defineConfig } from 'vitest/config';

// Property tests share one fast-check seed, set before each test file.
const setupFiles = ['./test/fast-check-seed.ts'];

// Calendar code must not depend on the machine's time zone, so the date
// tests run once per zone below in addition to the main run.
const timeZones = ['UTC', 'Asia/Shanghai', 'America/New_York'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          setupFiles,
          name: 'core',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/core/test/**/*.test.ts',
          ],
          exclude: ['packages/core/src/dates/**'],
        },
      },
      ...timeZones.map((timeZone) => ({
        test: {
          setupFiles,
          name: `dates (${timeZone})`,
          include: ['packages/core/src/dates/**/*.test.ts'],
          env: { TZ: timeZone },
        },
      })),
      {
        test: {
          setupFiles,
          name: 'cli',
          include: [
            'packages/cli/src/**/*.test.ts',
            'packages/cli/test/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          setupFiles,
          name: 'examples',
          include: ['examples/**/*.test.{ts,mjs}'],
          exclude: ['**/node_modules/**', 'examples/sample-county/out/**'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          setupFiles,
          name: 'site',
          include: ['site/test/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
