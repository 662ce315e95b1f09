export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/api/**', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
