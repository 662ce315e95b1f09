/**
 * The local P2PU API the stories use (see .storybook/preview.ts), and endpoints of it that fail on
 * purpose (the server's /__fault/<kind>/ prefix), for the loading, slow, empty and error states.
 */
export const storyApi = new URLSearchParams(location.search).get('p2puApi') ?? 'http://localhost:8787';

export type StoryFault = 'hang' | 'slow' | 'html500' | 'malformed' | 'empty';

export function faultyEndpoint(fault: StoryFault): string {
  return `${storyApi}/__fault/${fault}`;
}
