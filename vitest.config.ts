import { configDefaults, defineConfig } from 'vitest/config';

// Files that change process-wide state (environment variables the CLI and backups read, the
// clock) run each in a fresh process; the rest share a worker's module cache, which halves the
// suite's time (importing the app once per worker instead of once per file). Each file still
// gets its own freshly migrated database. Two workers keep both cores busy while one waits on
// PostgreSQL or Chromium. The browser walks run last, one at a time: with a second browser or
// the rest of the suite beside them on two cores, clicks land on lists still opening.
const ISOLATED = [
  'src/cli/**/*.test.ts',
  'src/modules/backup/**/*.test.ts',
  'src/modules/imports/import-reader.test.ts',
  'src/modules/relationship/first-contact.test.ts',
  'src/modules/relationship/follow-ups.test.ts',
  'src/modules/relationship/replan.test.ts',
  'src/modules/duplicates/duplicates.test.ts',
];
const BROWSER = ['test/e2e/**/*.test.ts'];
const ALL = ['src/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      {
        extends: true,
        test: {
          name: 'shared',
          include: ALL,
          exclude: [...configDefaults.exclude, ...ISOLATED, ...BROWSER],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          isolate: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          setupFiles: ['test/support/browser-failures.setup.ts'],
          // A page answers in well under a second here, but CI's machine can be twice as slow
          // (measured: every browser file took 1.7-2.4x as long there); 1 s polls failed on it.
          expect: { poll: { timeout: 10_000 } },
          // On CI's 2-core machine a walk that passes alone in 14 s took 51 s in the full run and
          // timed out on a click (measured 2026-12-02: 2 of 70 walks, different ones each run, all
          // passing alone). A failed walk runs again up to twice there; a real fault fails all
          // three. Locally a failure is reported at once.
          retry: process.env.CI === 'true' ? 2 : 0,
        },
      },
    ],
  },
});
