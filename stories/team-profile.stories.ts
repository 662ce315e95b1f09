import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { TeamProfile } from '../src/components/team-profile/team-profile.js';
import { storyData } from './mock-api.js';

type Args = {
  teamId: string;
  headingLevel: string;
  endpoint: string;
  transport: string;
  lang: string;
  dir: string;
  width: string;
};

// package.json's `sideEffects` lists only dist/, so the Storybook build drops a bare side-effect
// import of the element's module; using the class keeps the module (and its registration).
if (!customElements.get('team-profile')) customElements.define('team-profile', TeamProfile);

const meta: Meta<Args> = {
  title: 'Widgets/team-profile',
  component: 'team-profile',
  args: {
    teamId: '1',
    headingLevel: '',
    endpoint: '',
    transport: '',
    lang: 'en',
    dir: 'ltr',
    width: '40em',
  },
  argTypes: {
    width: {
      control: 'inline-radio',
      options: ['40em', '320px', '60em'],
      description: 'Width of the box around the profile (not an attribute).',
    },
    lang: { description: 'lang of the box around the profile (the widget follows it).' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'dir of the box around the profile.' },
  },
  render: (args) => html`
    <style>
      .story-box--40em { max-width: 40em; }
      .story-box--320px { max-width: 320px; }
      .story-box--60em { max-width: 60em; }
    </style>
    <div class="story-box story-box--${args.width.replace(/[^a-z0-9]/gi, '')}" lang=${args.lang} dir=${args.dir}>
      <team-profile
        team-id=${args.teamId || nothing}
        heading-level=${args.headingLevel || nothing}
        endpoint=${args.endpoint || nothing}
        transport=${args.transport || nothing}
      ></team-profile>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Riverbend Public Library: logo, intro, website, numbers, organizers and facilitators with pictures. */
export const Team: Story = { args: { teamId: '1' } };

/** A team with a picture above its name and a list in its intro. */
export const WithPicture: Story = { args: { teamId: '4' } };

/** Hostile strings everywhere: shown as text, and only the safe subset of the intro (no script, no javascript: link). */
export const HostileTeam: Story = { args: { teamId: '7' } };

/** Right to left, in an Arabic page. */
export const RightToLeft: Story = { args: { teamId: '6', lang: 'ar', dir: 'rtl' } };

/** 320 px wide, as on a small phone. */
export const Narrow: Story = { args: { teamId: '1', width: '320px' } };

/** The team-id is not a team on P2PU (P2PU answers a plain-text HTTP 500). */
export const UnknownTeam: Story = { args: { teamId: '999' }, tags: ['fault'] };

/** A page editor forgot the team-id: the widget says what is missing. */
export const MissingTeamId: Story = { args: { teamId: '' } };

/** While the team loads (here P2PU never answers). */
export const Loading: Story = { args: { teamId: '1' }, tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** P2PU failed, and its list of teams too: it cannot tell whether the team exists. Try again. */
export const LoadError: Story = { args: { teamId: '1', transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'html500' }) };
