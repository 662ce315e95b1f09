import { css } from 'lit';

/**
 * Form controls, the same in every widget that has them (the finders' filters, the signup form), as
 * Shoelace's form-control.styles.ts: labels and legends, text fields and menus, check boxes and
 * radio buttons with their label (`.check`), fieldsets, a field with its parts (`.field`) and hints
 * (`.hint`). Host pages style `input`, `select` and `label` globally; inside the shadow root only
 * these rules apply. Reads only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const controlStyles = css`
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.3em;
  }
  /* A control with its label, hint and error, one above the other. */
  .field {
    display: grid;
    gap: 0.3em;
    align-content: start;
    min-inline-size: 0;
  }

  /* ---- text fields and menus ---- */
  input[type='search'],
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.5em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.3;
  }
  textarea {
    resize: vertical;
    min-block-size: 5em;
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 1px;
    border-color: var(--_brand);
  }
  select:disabled {
    opacity: 0.7;
  }

  /* ---- check boxes and radio buttons: the box, then its label ---- */
  /* a 24 px box (WCAG 2.2 target size), as tall as a line of 16 px text, on its label's first line */
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_brand);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: 36px;
    padding-block: 0.375em;
    font-weight: 400;
    cursor: pointer;
  }
  .check label {
    font-weight: 400;
    cursor: pointer;
  }

  /* ---- hints under a field ---- */
  .hint {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .hint:empty {
    display: none;
  }
`;
