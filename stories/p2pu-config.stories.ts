import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/config/p2pu-config.js';

type Args = { endpoint: string; teamId: string; transport: string; signupPage: string };

const meta: Meta<Args> = {
  title: 'Configuration/p2pu-config',
  component: 'p2pu-config',
  args: {
    endpoint: 'https://learningcircles.p2pu.org',
    teamId: '1',
    transport: 'auto',
    signupPage: '/join.html?circle={id}',
  },
  render: ({ endpoint, teamId, transport, signupPage }) => html`
    <p2pu-config endpoint=${endpoint} team-id=${teamId} transport=${transport} signup-page=${signupPage}>
      <p>Every learning-circle widget placed inside this block uses these settings, unless it sets its own.</p>
    </p2pu-config>
  `,
};
export default meta;

/** A library's page sets its endpoint and team once, around all of its widgets. */
export const AroundWidgets: StoryObj<Args> = {};

/** What a page editor sees when a setting cannot be used (here a team name instead of its number). */
export const InvalidSettings: StoryObj<Args> = {
  args: { teamId: 'Riverbend', endpoint: 'learningcircles' },
};
