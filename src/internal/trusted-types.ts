/**
 * The library's one Trusted Types policy, `p2pu-widgets`, for the only two places where it hands
 * the browser script: the JSONP `<script src>` (the URL of a request to an allowed P2PU endpoint)
 * and the circle finder's JSON-LD `<script type="application/ld+json">` (JSON text). A page that
 * enforces Trusted Types (`require-trusted-types-for 'script'`) and lists policy names
 * (`trusted-types …`) adds `p2pu-widgets` (and Lit's `lit-html`).
 *
 * The policy is created lazily, only where `window.trustedTypes` exists, once per page: it is kept
 * on a registered global so that a second copy of the library (the script tag and the npm build)
 * uses the same one instead of creating a duplicate the page may refuse. No imports: the API layer
 * and the finder both use it.
 */

export const TRUSTED_TYPES_POLICY = 'p2pu-widgets';

/** What the policy's rules accept; set by the JSONP transport (`src/api/transport.ts`). */
export type ScriptUrlRule = (url: string) => boolean;

interface Policy {
  createScriptURL(input: string): unknown;
  createScript(input: string): unknown;
}

interface Factory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string; createScript(input: string): string },
  ): Policy;
}

interface Holder {
  /** The policy, once made. */
  policy?: Policy;
  /** The page refused the policy (its `trusted-types` list does not name it). */
  refused?: boolean;
  /** Which script URLs the policy signs: requests to endpoints the page allows. */
  scriptUrlRule?: ScriptUrlRule;
}

const HOLDER = Symbol.for('p2pu-widgets.trusted-types');

function holder(): Holder {
  const page = globalThis as unknown as Record<symbol, Holder | undefined>;
  return (page[HOLDER] ??= {});
}

/** Sets which script URLs the policy accepts (the same rule in every copy of the library). */
export function setScriptUrlRule(rule: ScriptUrlRule): void {
  holder().scriptUrlRule = rule;
}

/** The policy, or null where Trusted Types do not exist or the page refused the policy. */
function policy(): Policy | null {
  const h = holder();
  if (h.policy) return h.policy;
  if (h.refused) return null;
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return null;
  try {
    h.policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(input) {
        if (holder().scriptUrlRule?.(input) === true) return input;
        throw new TypeError(`${TRUSTED_TYPES_POLICY}: not a request to an allowed P2PU endpoint: ${input}`);
      },
      createScript(input) {
        // JSON only (a JSON text does nothing even when run as a script), as written by
        // structuredDataText, which escapes every < and >.
        JSON.parse(input);
        if (/[<>]/.test(input)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: unescaped JSON-LD`);
        return input;
      },
    });
    return h.policy;
  } catch {
    h.refused = true;
    return null;
  }
}

/**
 * The JSONP script URL as the page's `script.src` accepts it: a TrustedScriptURL where Trusted
 * Types exist, else the string. Throws a TypeError when the policy refuses the URL.
 */
export function trustedScriptUrl(url: string): string {
  const p = policy();
  return p ? (p.createScriptURL(url) as string) : url;
}

/**
 * JSON-LD text as the page's `script.textContent` accepts it: a TrustedScript where Trusted Types
 * exist, else the string. Throws when the text is not escaped JSON.
 */
export function trustedJsonLd(text: string): string {
  const p = policy();
  return p ? (p.createScript(text) as string) : text;
}

/** Whether the page refused to let the library create its policy (after a first use). */
export function trustedTypesPolicyRefused(): boolean {
  return holder().refused === true;
}
