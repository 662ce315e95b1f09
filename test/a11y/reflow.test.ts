/**
 * Reflow (WCAG 1.4.10) and text resize (1.4.4) for every widget with real data from the local API:
 * in a 320 px wide container nothing sticks out sideways and no text is cut off; then the same
 * widget with its text at 200 % (container font-size 32px, 640 px wide: what 320 CSS px at 200 %
 * zoom gives) still fits, cuts off no text, and all of its text actually doubled in size.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/circle-card/circle-card.js';
import '../../src/components/circle-finder/circle-finder.js';
import '../../src/components/circle-signup/circle-signup.js';
import '../../src/components/course-card/course-card.js';
import '../../src/components/course-finder/course-finder.js';
import { clearApiCache, resetClients } from '../../src/api/index.js';
import { circleFixture } from '../circle-card-fixtures.js';
import { localApi } from '../local-api.js';
import { deepElements, describe as name, frames, layoutReport, textSizes } from './a11y-helpers.js';

const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis';

interface Case {
  name: string;
  template: () => TemplateResult;
  /** The state (its root's `data-state`) the widget is checked in. */
  ready: 'content' | 'form';
  /** Brings the widget into the state to check (after it is ready). */
  prepare?: (widget: HTMLElement) => Promise<void>;
}

const api = () => localApi.open;

/** At narrow widths the finder folds its filters behind a button: open them so they are checked too. */
async function openFilters(widget: HTMLElement) {
  const toggle = widget.shadowRoot!.querySelector<HTMLElement>('.filters-toggle');
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  // the circle finder's panel loads its controls when first opened: check them, not "Loading filters…"
  const panel = widget.shadowRoot!.querySelector('#filter-panel');
  if (panel) await waitUntil(() => panel.getAttribute('aria-busy') !== 'true', 'the filter panel did not finish loading', { timeout: 6000 });
}

const cases: Case[] = [
  {
    name: '<circle-finder> with results',
    template: () => html`<circle-finder endpoint=${api()} transport="cors" page-size="4" no-structured-data></circle-finder>`,
    ready: 'content',
    prepare: openFilters,
  },
  {
    name: '<circle-finder> with a search, active filter chips and results',
    template: () =>
      html`<circle-finder endpoint=${api()} transport="cors" page-size="4" q="python" online="false" no-structured-data></circle-finder>`,
    ready: 'content',
    prepare: openFilters,
  },
  {
    name: '<circle-signup> form',
    template: () => html`<circle-signup endpoint=${api()} transport="cors" circle-id="4823"></circle-signup>`,
    ready: 'form',
  },
  {
    name: '<circle-signup> form with every error shown',
    template: () => html`<circle-signup endpoint=${api()} transport="cors" circle-id="4823"></circle-signup>`,
    ready: 'form',
    prepare: async (widget) => {
      widget.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => widget.shadowRoot!.querySelector('.error-summary'), 'no error summary');
    },
  },
  {
    name: '<circle-card> from the API',
    template: () => html`<circle-card endpoint=${api()} transport="cors" circle-id="4821"></circle-card>`,
    ready: 'content',
  },
  {
    name: '<circle-card> with very long words',
    template: () =>
      html`<circle-card
        .circle=${circleFixture({ name: `${LONG_WORD} ${LONG_WORD}`, venue: `${LONG_WORD} Library`, imageUrl: null })}
      ></circle-card>`,
    ready: 'content',
  },
  {
    name: '<course-card> from the API',
    template: () => html`<course-card endpoint=${api()} transport="cors" course-id="1203"></course-card>`,
    ready: 'content',
  },
  {
    name: '<course-card> with a very long word in its title',
    template: () => html`<course-card endpoint=${api()} transport="cors" course-id="1135"></course-card>`,
    ready: 'content',
  },
  {
    name: '<course-card compact> (caption limited to three lines)',
    template: () => html`<course-card endpoint=${api()} transport="cors" course-id="1135" compact></course-card>`,
    ready: 'content',
  },
  {
    name: '<course-finder>',
    template: () => html`<course-finder endpoint=${api()} transport="cors" page-size="4"></course-finder>`,
    ready: 'content',
  },
];

/** What a widget shows: its root's `data-state` (every widget marks it). */
const stateOf = (el: Element) => el.shadowRoot?.querySelector('.widget')?.getAttribute('data-state') ?? null;

/** Neither the widget nor a card inside it is still loading. */
function loaded(widget: HTMLElement): boolean {
  return [widget, ...deepElements(widget.shadowRoot!)].every((e) => stateOf(e) !== 'loading');
}

async function settle(widget: HTMLElement) {
  for (let i = 0; i < 3; i++) {
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const inner of deepElements(widget.shadowRoot!)) {
      const pending = (inner as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (pending) await pending;
    }
    await frames();
  }
}

describe('reflow at 320 px and text at 200 %', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <style>
            .frame {
              box-sizing: content-box;
              padding: 0;
              margin: 0;
              font-size: 16px;
              width: 320px;
            }
            .frame.zoom {
              font-size: 32px;
              width: 640px;
            }
          </style>
          <div class="frame">${c.template()}</div>
        </div>
      `);
      const frame = wrapper.querySelector<HTMLElement>('.frame')!;
      const widget = frame.firstElementChild as HTMLElement;
      await waitUntil(() => stateOf(widget) === c.ready && loaded(widget), `${c.name} did not finish loading`, {
        timeout: 6000,
      });
      await c.prepare?.(widget);
      await settle(widget);

      const narrow = layoutReport(frame, widget);
      const before = textSizes(widget);
      expect(before.size, 'text to measure').to.be.greaterThan(0);

      frame.classList.add('zoom');
      await settle(widget);
      const zoomed = layoutReport(frame, widget);
      const notScaled: string[] = [];
      for (const [el, size] of textSizes(widget)) {
        const was = before.get(el);
        if (was !== undefined && size < was * 1.9) notScaled.push(`${name(el)} (${was}px → ${size}px)`);
      }

      const problems = [
        ...narrow.problems.map((p) => `at 320 px: ${p}`),
        ...zoomed.problems.map((p) => `at 200 % text: ${p}`),
        ...notScaled.map((p) => `text that does not grow with the page's text size: ${p}`),
      ];
      expect(problems.length, `\n${problems.join('\n')}\n`).to.equal(0);
    });
  }
});
