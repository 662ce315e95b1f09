import { css } from 'lit';

/**
 * Styles of <snippet-builder> (a docs tool, so plain and sturdy: it sits on the demo site and in
 * Storybook), on top of builder-base.styles.ts. Em and px only, logical properties, container
 * queries for its own width.
 */
export const builderStyles = css`
  :host {
    --_code-bg: #12282d;
    --_code-ink: #e9f2f1;
    --_warn: #8a3512;
    font-size: inherit;
  }
  h2 {
    margin: 0 0 0.6em;
    font-size: 1.25em;
    line-height: 1.25;
  }
  code,
  pre {
    font-family: ui-monospace, 'Cascadia Code', 'Source Code Pro', Menlo, Consolas, 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
  }
  a {
    color: var(--_accent);
  }
  .builder {
    container-type: inline-size;
    display: grid;
    gap: 2em;
  }
  .columns {
    display: grid;
    gap: 2em;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 56em) {
    .columns {
      grid-template-columns: minmax(18em, 26em) minmax(0, 1fr);
    }
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }

  /* 1. widget chooser */
  .choices {
    display: grid;
    gap: 0.6em;
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
  }
  .choice {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.5em;
    align-items: baseline;
    padding: 0.7em 0.8em;
    border: 1px solid var(--_line);
    border-radius: 8px;
    background: #fff;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background: var(--_soft);
  }
  .choice label {
    font-weight: 700;
    cursor: pointer;
  }
  .choice .about {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.9em;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* 2. options */
  .options {
    display: grid;
    gap: 1.5em;
    min-inline-size: 0;
  }
  .group {
    display: grid;
    gap: 1em;
    padding: 1em;
    border: 1px solid var(--_line);
    border-radius: 8px;
    background: #fff;
  }
  .group > legend {
    float: inline-start;
    inline-size: 100%;
    font-size: 1.05em;
  }
  .group-hint,
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .field > label,
  .field > legend {
    font-weight: 600;
  }
  .field label .attr,
  .field legend .attr {
    font-weight: 400;
    color: var(--_muted);
  }
  .field .sub {
    font-weight: 400;
  }
  .field.check,
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.5em;
    align-items: center;
  }
  .field.check .hint {
    grid-column: 2;
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: #fff;
    color: var(--_ink);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: #b3261e;
    border-width: 2px;
  }
  .error {
    margin: 0;
    color: #b3261e;
    font-weight: 600;
  }
  .multi .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
    margin-block-start: 0.3em;
  }
  .multi .checks.scroll {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
    max-block-size: 13em;
    overflow: auto;
    padding: 0.4em;
    border: 1px solid var(--_line);
    border-radius: 6px;
  }
  .swatches {
    display: grid;
    gap: 0.6em;
  }
  .swatch {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.6em;
    align-items: center;
  }
  .swatch .hint {
    grid-column: 2;
    overflow-wrap: anywhere;
  }
  .swatch input[type='color'] {
    grid-row: span 2;
    inline-size: 44px;
    block-size: 44px;
    padding: 2px;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: #fff;
  }
  .swatch label {
    font-weight: 600;
  }
  .warning {
    margin: 0;
    padding: 0.5em 0.7em;
    border-inline-start: 4px solid var(--_warn);
    background: #fdf1ea;
    color: var(--_warn);
  }

  .ok {
    margin: 0;
    padding: 0.5em 0.7em;
    border-inline-start: 4px solid #1e6b34;
    background: #eaf5ec;
    color: #1e4d2b;
  }
  .verdict {
    display: grid;
    gap: 0.6em;
  }
  .verdict:empty {
    display: none;
  }
  .verdict p {
    margin: 0;
  }
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .button[aria-pressed='true'] {
    background: var(--_soft);
  }
  .button[aria-pressed='true']::before {
    content: '✓ ';
    white-space: pre;
  }
  .site-preview p {
    margin: 0 0 0.4em;
  }

  /* 3. preview */
  .results {
    display: grid;
    gap: 2em;
    min-inline-size: 0;
  }
  .preview-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: baseline;
    justify-content: space-between;
  }
  .note {
    margin: 0 0 0.8em;
    padding: 0.5em 0.7em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_soft);
  }
  .stage {
    min-block-size: 8em;
    padding: 1em;
    border: 2px dashed var(--_line);
    border-radius: 8px;
    background: #fbfbfa;
    /* The stage grows with the widget: a fixed-height scroll box once hid every card behind a
       finder's filters, so a team looked empty. Only something wider than the column (it should
       not happen: the widgets fit any width) scrolls sideways, inside the stage, never the page. */
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .stage.narrow {
    /* the widget itself gets 320px: add the stage's padding and border */
    inline-size: min(100%, calc(320px + 2em + 4px));
  }

  /* 4. snippet */
  .part {
    display: grid;
    gap: 0.4em;
    margin: 0 0 1.2em;
  }
  .part pre {
    margin: 0;
    padding: 0.8em 1em;
    overflow-x: auto;
    border-radius: 6px;
    background: var(--_code-bg);
    color: var(--_code-ink);
    line-height: 1.5;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .part pre:focus-visible {
    outline-color: #f4c15d;
  }
  .copy-all {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 1em 0 0;
  }

  /* 5. platforms */
  details {
    border: 1px solid var(--_line);
    border-radius: 8px;
    background: #fff;
  }
  details + details {
    margin-block-start: 0.5em;
  }
  summary {
    padding: 0.7em 1em;
    font-weight: 700;
    cursor: pointer;
  }
  .details-body {
    padding: 0 1em 0.5em;
  }
  .details-body li + li {
    margin-block-start: 0.4em;
  }
  .csp-why li + li {
    margin-block-start: 0.3em;
  }
  .problem,
  .loading {
    padding: 1em;
    border: 1px solid var(--_line);
    border-radius: 8px;
  }
  .problem {
    border-color: #b3261e;
    color: #b3261e;
  }
`;
