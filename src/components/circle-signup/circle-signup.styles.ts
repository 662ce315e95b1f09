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

  .link {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link .icon {
    margin-inline-start: 0.25em;
    inline-size: 1em;
    block-size: 1em;
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

  /* Notices */
  .notice {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice.soft {
    border-inline-start-color: var(--_muted);
  }
  .notice:focus {
    outline: none;
  }
  .notice:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .notice-title {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
  }
  .notice-title .icon {
    margin-block-start: 0.15em;
  }
  .notice.error .notice-title {
    color: var(--_danger);
  }

  .problem {
    display: grid;
    gap: 0.4em;
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  .hint {
    color: var(--_muted);
    font-size: 0.92em;
  }

  /* Form */
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-inline-size: 40em;
  }
  .field {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.3em;
  }
  .phone-field .hint {
    margin-block-end: 0.3em;
  }
  .phone label {
    font-weight: 400;
    font-size: 0.92em;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.5em 0.65em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.4;
  }
  textarea {
    resize: vertical;
    min-block-size: 5em;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 1px;
    border-color: var(--_brand);
  }
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 5px;
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

  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .check input {
    flex: none;
    inline-size: 1.35em;
    block-size: 1.35em;
    margin: 0.1em 0 0;
    accent-color: var(--_brand);
  }
  .check label {
    font-weight: 400;
  }
  .check-field .hint {
    padding-inline-start: 1.95em;
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
  .skeleton .bar,
  .skeleton .block {
    block-size: 1em;
    inline-size: 60%;
    border-radius: 4px;
    background: linear-gradient(90deg, #d9e0e2 0%, #eef2f3 50%, #d9e0e2 100%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .skeleton .wide {
    inline-size: 85%;
    block-size: 1.4em;
  }
  .skeleton .short {
    inline-size: 35%;
  }
  .skeleton .block {
    inline-size: 100%;
    block-size: 8em;
    margin-block-start: 0.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bar,
    .skeleton .block,
    .spinner {
      animation: none;
    }
  }
`;
