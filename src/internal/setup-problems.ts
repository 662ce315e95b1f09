import { html, nothing } from 'lit';
import { warnOnce } from './warn.js';

/**
 * The one notice for settings a widget cannot use: in the page, where the page editor sees it,
 * and once in the console. A note, not an alert: it is there from the start and is not news to a
 * patron using a screen reader. `parts` may add an old part name kept as an alias.
 */
export function renderSetupProblems(intro: string, problems: readonly string[], parts = 'problem') {
  if (problems.length === 0) return nothing;
  return html`<div class="setup-problem" part=${parts} role="note">
    <p><strong>${intro}</strong></p>
    <ul>
      ${problems.map((problem) => html`<li>${problem}</li>`)}
    </ul>
  </div>`;
}

/** Logs each problem once per page, naming the element. */
export function warnSetupProblems(tag: string, problems: readonly string[]): void {
  for (const problem of problems) warnOnce(`<${tag}>: ${problem.replace(/\.?$/, '.')}`);
}
