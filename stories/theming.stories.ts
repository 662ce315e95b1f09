import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/circle-card/circle-card.js';
import '../src/components/course-card/course-card.js';
import { circleFixture } from '../test/circle-card-fixtures.js';
import { courseFixture } from '../test/course-card-fixtures.js';

/**
 * The --p2pu-* tokens a library sets in its own CSS (see docs/theming.md). These stories set them
 * on a wrapper, exactly as a library's stylesheet would.
 */
const meta: Meta = {
  title: 'Theming/Tokens',
};
export default meta;

const cards = () => html`
  <circle-card layout="list" .circle=${circleFixture({ imageUrl: null })}></circle-card>
  <course-card .course=${courseFixture()}></course-card>
`;

/** Widgets on a dark page: surface, text, muted text and border tokens changed together. */
export const DarkSurface: StoryObj = {
  render: () => html`
    <style>
      .dark-page {
        padding: 24px;
        background: #0f1f23;
        display: grid;
        gap: 16px;
        max-width: 720px;
        --p2pu-color-surface: #16292e;
        --p2pu-color-surface-alt: #213a40;
        --p2pu-color-text: #eef4f5;
        --p2pu-color-text-muted: #b9c8cc;
        --p2pu-color-border: #8aa1a8;
        --p2pu-color-brand: #7fd3db;
        --p2pu-color-link: #7fd3db;
        --p2pu-color-success: #8fe0a8;
        --p2pu-color-danger: #ffb4ab;
      }
    </style>
    <div class="dark-page">${cards()}</div>
  `,
};

/** A light yellow brand: buttons get dark text, and links and focus rings a darkened yellow, by themselves. */
export const LightBrandColour: StoryObj = {
  render: () => html`
    <style>
      .yellow-brand {
        display: grid;
        gap: 16px;
        max-width: 720px;
        --p2pu-color-brand: #ffd60a;
        --p2pu-radius: 2px;
      }
    </style>
    <div class="yellow-brand">${cards()}</div>
  `,
};
