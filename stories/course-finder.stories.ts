import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/course-finder/course-finder.js';
import { storyData } from './mock-api.js';

type Args = {
  topics: string;
  languages: string;
  order: string;
  pageSize: string;
  filters: string | null;
  q: string;
  syncUrl: boolean;
  endpoint: string;
  transport: string;
};

const meta: Meta<Args> = {
  title: 'Widgets/course-finder',
  component: 'course-finder',
  args: { topics: '', languages: '', order: '', pageSize: '6', filters: null, q: '', syncUrl: false, endpoint: '', transport: '' },
  argTypes: {
    filters: { control: 'text', description: 'Unset: every filter; empty: a plain list.' },
  },
  render: ({ topics, languages, order, pageSize, filters, q, syncUrl, endpoint, transport }) => html`
    <course-finder
      topics=${topics || nothing}
      languages=${languages || nothing}
      order=${order || nothing}
      page-size=${pageSize || nothing}
      filters=${filters ?? nothing}
      q=${q || nothing}
      ?sync-url=${syncUrl}
      endpoint=${endpoint || nothing}
      transport=${transport || nothing}
    >
      <a href="https://www.p2pu.org/en/courses/">Browse free courses on P2PU</a>
    </course-finder>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Every filter, six courses a page, "Load more" below. */
export const AllFilters: Story = {};

/** A library's page preset to programming courses in English and Spanish, most used first. */
export const Presets: Story = { args: { topics: 'programming', languages: 'en,es', order: 'usage' } };

/** Only the search box and the sort order. */
export const SearchAndOrderOnly: Story = { args: { filters: 'q order' } };

/** No filters at all: a plain list of the best-rated courses. */
export const PlainList: Story = { args: { filters: '', order: 'overall_rating', pageSize: '3' } };

/** A search that finds nothing: ways out. */
export const NoMatches: Story = { args: { q: 'zzzyzx' } };

/** P2PU has no courses (an empty answer) and no filters to loosen. */
export const EmptyList: Story = { args: { filters: '' }, tags: ['fault'], parameters: storyData({ fault: 'empty' }) };

/** While the first page loads (here P2PU never answers): skeleton cards. */
export const Loading: Story = { tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** P2PU sent an answer the finder cannot read: an error with a retry. */
export const LoadError: Story = { args: { transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'malformed' }) };

/** P2PU refused the search (its `{"status": "error"}` envelope): what went wrong, in plain words. */
export const RefusedSearch: Story = { tags: ['fault'], parameters: storyData({ fault: 'envelope' }) };

/** 320 px wide. */
export const Narrow: Story = {
  args: { topics: 'programming' },
  render: (args, context) => html`<div class="narrow-box">
    <style>
      .narrow-box { max-width: 320px; }
    </style>
    ${meta.render!(args, context)}
  </div>`,
};

/** In a narrow sidebar column on a wide screen: the filters stack (container queries, not the viewport). */
export const Sidebar: Story = {
  args: { pageSize: '3', filters: 'q' },
  render: (args, context) => html`<div class="sidebar-grid">
    <style>
      .sidebar-grid { display: grid; grid-template-columns: 1fr 18em; gap: 2em; }
    </style>
    <p>The library's main content is here; the finder sits in the sidebar column.</p>
    ${meta.render!(args, context)}
  </div>`,
};

/** Right to left, in an Arabic page. */
export const RightToLeft: Story = {
  args: { languages: 'ar' },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** German page: language names and numbers in German. */
export const GermanPage: Story = {
  args: { languages: 'de' },
  render: (args, context) => html`<div lang="de">${meta.render!(args, context)}</div>`,
};

/** A page editor's mistakes, shown in the widget. */
export const InvalidSettings: Story = { args: { order: 'popular', pageSize: 'twelve', filters: 'q city' } };
