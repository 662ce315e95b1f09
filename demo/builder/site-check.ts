/**
 * What will happen on the librarian's own site, judged before they paste: can learners sign up on
 * the page itself, or will `<circle-signup>` send them to P2PU ("Sign up on P2PU")?
 *
 * A browser cannot ask P2PU's server on another site's behalf (a CORS answer is about the page
 * that asks, and here that is the builder), so the verdict comes from P2PU's published allow-list,
 * the one docs/cors.md quotes. Pure functions, no DOM.
 */
import { PRODUCTION_ENDPOINT } from './snippet.js';

/** P2PU's `CORS_ORIGIN_WHITELIST` as docs/cors.md quotes it: its own sites only. */
export const P2PU_ALLOWED_ORIGINS: readonly (string | RegExp)[] = [
  'https://www.p2pu.org',
  'https://p2pu.github.io',
  /^https:\/\/([a-z0-9-]+\.)+p2pu\.org$/,
];

export type SiteVerdict =
  /** nothing typed yet */
  | { kind: 'unknown' }
  /** not a web address */
  | { kind: 'invalid'; text: string }
  /** the API is on the site's own origin (a proxy): the form works */
  | { kind: 'same-origin'; origin: string }
  /** P2PU's allow-list includes the site: the form works */
  | { kind: 'allowed'; origin: string; standIn: string | null }
  /** P2PU refuses the site: finding works, signing up links out */
  | { kind: 'link-out'; origin: string; insecure: boolean; standIn: string | null }
  /** another server than P2PU's: its own rules, which the builder cannot read */
  | { kind: 'other-server'; origin: string; server: string };

/** `library.example.org/learn` → `https://library.example.org/learn`; null when it is not a web address. */
export function sitePage(text: string): URL | null {
  const typed = text.trim();
  if (!typed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  try {
    const url = new URL(withScheme);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    const host = url.hostname.includes('.') || url.hostname === 'localhost';
    return web && host ? url : null;
  } catch {
    return null;
  }
}

/** `library.example.org/learn` → `https://library.example.org`; null when it is not a web address. */
export function siteOrigin(text: string): string | null {
  return sitePage(text)?.origin ?? null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Whether P2PU's allow-list lets pages on `origin` send signups. */
export function p2puAllows(origin: string): boolean {
  return P2PU_ALLOWED_ORIGINS.some((entry) => (typeof entry === 'string' ? entry === origin : entry.test(origin)));
}

/**
 * A server on this machine is the project's local stand-in for P2PU (`npm start`, the tests): it
 * is judged by P2PU's rules, which it copies (`P2PU_CORS=p2pu`).
 */
function isLocalStandIn(server: string): boolean {
  return /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(server);
}

/** The verdict for a site address typed by the librarian and the server the snippet uses. */
export function judgeSite(siteText: string, endpoint: string): SiteVerdict {
  if (!siteText.trim()) return { kind: 'unknown' };
  const origin = siteOrigin(siteText);
  if (!origin) return { kind: 'invalid', text: siteText.trim() };
  const server = originOf(endpoint || PRODUCTION_ENDPOINT) ?? PRODUCTION_ENDPOINT;
  if (server === origin) return { kind: 'same-origin', origin };
  const standIn = isLocalStandIn(server) ? server : null;
  if (server !== originOf(PRODUCTION_ENDPOINT) && !standIn) return { kind: 'other-server', origin, server };
  if (p2puAllows(origin)) return { kind: 'allowed', origin, standIn };
  return { kind: 'link-out', origin, insecure: origin.startsWith('http:'), standIn };
}

/** The message to send P2PU to have the site added to the allow-list, ready to paste into an email. */
export function allowRequest(origin: string, pageText: string): string {
  const page = sitePage(pageText)?.href.replace(/\/$/, '') ?? '';
  return [
    'Subject: Please allow our website to send learning circle signups',
    '',
    'Hello P2PU team,',
    '',
    `We show learning circles on our library's website with the learning-circle widgets${page && page !== origin ? ` (on ${page})` : ''}.`,
    'Please add this origin to the allowed origins of the learning circles API (CORS_ORIGIN_WHITELIST),',
    'so that learners can sign up on our page instead of being sent to P2PU:',
    '',
    origin,
    '',
    'Thank you!',
  ].join('\n');
}
