/** The library's version; kept equal to package.json's by a node test (scripts/version.test.mjs). */
export const VERSION = '0.1.0';
