import { css } from 'lit';

/**
 * The layout of the filter panel's own controls (the choices of how a circle meets and of the
 * meeting days, "near me" with its distance and message). Loaded with the panel's code
 * (finder-panel.ts) and added to the finder's shadow root then; the form controls themselves are
 * the shared controlStyles, which the search box needs at once.
 */
export const panelStyles = css`
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.1em;
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
  .hint.problem {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    color: var(--_danger);
  }
`;
