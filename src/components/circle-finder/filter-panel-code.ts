/**
 * Where the finder gets its filter panel's code (finder-panel.ts, a chunk of its own): imported
 * the first time a patron reaches for "Filters", never at load. An object, so that a test can play
 * a failed download (offline) and check that "Try again" recovers.
 */
export type FilterPanelCode = typeof import('./finder-panel.js');

export const filterPanelCode = {
  load: (): Promise<FilterPanelCode> => import('./finder-panel.js'),
};
