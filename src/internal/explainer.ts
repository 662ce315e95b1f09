import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

/**
 * "What is a learning circle?", folded (a native `<details>`): a few plain words for a patron who has
 * never taken an online course, near the top of the finders and the signup when the page turns on
 * the `explainer` setting. Styles: src/styles/explainer.ts.
 */
export function renderExplainer(on: boolean) {
  return on
    ? html`<details class="explainer" part="explainer">
        <summary>${msg('What is a learning circle?')}</summary>
        <p>
          ${msg(
            'A learning circle is a free study group that meets every week, usually at the library, to take a free online course together. A facilitator guides the group and does not need to be an expert. There is no cost, and no experience is needed.',
          )}
        </p>
      </details>`
    : nothing;
}
