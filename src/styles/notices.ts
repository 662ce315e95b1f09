import { css } from 'lit';

/**
 * The page-editor notice (settings a widget cannot use). It is the same in every widget and in
 * <p2pu-config>, so a library that styles `::part(problem)` styles them all.
 */
export const setupProblemStyles = css`
  .setup-problem {
    display: block;
    margin: 0 0 var(--_space, 1em);
    padding: calc(var(--_space, 1em) * 0.75) var(--_space, 1em);
    border: 2px solid var(--_danger, #b3261e);
    border-radius: var(--_radius, 8px);
    background: var(--_surface, #ffffff);
    color: var(--_text, #1d2428);
    font: inherit;
  }
  .setup-problem p {
    margin: 0;
  }
  .setup-problem ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
  }
`;

/**
 * The notices a widget shows in place of its content: `.notice` (neutral), `.notice.error` (could
 * not load; role alert, with "Try again"), `.notice.empty` (nothing to show, with a way out) and
 * `.notice.info` (why this is not possible here). Inside: a `.notice-title` (an icon, then the words),
 * paragraphs, links, buttons and an `.actions` row (`.notice-actions` in the shared error notice,
 * src/internal/error-notice.ts). Reads only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const noticeStyles = css`
  .notice {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    align-content: start;
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .notice p {
    margin: 0;
  }
  .notice.error {
    border: 2px solid var(--_danger);
  }
  .notice.empty {
    border-style: dashed;
  }
  .notice.info {
    border-inline-start: 6px solid var(--_brand);
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
    font-weight: 700;
  }
  .notice-title strong {
    font-weight: inherit;
  }
  .notice-title .icon {
    flex: none;
    margin-block-start: 0.15em;
  }
  .notice.error .notice-title {
    color: var(--_danger);
  }
  .notice a:not(.button) {
    color: var(--_link);
    font-weight: 600;
  }
  .notice .actions,
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.25em;
  }
`;
