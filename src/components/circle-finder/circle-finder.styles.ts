import { css } from 'lit';

export const finderStyles = css`
  [hidden] {
    display: none !important;
  }
  .finder {
    position: relative;
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .measure {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    block-size: 0;
    visibility: hidden;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }

  /* ---- page-editor notice ---- */
  .config-problems {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .config-problems ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
  }

  /* ---- controls ---- */
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  label,
  legend {
    font-weight: 600;
  }
  .search > label {
    display: block;
    margin-block-end: 0.3em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'],
  select {
    box-sizing: border-box;
    min-block-size: 44px;
    margin: 0;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.3;
  }
  input[type='search'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    inline-size: 100%;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  select {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  select:disabled {
    opacity: 0.7;
  }
  .filters-toggle {
    justify-self: start;
  }
  .button,
  .tab,
  .link {
    overflow-wrap: normal;
  }
  .search-row .button {
    flex: none;
    white-space: nowrap;
  }
  .filter-panel {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: calc(var(--_space) * 0.75) var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field {
    display: grid;
    gap: 0.3em;
    align-content: start;
    min-inline-size: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.3em;
  }
  .field.days,
  .field.near {
    grid-column: 1 / -1;
  }
  @container (min-width: 40em) {
    .field.near {
      grid-column: span 2;
    }
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.1em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 36px;
    font-weight: 400;
    cursor: pointer;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_brand);
    flex: none;
  }
  .near-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .distance {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .distance select {
    inline-size: auto;
  }
  .hint {
    font-size: 0.92em;
    color: var(--_muted);
  }
  .hint:empty {
    display: none;
  }
  .hint.problem {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    color: var(--_danger);
  }
  .icon {
    flex: none;
  }

  /* ---- link-looking buttons ---- */
  .link {
    all: unset;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    font-weight: 600;
  }
  .link:focus-visible,
  .chip:focus-visible,
  .tab:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  a {
    color: var(--_link);
    font-weight: 600;
  }

  /* ---- chips ---- */
  .chips-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    min-inline-size: 0;
  }
  .chips li {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .chip {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    min-block-size: 36px;
    padding-block: 0.25em;
    padding-inline: 0.85em 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .chip span {
    overflow-wrap: anywhere;
  }
  .chip:hover {
    border-color: var(--_brand);
  }

  /* ---- tabs ---- */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    all: unset;
    box-sizing: border-box;
    min-block-size: 44px;
    padding: 0.55em 0.9em;
    margin-block-end: -1px;
    border-block-end: 3px solid transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: var(--_link);
    border-block-end-color: var(--_brand);
  }
  .tab:hover {
    color: var(--_text);
  }

  /* ---- results ---- */
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .summary {
    color: var(--_muted);
  }
  .summary:empty {
    display: none;
  }
  .results {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results[data-layout='grid'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .results > li {
    display: grid;
    min-inline-size: 0;
    border-radius: var(--_radius);
  }
  .results > li:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 3px;
  }
  circle-card {
    display: block;
    min-inline-size: 0;
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
  }
  .inline-error {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    color: var(--_danger);
  }

  /* ---- skeleton ---- */
  .skeleton-card {
    display: grid;
    align-content: start;
    gap: 0.6em;
    padding: var(--_space);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .bone {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, var(--_surface) 60%, transparent) 50%,
        transparent 100%
      )
      var(--_surface-alt);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .bone.image {
    block-size: 7em;
  }
  .results[data-layout='list'] .bone.image {
    block-size: 4em;
    inline-size: 30%;
  }
  .results[data-layout='compact'] .bone.image {
    display: none;
  }
  .bone.title {
    block-size: 1.3em;
    inline-size: 75%;
  }
  .bone.short {
    inline-size: 45%;
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  /* ---- empty and error ---- */
  .empty,
  .error {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty {
    border: 1px dashed var(--_border);
  }
  .ways-out {
    display: grid;
    gap: 0.5em;
    margin: 0.6em 0 0;
    padding: 0;
    list-style: none;
  }
  .error {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    border: 2px solid var(--_danger);
  }
  .error > .icon {
    color: var(--_danger);
    margin-block-start: 0.15em;
  }
  .error .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }

  /* ---- narrow containers ---- */
  @container (max-width: 22.5em) {
    .search-row .button span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .search-row .button {
      padding-inline: 0.8em;
    }
  }
`;
