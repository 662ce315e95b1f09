import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CircleFlyer } from '../src/components/circle-flyer/circle-flyer.js';
import { storyData } from './mock-api.js';

type Args = {
  circleId: string;
  teamId: string;
  limit: string;
  format: 'letter' | 'a4' | 'half';
  tearOff: boolean;
  libraryName: string;
  logo: string;
  signupPage: string;
  circlesPage: string;
  endpoint: string;
  transport: string;
  lang: string;
  dir: string;
  width: string;
};

// package.json's `sideEffects` lists only dist/, so the Storybook build drops a bare side-effect
// import of the element's module; using the class keeps the module (and its registration).
if (!customElements.get('circle-flyer')) customElements.define('circle-flyer', CircleFlyer);

const meta: Meta<Args> = {
  title: 'Widgets/circle-flyer',
  component: 'circle-flyer',
  args: {
    circleId: '',
    teamId: '',
    limit: '',
    format: 'letter',
    tearOff: false,
    libraryName: 'Riverbend Public Library',
    logo: '',
    signupPage: '',
    circlesPage: '',
    endpoint: '',
    transport: '',
    lang: 'en',
    dir: 'ltr',
    width: '40em',
  },
  argTypes: {
    format: { control: 'inline-radio', options: ['letter', 'a4', 'half'] },
    width: {
      control: 'inline-radio',
      options: ['40em', '320px', '56em'],
      description: 'Width of the box around the flyer (not an attribute).',
    },
    lang: { description: 'lang of the box around the flyer (the widget follows it).' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'dir of the box around the flyer.' },
  },
  render: (args) => html`
    <style>
      .story-box--40em { max-width: 40em; }
      .story-box--320px { max-width: 320px; }
      .story-box--56em { max-width: 56em; }
    </style>
    <div class="story-box story-box--${args.width.replace(/[^a-z0-9]/gi, '')}" lang=${args.lang} dir=${args.dir}>
      <circle-flyer
        circle-id=${args.circleId || nothing}
        team-id=${args.teamId || nothing}
        limit=${args.limit || nothing}
        format=${args.format}
        ?tear-off=${args.tearOff}
        library-name=${args.libraryName || nothing}
        logo=${args.logo || nothing}
        signup-page=${args.signupPage || nothing}
        circles-page=${args.circlesPage || nothing}
        endpoint=${args.endpoint || nothing}
        transport=${args.transport || nothing}
      ></circle-flyer>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** A letter-size poster for one learning circle, with a QR code to its P2PU page. */
export const Letter: Story = { args: { circleId: '4821' } };

/** The same on A4, with the QR code leading to the library's own signup page. */
export const A4: Story = { args: { circleId: '4821', format: 'a4', signupPage: 'https://riverbend-library.example.org/join?circle={id}' } };

/** A half-page handout (two print on one letter sheet, to cut apart). */
export const Half: Story = { args: { circleId: '4822', format: 'half' } };

/** Tear-off strips along the bottom with the short address, the title and the weekday. */
export const TearOff: Story = { args: { circleId: '4821', tearOff: true } };

/** A branch poster: the team's next learning circles open for signup, and one QR code to them. */
export const TeamPoster: Story = { args: { teamId: '1', circlesPage: 'https://riverbend-library.example.org/learning-circles/' } };

/** A team poster with eight circles asked for and tear-off strips: the words get smaller to fit. */
export const TeamPosterLong: Story = { args: { teamId: '1', limit: '8', tearOff: true } };

/** Right to left: an Arabic circle in an Arabic page. */
export const RightToLeft: Story = { args: { circleId: '4797', lang: 'ar', dir: 'rtl' } };

/** Signup has closed: no flyer, and why. */
export const ClosedCircle: Story = { args: { circleId: '4828' } };

/** The circle is full: no flyer, and why. */
export const FullCircle: Story = { args: { circleId: '4824' } };

/** A team with no learning circles open for signup: no poster. */
export const NoOpenCircles: Story = { args: { teamId: '7' } };

/** The id is not a learning circle on P2PU. */
export const UnknownCircle: Story = { args: { circleId: '999999' } };

/** A page editor forgot both circle-id and team-id: the widget says what is missing. */
export const MissingIds: Story = { args: {} };

/** While the circle loads (here P2PU never answers). */
export const Loading: Story = { args: { circleId: '4821' }, tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** P2PU failed: what happened, and Try again. */
export const LoadError: Story = { args: { circleId: '4821', transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'html500' }) };
