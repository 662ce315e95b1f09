/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineSnippetBuilder } from '../demo/builder/snippet-builder.js';
import type { CustomElementsManifest } from '../demo/builder/manifest.js';
import { P2PU_ORIGIN } from './mock-api.js';

defineSnippetBuilder();

// The builder's options come from the generated manifest (`cem analyze`, run by `npm run storybook`);
// the glob keeps a missing manifest from breaking the build: the builder then says what to run.
const manifests = import.meta.glob<{ default: CustomElementsManifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default ?? null;

// The live preview needs the widgets registered: load every src/components/<tag>/<tag>.ts.
const modules = import.meta.glob(['../src/components/*/*.ts', '!../src/components/*/*.test.ts']);
for (const [path, load] of Object.entries(modules)) {
  if (/\/([\w-]+)\/\1\.ts$/.test(path)) void load();
}

type Args = { tag: string; endpoint: string; manifest: CustomElementsManifest | null };

const meta: Meta<Args> = {
  title: 'Docs/Snippet builder',
  args: { tag: '', endpoint: P2PU_ORIGIN, manifest },
  argTypes: {
    tag: { control: 'text', description: 'The widget chosen first (a tag name).' },
    endpoint: { control: 'text', description: 'The P2PU server the builder starts with.' },
    manifest: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Choose a widget and its options, see it live, copy the snippet (script line, tag, colours) and read how ' +
          'to paste it into WordPress, Drupal, Squarespace, LibGuides, Google Sites or plain HTML, with the CSP a ' +
          'site needs. Everything it offers comes from custom-elements.json. Also on the demo site at /builder.html.',
      },
    },
  },
  render: ({ tag, endpoint, manifest }) => html`
    <snippet-builder tag=${tag} endpoint=${endpoint} .manifest=${manifest}></snippet-builder>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The builder as a librarian first sees it: the first widget of the manifest, production-like defaults. */
export const Builder: Story = {};

/** Starting with a course card (the snippet's fallback link then points at P2PU's course page). */
export const CourseCard: Story = { args: { tag: 'course-card' } };

/** A manifest without custom elements (not generated yet): the builder says how to make it. */
export const EmptyManifest: Story = { args: { manifest: { schemaVersion: '1.0.0', modules: [] } } };
