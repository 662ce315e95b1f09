import { designTokensPlugin } from './scripts/design-tokens.mjs';

export default {
  globs: ['src/**/*.ts'],
  // src/styles/tokens.ts is documentation data: the plugin below puts it on the widgets instead
  exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts', 'src/api/**', 'src/generated/**', 'src/styles/tokens.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // the global --p2pu-* tokens (src/styles/tokens.ts) on every widget that uses hostStyles
  plugins: [designTokensPlugin()],
};
