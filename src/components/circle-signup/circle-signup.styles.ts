import { css } from 'lit';

export const styles = css`
  .root {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  .heading {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }

  p {
    margin: 0;
  }

  .icon {
    flex: none;
    vertical-align: -0.2em;
  }

  .muted {
    color: var(--_muted);
  }

  /* Summary */
  .summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .course {
    color: var(--_muted);
  }
  .facts {
    display: grid;
    gap: calc(var(--_space) * 0.6);
    margin: calc(var(--_space) * 0.25) 0 0;
  }
  .fact {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.1em;
  }
  .fact dt {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
  }
  .line {
    display: block;
  }
  @container (min-width: 34em) {
    .fact {
      grid-template-columns: 9em 1fr;
      gap: var(--_space);
    }
    .fact dt {
      font-size: 1em;
    }
  }

  /* Notices (src/styles/notices.ts): "check your answers" is a quiet one */
  .notice.soft {
    border-inline-start: 6px solid var(--_muted);
  }

  /* Link-out */
  .link-out {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
  }
  .button.cta {
    font-size: 1.1em;
    padding-inline: 1.4em;
  }

  /* Form */
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-inline-size: 40em;
  }
  /* labels, fields, hints and check boxes: src/styles/controls.ts */
  .phone-field .hint {
    margin-block-end: 0.3em;
  }
  .phone label {
    font-weight: 400;
    font-size: 0.92em;
  }
  /* the form's fields are drawn heavier than the finders' filters */
  .form :is(input[type='text'], input[type='email'], input[type='tel'], select, textarea) {
    border-width: 2px;
  }
  .form .field [aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 5px;
  }
  /* while the signup is sending, the answers stay readable but cannot change */
  .form[aria-busy='true'] :is(input, textarea, select) {
    cursor: progress;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .phone {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5em;
  }
  .phone > div {
    display: grid;
    gap: 0.2em;
    min-inline-size: 0;
  }
  @container (min-width: 26em) {
    .phone {
      grid-template-columns: minmax(0, 14em) minmax(0, 1fr);
    }
  }

  /* the consent box is larger than the finders' check boxes */
  .check input {
    inline-size: 1.35em;
    block-size: 1.35em;
    margin-block-start: 0.1em;
  }
  .check-field .hint {
    /* under the label: the box (1.35em) and the gap (0.5em), in the hint's smaller size */
    padding-inline-start: 2em;
  }
  .check-field .field-error {
    padding-inline-start: 0;
  }
  .check input[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 2px;
  }

  /* Honeypot: off-screen for people, present for form-filling bots. */
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    opacity: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .error-summary {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-summary .heading {
    font-size: 1.1em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary li + li {
    margin-block-start: 0.3em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
    text-decoration: underline;
  }

  /* Done */
  .done {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .done-badge {
    display: inline-grid;
    place-items: center;
    inline-size: 2.4em;
    block-size: 2.4em;
    border-radius: 50%;
    background: var(--_success);
    color: #fff;
  }
  .done > .heading:first-of-type {
    color: var(--_success);
  }
  .calendar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  /* Loading */
  .skeleton {
    display: grid;
    gap: 0.7em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
