import { isPropertyOnly, type Manifest } from './docs/manifest.js';

/**
 * The custom elements manifest as the Controls panel reads it: each setting once. The analyzer lists
 * a reflected setting twice (attribute `team-id`, property `teamId`) and Storybook would show both;
 * the stories' args are the property names, so here an attribute whose property a page can set is
 * left to that property's row, and what a page cannot use (private, protected and static members,
 * methods) is left out.
 */
export function controlsManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((d) => {
        if (!d.tagName) return d;
        const fields = new Set((d.members ?? []).filter((m) => isPropertyOnly(m, new Set())).map((m) => m.name!));
        return {
          ...d,
          attributes: (d.attributes ?? []).filter((a) => !(a.fieldName && fields.has(a.fieldName))),
          members: (d.members ?? []).filter((m) => fields.has(m.name!)),
        };
      }),
    })),
  };
}
