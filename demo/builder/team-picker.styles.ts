import { css } from 'lit';

/**
 * Styles of <team-picker>, on top of the builder's shared ones (builder-base.styles.ts): 44px
 * controls, logical properties.
 * The list of matches opens over what follows, inside the picker's width, so it fits 320px.
 */
export const teamPickerStyles = css`
  :host {
    --_error: #b3261e;
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .picker {
    display: grid;
    gap: 1em;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  .hint,
  .message {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: #fff;
    color: var(--_ink);
    font: inherit;
  }
  input:focus-visible {
    outline-offset: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  /* the combobox and its list of matches */
  .combo {
    position: relative;
    min-inline-size: 0;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    max-block-size: min(26em, 70vh);
    overflow-y: auto;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: #fff;
    box-shadow: 0 6px 18px rgb(0 0 0 / 18%);
  }
  .popup[hidden] {
    display: none;
  }
  [role='listbox'] {
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
  }
  [role='option'] {
    display: grid;
    gap: 0.1em;
    min-block-size: 44px;
    padding: 0.45em 0.7em;
    border-inline-start: 4px solid transparent;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option']:hover {
    background: var(--_soft);
  }
  [role='option'][aria-selected='true'] {
    border-inline-start-color: var(--_accent);
    background: var(--_soft);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .option-name {
    font-weight: 600;
  }
  .option-about {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .more {
    margin: 0;
    padding: 0.4em 0.7em 0.6em;
    border-block-start: 1px solid var(--_soft);
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* states */
  .problem,
  .chosen,
  .unknown {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_soft);
    overflow-wrap: anywhere;
  }
  .problem {
    border-inline-start-color: var(--_error);
    background: #fbeceb;
  }
  .problem p,
  .chosen p,
  .unknown p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline-color: Highlight;
    }
  }
`;
