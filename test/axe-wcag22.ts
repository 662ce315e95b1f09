/**
 * Every accessibility check of the browser tests (`expect(el).to.be.accessible()`, chai-a11y-axe)
 * covers WCAG 2.2 AA: axe-core leaves its one 2.2 AA rule, target-size (24 px targets), off by
 * default. Loaded by the test page (web-test-runner.config.mjs) before any test.
 */
import 'axe-core/axe.min.js';

const axe = (window as unknown as { axe: { configure(spec: { rules: { id: string; enabled: boolean }[] }): void } }).axe;
axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
