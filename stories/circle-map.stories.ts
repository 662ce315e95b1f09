import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CircleMap } from '../src/components/circle-map/circle-map.js';
import { CircleFinder } from '../src/components/circle-finder/circle-finder.js';
import { storyData } from './mock-api.js';

type Args = {
  teamId: string;
  tileUrl: string;
  tileAttribution: string;
  endpoint: string;
  transport: string;
  lang: string;
  dir: string;
  width: string;
};

// package.json's `sideEffects` lists only dist/, so the Storybook build drops a bare side-effect
// import of the element's module; using the class keeps the module (and its registration).
if (!customElements.get('circle-map')) customElements.define('circle-map', CircleMap);
if (!customElements.get('circle-finder')) customElements.define('circle-finder', CircleFinder);

const meta: Meta<Args> = {
  title: 'Widgets/circle-map',
  component: 'circle-map',
  args: {
    teamId: '',
    tileUrl: '',
    tileAttribution: '',
    endpoint: '',
    transport: '',
    lang: 'en',
    dir: 'ltr',
    width: '60em',
  },
  argTypes: {
    width: {
      control: 'inline-radio',
      options: ['60em', '320px'],
      description: 'Width of the box around the map (not an attribute).',
    },
    tileUrl: { description: 'Street map tiles ({z}/{x}/{y} template); none by default, for the patrons’ privacy.' },
    lang: { description: 'lang of the box around the map (the widget follows it).' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'dir of the box around the map.' },
  },
  render: (args) => html`
    <style>
      .story-box--60em { max-width: 60em; }
      .story-box--320px { max-width: 320px; }
    </style>
    <div class="story-box story-box--${args.width.replace(/[^a-z0-9]/gi, '')}" lang=${args.lang} dir=${args.dir}>
      <circle-map
        team-id=${args.teamId || nothing}
        tile-url=${args.tileUrl || nothing}
        tile-attribution=${args.tileAttribution || nothing}
        endpoint=${args.endpoint || nothing}
        transport=${args.transport || nothing}
      ></circle-map>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Every published learning circle of P2PU as pins on a plain background, with the list beside it. */
export const AllOfP2pu: Story = {};

/** One team's learning circles (Riverbend Public Library). */
export const Team: Story = { args: { teamId: '1' } };

/** Right to left, in an Arabic page: the list and the controls read right to left, the map does not. */
export const RightToLeft: Story = { args: { teamId: '1', lang: 'ar', dir: 'rtl' } };

/** 320 px wide, as on a small phone: the list goes below the map. */
export const Narrow: Story = { args: { teamId: '1', width: '320px' } };

/** While the circles load (here P2PU never answers). */
export const Loading: Story = { args: { teamId: '1' }, tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** P2PU failed: the map says so and offers Try again. */
export const LoadError: Story = { args: { transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'html500' }) };

/**
 * With a finder (`for="story-finder"`): the map shows the finder's search and follows it; choosing a
 * pin highlights its card, hovering or focusing a card selects its pin.
 */
export const WithAFinder: Story = {
  render: (args) => html`
    <div lang=${args.lang} dir=${args.dir} style="display: grid; gap: 1.5em; max-width: 60em">
      <circle-map for="story-finder" endpoint=${args.endpoint || nothing} transport=${args.transport || nothing}></circle-map>
      <circle-finder id="story-finder" page-size="6" endpoint=${args.endpoint || nothing} transport=${args.transport || nothing}></circle-finder>
    </div>
  `,
};
