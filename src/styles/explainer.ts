import { css } from 'lit';

/**
 * "What is a learning circle?" (src/internal/explainer.ts): a quiet, folded note above the widget's
 * content (the widgets' layouts space it). Reads only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const explainerStyles = css`
  .explainer summary {
    min-block-size: 24px;
    color: var(--_link);
    font-weight: 600;
    cursor: pointer;
  }
  .explainer p {
    max-inline-size: 40em;
    margin: 0.5em 0 0;
  }
`;
