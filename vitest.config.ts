import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects (docs/development.md, "Tests"):
 * - `unit` (`npm run test:unit`): everything not listed below. Library code against real git in temp dirs, the pure
 *   cores, the emulators one request at a time, the real signing tools on small files. No act, no whole-release
 *   runs, nothing from dist/ (a change in src/ is tested without a build).
 * - `e2e` (`npm run test:e2e`): the files listed here, chosen by what they run (read from each file; the unit set
 *   was then timed file by file): act, the bundles in dist/ under two Node versions, esbuild rebuilds of dist/, jsign
 *   on a JVM, `npm pack`, the README's quick start, 1 GiB scrypt (minisign's limits: key format and CLI), GiB-sized
 *   inputs (1.5 GiB release assets through the emulator, a legacy signature over 512 MiB), whole releases through
 *   the CLI.
 * `npm test` runs both (CI's `.ci/run` runs `npm test` and reads the JSON report).
 */
export const E2E = [
  'test/e2e/**/*.test.ts',
  'test/firsthour/**/*.test.ts',
  'test/actions/*-bundle.test.ts',
  'test/cli/cli-usage.test.ts',
  'test/platform/portability.test.ts',
  'test/signing/authenticode/authenticode.test.ts',
  'test/signing/authenticode/sign-trusted.test.ts',
  'test/signing/minisign/sign-ed25519-interop.test.ts',
  'test/signing/minisign/sign-ed25519-go.test.ts',
  'test/build/**/*.test.ts',
  'test/signing/minisign/core/minisign-scrypt.test.ts',
  'test/archives/bundle.test.ts',
  'test/packages/tauri-updater.test.ts',
  'test/publishing/large-assets.test.ts',
  'test/signing/minisign/ed25519-stream-large.test.ts',
  'test/cli/cli-ed25519-scrypt.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Interop tests print why they skip; keep that output visible.
    reporters: ['default'],
    projects: [
      // unit: one worker per core (vitest's default keeps one core free, which on a 2-core machine runs the files one
      // after another); the files share nothing but read-only fixtures, and most of their time is spent waiting on
      // git, the signing tools and loopback HTTP. Different worker counts need different group orders: unit first.
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...E2E], maxWorkers: '100%', sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'e2e', include: E2E, sequence: { groupOrder: 1 } } },
    ],
  },
});
