import { VERSION } from '../version.js';

const VERSION_KEY = Symbol.for('p2pu-widgets.version');
type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is already taken.
 *
 * A library's page can end up with two copies of our script (a CMS block pasted twice, a theme
 * and a plugin both adding it). Lit's `@customElement` throws on the second `define`, which would
 * stop the rest of the page's scripts; instead we keep the first registration, stay silent when it
 * is the same version, and warn once, naming both versions, when it is not.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  (ctor as VersionedConstructor)[VERSION_KEY] = VERSION;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing[VERSION_KEY] === VERSION || warned.has(tag)) return;
  warned.add(tag);
  if (existing[VERSION_KEY] === undefined) {
    // Someone else's element took the name: ours cannot run, and the page editor must hear why.
    console.warn(
      `<${tag}> is already defined by another script on this page, not by learning-circle-widgets; ` +
        `the learning-circle widget <${tag}> cannot run here. Remove the other script's <${tag}> or ask its authors to rename it.`,
    );
    return;
  }
  console.warn(
    `<${tag}> is already registered by learning-circle-widgets ${existing[VERSION_KEY]}; ` +
      `this copy (${VERSION}) is not used. Include the widgets script once per page.`,
  );
}
