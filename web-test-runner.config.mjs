// @ts-check
// Browser tests: headless Debian Chromium (see scripts/chromium.mjs), esbuild for TypeScript with
// the project's legacy decorators, and a plain "N passed, N failed" closing line for CI logs.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { fixtureApiMiddleware } from './test/fixture-api.mjs';

/**
 * Prints "wtr: N passed, N failed, N skipped" as the very last line of the run.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryLineReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // a file that failed to load, or a hook error, counts as one failure
        if (!s.passed && (s.errors?.length ?? 0) > 0) failed++;
      }
      process.once('exit', () => console.log(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
  concurrency: 1,
  middleware: [fixtureApiMiddleware],
  testFramework: { config: { timeout: 8000 } },
};
