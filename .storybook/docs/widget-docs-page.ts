/**
 * The docs page of every widget (autodocs, `parameters.docs.page` in .storybook/preview.ts): what
 * it is for in plain words (widget-guides.ts), what to paste, its main states side by side, and
 * its reference from custom-elements.json (manifest.ts), each attribute, property, event, part,
 * token and slot once. A meta whose component has no guide (Theming, the snippet builder) gets
 * Storybook's standard docs page.
 *
 * Written with createElement, as the project has no JSX set-up.
 */
import { createElement as h, Fragment, type ReactNode } from 'react';
import {
  Canvas,
  Description,
  DocsPage,
  Heading,
  Markdown,
  Source,
  Subheading,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import type { ModuleExport } from 'storybook/internal/types';
import { findElement, hasManifest, referenceOf, type ElementReference } from './manifest.js';
import { pasteSnippet, scriptTagUrl, widgetGuides, type WidgetGuide } from './widget-guides.js';

/** The snippet builder's story, as a link inside Storybook. */
const SNIPPET_BUILDER = '?path=/story/docs-snippet-builder--builder';

/** Text with `code` spans (the manifest's only markup) as React nodes; everything else stays text. */
function inline(text: string): ReactNode {
  if (!text) return null;
  return text.split(/(`[^`]+`)/).map((piece, i) =>
    piece.startsWith('`') && piece.endsWith('`') && piece.length > 1 ? h('code', { key: i }, piece.slice(1, -1)) : piece,
  );
}

const code = (value: string) => (value ? h('code', null, value) : null);

/** A plain table; the docs page styles it like Markdown tables. Nothing when there are no rows. */
function table(caption: string, headers: string[], rows: ReactNode[][]): ReactNode {
  if (rows.length === 0) return null;
  return h(
    Fragment,
    null,
    h(Subheading, null, caption),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, ...headers.map((title) => h('th', { key: title, scope: 'col' }, title)))),
      h(
        'tbody',
        null,
        rows.map((cells, r) => h('tr', { key: r }, cells.map((cell, c) => h('td', { key: c }, cell)))),
      ),
    ),
  );
}

function referenceTables(tag: string, ref: ElementReference): ReactNode {
  return h(
    Fragment,
    null,
    table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'What it does'],
      ref.attributes.map((a) => [code(a.attribute), code(a.property), code(a.type), code(a.default), inline(a.description)]),
    ),
    ref.attributes.length > 0 && tag !== 'p2pu-config'
      ? h(
          'p',
          null,
          'The language follows the standard ',
          code('lang'),
          ' attribute on the widget or around it, then the script line\u2019s ',
          code('data-lang'),
          ', then the page\u2019s language.',
        )
      : null,
    table(
      'Properties without an attribute',
      ['Property', 'Type', 'Default', 'What it is'],
      ref.properties.map((p) => [
        code(p.property),
        code(p.type),
        code(p.default),
        h(Fragment, null, p.readonly ? h('em', null, 'Read-only. ') : null, inline(p.description)),
      ]),
    ),
    ref.events.some((e) => e.extra)
      ? table(
          'Events',
          ['Event', 'Detail type', 'When it fires, and its detail'],
          ref.events.map((e) => [code(e.name), code(e.extra), inline(e.description)]),
        )
      : table(
          'Events',
          ['Event', 'When it fires, and its detail'],
          ref.events.map((e) => [code(e.name), inline(e.description)]),
        ),
    table(
      'CSS parts (::part())',
      ['Part', 'What it is'],
      ref.parts.map((p) => [code(p.name), inline(p.description)]),
    ),
    table(
      'CSS custom properties (tokens)',
      ['Token', 'Default', 'What it sets'],
      ref.cssProperties.map((p) => [code(p.name), code(p.extra), inline(p.description)]),
    ),
    table(
      'Slots',
      ['Slot', 'What goes in it'],
      ref.slots.map((s) => [s.name ? code(s.name) : '(default)', inline(s.description)]),
    ),
  );
}

function pasteSection(tag: string, guide: WidgetGuide): ReactNode {
  return h(
    Fragment,
    null,
    h(Heading, null, 'What to paste'),
    h(
      Markdown,
      null,
      'Paste the script line once on the page (many website editors have a place for "code in the page ' +
        'header"), then the tag where the widget should appear, in your editor\u2019s HTML or code mode. ' +
        'Use your own numbers in place of the examples.\n\n' +
        `Copy the script line itself from <a href="${scriptTagUrl}" target="_blank" rel="noreferrer">script-tag.txt</a> ` +
        `or from the [snippet builder](${SNIPPET_BUILDER}): it has the real check code in place of \`sha384-…\`. ` +
        'Do not type that code yourself.',
    ),
    h(Source, { language: 'html', code: pasteSnippet(guide.snippet), format: false }),
    ...(guide.examples ?? []).map((example) =>
      h(
        Fragment,
        { key: example.label },
        h('p', null, h('strong', null, example.label)),
        h(Source, { language: 'html', code: example.code, format: false }),
        example.note ? h(Markdown, null, example.note) : null,
      ),
    ),
    tag === 'p2pu-config'
      ? null
      : h(
          'p',
          null,
          'Put a plain link inside a tag for visitors whose browser does not run scripts; everyone else sees ',
          'the widget.',
        ),
  );
}

interface StoryEntry {
  name: string;
  moduleExport: ModuleExport;
  tags: string[];
}

/** How many stories the page shows when none of the guide's states is found. */
const FALLBACK_STATES = 4;

/**
 * The guide's states (or else the meta's first stories) side by side. Stories tagged `fault` are
 * left out: their mock-API answers (MSW handlers) apply to the whole docs page, so one beside the
 * others would make every widget on the page fail.
 */
function statesSection(guide: WidgetGuide, moduleExports: Record<string, unknown>, stories: StoryEntry[]): ReactNode {
  const usable = stories.filter((story) => !story.tags.includes('fault'));
  const chosen = (guide.states ?? [])
    .map((exportName) => usable.find((story) => story.moduleExport === moduleExports[exportName]))
    .filter((story): story is StoryEntry => story !== undefined);
  const shown = chosen.length > 0 ? chosen : usable.slice(0, FALLBACK_STATES);
  if (shown.length === 0) return null;
  return h(
    Fragment,
    null,
    h(Heading, null, 'Main states'),
    h(
      'div',
      {
        style: {
          display: 'grid',
          gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${guide.stateWidth ?? '20em'}), 1fr))`,
          columnGap: '24px',
          alignItems: 'start',
        },
      },
      shown.map((story) =>
        h(
          'section',
          { key: story.name, style: { minWidth: 0 } },
          h('p', { style: { marginBottom: 0 } }, h('strong', null, story.name)),
          h(Description, { of: story.moduleExport }),
          h(Canvas, { of: story.moduleExport, layout: 'padded' }),
        ),
      ),
    ),
    h('p', null, 'Every other state, such as loading and errors, has its own page in the sidebar, under this widget.'),
  );
}

/** `parameters.docs.page` for every widget story file (autodocs). */
export function WidgetDocsPage(): ReactNode {
  const { csfFile, preparedMeta } = useOf('meta', ['meta']);
  const tag = typeof preparedMeta.component === 'string' ? preparedMeta.component : undefined;
  const guide = tag ? widgetGuides[tag] : undefined;
  if (!tag || !guide) return h(DocsPage);

  const element = findElement(tag);
  const reference = element ? referenceOf(element) : null;
  const metaTags = csfFile.meta.tags ?? [];
  const stories = Object.values(csfFile.stories).map(({ name, moduleExport, tags }) => ({
    name,
    moduleExport,
    tags: [...metaTags, ...(tags ?? [])],
  }));
  return h(
    Fragment,
    null,
    h(Title, null, guide.title),
    h(Subtitle, null, h('code', null, `<${tag}>`)),
    h(Heading, null, 'What it is for'),
    h(Markdown, null, guide.purpose),
    h(Heading, null, 'When a library uses it'),
    h(Markdown, null, guide.whenToUse),
    pasteSection(tag, guide),
    statesSection(guide, csfFile.moduleExports as Record<string, unknown>, stories),
    h(Heading, null, 'Reference (for web developers)'),
    reference
      ? h(Fragment, null, h('p', null, inline(reference.description)), referenceTables(tag, reference))
      : h(
          'p',
          null,
          hasManifest()
            ? `custom-elements.json has no <${tag}>. Run `
            : 'custom-elements.json is missing, so the tables of attributes, events and parts are too. Run ',
          code('npx cem analyze'),
          ' and reload.',
        ),
  );
}
