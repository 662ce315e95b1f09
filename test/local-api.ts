/**
 * The local P2PU API started by web-test-runner.config.mjs for browser tests: `open` answers CORS
 * for the test page, `p2pu` refuses it exactly as production refuses a library's site.
 */
declare global {
  interface Window {
    __P2PU_TEST_API__?: { open?: string; p2pu?: string };
  }
}

function url(kind: 'open' | 'p2pu'): string {
  const value = window.__P2PU_TEST_API__?.[kind];
  if (!value) throw new Error('the local API was not started by web-test-runner.config.mjs');
  return value;
}

export const localApi = {
  get open() {
    return url('open');
  },
  get p2pu() {
    return url('p2pu');
  },
};

export type Fault = 'slow' | 'hang' | 'html500' | 'malformed' | 'empty' | 'none';
/**
 * Endpoint faults of the local API for one widget (`${localApi.open}/__fault/<kind>`): `nopreflight` refuses
 * CORS preflights only; `twice`, `throw` and `hijack` are hostile JSONP answers (server/README.md).
 */
export type EndpointFault = Fault | 'nopreflight' | 'twice' | 'throw' | 'hijack';

/** The local API as an endpoint whose every request fails the given way. */
export function faultyEndpoint(fault: EndpointFault, api: 'open' | 'p2pu' = 'open'): string {
  return `${url(api)}/__fault/${fault}`;
}

/** Makes the next matching requests to the local API fail the given way (its /__faults control). */
export async function injectFault(
  fault: Fault,
  options: { path?: string; times?: number; latencyMs?: number; api?: 'open' | 'p2pu' } = {},
): Promise<void> {
  const { api = 'open', ...rule } = options;
  const response = await fetch(`${url(api)}/__faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fault, ...rule }),
  });
  if (!response.ok) throw new Error(`could not set fault ${fault}: HTTP ${response.status}`);
}

export async function clearFaults(api: 'open' | 'p2pu' = 'open'): Promise<void> {
  await fetch(`${url(api)}/__faults`, { method: 'DELETE' });
}
