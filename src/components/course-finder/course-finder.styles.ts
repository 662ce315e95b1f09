import { css } from 'lit';

export const courseFinderStyles = css`
  .frame {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  p,
  ul,
  fieldset {
    margin: 0;
  }
  .icon {
    flex: none;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .filter-row {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 36em) {
    .filter-row {
      flex-direction: row;
      align-items: flex-end;
    }
    .field.search {
      flex: 2 1 0;
    }
    .field.order {
      flex: 1 1 0;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  .search-box {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-box .icon {
    position: absolute;
    inset-inline-start: 0.7em;
    color: var(--_muted);
    pointer-events: none;
  }
  input[type='search'],
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.3;
  }
  input[type='search'] {
    padding-inline-start: 2.3em;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .toggle-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .toggle.active {
    border-color: var(--_brand);
    color: var(--_link);
  }
  .toggle[aria-expanded='true'] {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
  }
  .toggle:focus-visible,
  .chip:focus-visible,
  .link-button:focus-visible,
  .link:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.5em;
    padding-inline: 0.35em;
    border-radius: 999px;
    background: var(--_brand);
    color: var(--_on-brand);
    font-size: 0.85em;
    line-height: 1.5;
  }
  .chevron {
    transition: transform 0.15s;
  }
  .chevron.open {
    transform: rotate(180deg);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  fieldset {
    min-inline-size: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.1em 1em;
    padding: 0;
    list-style: none;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: 36px;
    padding-block: 0.35em;
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0.15em 0 0;
    accent-color: var(--_brand);
  }
  .native {
    color: var(--_muted);
  }
  .done {
    align-self: flex-start;
  }
  .hint {
    color: var(--_muted);
  }
  .link-button {
    all: unset;
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    border-radius: 2px;
  }

  /* Chosen filters */
  .active-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .active-label {
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .chip {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 32px;
    padding-block: 0.15em;
    padding-inline: 0.75em 0.5em;
    border: 1px solid var(--_brand);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_link);
    font-size: 0.9em;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_surface-alt);
  }
  .chip .icon {
    inline-size: 1em;
    block-size: 1em;
  }

  /* Results */
  .count {
    color: var(--_muted);
    font-weight: 600;
    min-block-size: 1.5em;
  }
  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .results > li {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .results > li > course-card {
    flex: 1;
  }
  .results.stale {
    opacity: 0.55;
    transition: opacity 0.2s;
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
  }
  .more-error {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_danger);
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    min-block-size: 14em;
    padding: var(--_space);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .bone {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.title {
    block-size: 1.4em;
    inline-size: 85%;
  }
  .bone.short {
    inline-size: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  /* Empty, error, configuration problems */
  .notice {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.error {
    border: 2px solid var(--_danger);
  }
  .notice-title {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 700;
    font-size: 1.05em;
  }
  .notice.error .notice-title {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.25em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_link);
    font-weight: 600;
    border-radius: 2px;
  }
  .problem {
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .problem ul {
    margin-block-start: 0.25em;
    padding-inline-start: 1.25em;
  }

  @media (prefers-reduced-motion: reduce) {
    .bone,
    .chevron,
    .results.stale {
      animation: none;
      transition: none;
    }
  }
`;
