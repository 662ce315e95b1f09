import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/circle-finder/circle-finder.js';
import '../src/config/p2pu-config.js';
import { pretendOffline, storyData } from './mock-api.js';

type Args = {
  teamId: string;
  q: string;
  city: string;
  topics: string;
  online: string;
  order: string;
  pageSize: string;
  filters: string | null;
  layout: string;
  contactUrl: string;
  signupPage: string;
  noStructuredData: boolean;
  endpoint: string;
  transport: string;
};

const meta: Meta<Args> = {
  title: 'Widgets/circle-finder',
  component: 'circle-finder',
  args: {
    teamId: '',
    q: '',
    city: '',
    topics: '',
    online: '',
    order: '',
    pageSize: '6',
    filters: null,
    layout: '',
    contactUrl: 'mailto:learn@riverbend-library.example',
    signupPage: '',
    noStructuredData: false,
    endpoint: '',
    transport: '',
  },
  argTypes: {
    filters: { control: 'text', description: 'Unset: every filter; empty: a plain list (no filters, no tabs).' },
    layout: { control: 'select', options: ['', 'grid', 'list', 'compact'] },
    online: { control: 'select', options: ['', 'true', 'false'] },
    order: {
      control: 'select',
      options: ['', 'first_meeting_date', 'start_date', 'last_meeting_date', 'name', 'created_at'],
    },
  },
  render: (a) => html`
    <circle-finder
      team-id=${a.teamId || nothing}
      q=${a.q || nothing}
      city=${a.city || nothing}
      topics=${a.topics || nothing}
      online=${a.online || nothing}
      order=${a.order || nothing}
      page-size=${a.pageSize || nothing}
      filters=${a.filters ?? nothing}
      layout=${a.layout || nothing}
      contact-url=${a.contactUrl || nothing}
      signup-page=${a.signupPage || nothing}
      ?no-structured-data=${a.noStructuredData}
      endpoint=${a.endpoint || nothing}
      transport=${a.transport || nothing}
    >
      <a href="https://www.p2pu.org/en/learning-circles/">Browse learning circles on P2PU</a>
    </circle-finder>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Every filter (folded behind the "Filters" button until opened), circles open for signup first, six a page with "Load more" below. */
export const AllFilters: Story = {};

/** The filter panel opened with the "Filters" button: topic, city, order, near me, how it meets, meeting day. */
export const FiltersOpen: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('circle-finder');
    const finder = canvasElement.querySelector('circle-finder')!;
    await finder.updateComplete;
    finder.shadowRoot!.querySelector<HTMLElement>('.filters-toggle')?.click();
    // the panel's controls load on its first opening: the story shows them, not "Loading filters…"
    await finder.updateComplete;
    const panel = finder.shadowRoot!.querySelector('#filter-panel');
    const until = Date.now() + 5000;
    while (panel?.getAttribute('aria-busy') === 'true' && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  },
};

/** A search that starts with results for "python" (the `q` preset). */
export const Results: Story = { args: { q: 'python' } };

/** While the first page loads (this endpoint never answers): skeleton cards, announced as loading. */
export const Loading: Story = { tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** A search that finds nothing: what was searched and one-click ways out (remove a filter, other tab, contact). */
export const NoMatches: Story = { args: { q: 'zzzyzx', city: 'Riverbend' } };

/** P2PU has no circles at all (an empty answer) on a plain list: a contact link. */
export const EmptyList: Story = { args: { filters: '' }, tags: ['fault'], parameters: storyData({ fault: 'empty' }) };

/** P2PU sent an answer the finder cannot read (half a JSON document): plain words and a retry button. */
export const LoadError: Story = { args: { transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'malformed' }) };

/** P2PU failed (its HTML error page, HTTP 500): plain words and a retry button. */
export const ServerError: Story = { tags: ['fault'], parameters: storyData({ fault: 'html500' }) };

/** P2PU refused the search (its `{"status": "error"}` envelope): what went wrong, in plain words. */
export const RefusedSearch: Story = { tags: ['fault'], parameters: storyData({ fault: 'envelope' }) };

/** No network at all (the patron's connection dropped, and the browser knows): says so, with a retry button. */
export const Offline: Story = { tags: ['fault'], parameters: storyData({ fault: 'offline' }), beforeEach: pretendOffline };

/** P2PU cannot be reached while the browser is online (the cause is unknown): neutral words, blaming no one. */
export const Unreachable: Story = { tags: ['fault'], parameters: storyData({ fault: 'offline' }) };

/** A slow connection (each answer takes 3 s): skeleton cards, then the circles. */
export const SlowConnection: Story = { parameters: storyData({ latencyMs: 3000 }) };

/** A library's own page: its team only, with the search box, meeting days and online/in person. */
export const LibraryPage: Story = { args: { teamId: '1', filters: 'q days online', signupPage: '/join.html?circle={id}' } };

/** A branch page: no filters and no tabs, that branch's circles open for signup (team 1 in Riverbend). */
export const BranchList: Story = { args: { teamId: '1', city: 'Riverbend', filters: '', pageSize: '6' } };

/** Preset topics (course keywords), which learners can remove. */
export const TopicPreset: Story = { args: { topics: 'python, programming' } };

/** Preset to online circles only, with the online filter hidden (so it cannot be changed). */
export const OnlineOnly: Story = { args: { online: 'true', filters: 'q topics days order' } };

/** Preset order: by name, on both tabs. */
export const OrderedByName: Story = { args: { order: 'name', filters: 'q order' } };

/** Only the search box and the city. */
export const SearchAndCity: Story = { args: { filters: 'q city' } };

/** Settings a page editor got wrong: the widget says what to fix and still shows circles. */
export const SettingsProblems: Story = {
  args: { teamId: 'Riverbend', pageSize: 'lots', filters: 'q colour', contactUrl: 'javascript:alert(1)' },
};

/** Grid cards, chosen explicitly. */
export const LayoutGrid: Story = { args: { layout: 'grid', city: 'Riverbend', filters: 'q city' } };

/** List cards (image beside the text). */
export const LayoutList: Story = { args: { layout: 'list', city: 'Riverbend', filters: 'q city' } };

/** Compact cards (no images). */
export const LayoutCompact: Story = { args: { layout: 'compact', city: 'Riverbend', filters: 'q city' } };

/** 320 px wide: the "Filters" button under the search box, cards in one column (from the widget's own width). */
export const Narrow320: Story = {
  render: (args, context) => html`<div class="narrow-box">
    <style>
      .narrow-box {
        max-width: 320px;
      }
    </style>
    ${meta.render!(args, context)}
  </div>`,
};

/** In a 600 px column on a wide screen: list cards and a "Filters" button. */
export const MediumColumn: Story = {
  render: (args, context) => html`<div class="medium-box">
    <style>
      .medium-box {
        max-width: 600px;
      }
    </style>
    ${meta.render!(args, context)}
  </div>`,
};

/** Long words in a preset topic and the search text: chips and the summary wrap. */
export const LongText: Story = {
  args: {
    q: 'Antidisestablishmentarianismfloccinaucinihilipilificationpneumonoultramicroscopicsilicovolcanoconiosis',
    topics: 'pneumonoultramicroscopicsilicovolcanoconiosis-and-other-very-long-keywords',
  },
};

/** Circles with hostile names, facilitators and venue links (Oakland): all shown as plain text. */
export const HostileStrings: Story = { args: { city: 'Oakland', q: '' } };

/** A hostile search text: shown as text in the chip and summary, never as HTML. */
export const HostileSearch: Story = { args: { q: '<img src=x onerror=alert(1)>' } };

/** Right to left (Arabic page): the layout mirrors. */
export const RightToLeft: Story = {
  args: { city: 'Cairo' },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** Miles or kilometres follow the language: German gets 10/25/50/100 km. */
export const German: Story = {
  render: (args, context) => html`<div lang="de">${meta.render!(args, context)}</div>`,
};

/**
 * The `explainer` setting (here on `<p2pu-config>`, for every widget inside): a folded "What is a
 * learning circle?" above the search, for patrons who have never heard of one.
 */
export const Explainer: Story = {
  render: (args, context) => html`<p2pu-config explainer>${meta.render!(args, context)}</p2pu-config>`,
};
