import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FIRST_SLICE, FRAME_BUDGET_MS, ProgressiveList, SLICE_BUDGET_MS } from './progressive-list.js';

/** A host that renders its numbers through a ProgressiveList, one `<li>` each. */
class ListProbe extends LitElement {
  static override properties = { items: { attribute: false }, paused: { type: Boolean } };
  declare items: readonly number[];
  declare paused: boolean;
  /** How many items each update rendered. */
  rendered: number[] = [];
  readonly listed = new ProgressiveList<number>(this, { items: () => this.items, paused: () => this.paused });

  constructor() {
    super();
    this.items = [];
    this.paused = false;
  }

  override render() {
    return html`<ul>
      ${repeat(
        this.listed.shown,
        (n) => n,
        (n) => html`<li>${n}</li>`,
      )}
    </ul>`;
  }

  override updated() {
    this.rendered.push(this.listed.shown.length);
  }
}
customElements.define('list-probe', ListProbe);

/** An item that is an element of its own, as a circle card is, and takes `SLOW_ITEM_MS` to render. */
const SLOW_ITEM_MS = 5;
class SlowItem extends LitElement {
  override render() {
    const until = performance.now() + SLOW_ITEM_MS;
    while (performance.now() < until) {
      // a card's first render on a slow phone
    }
    return html`<span>item</span>`;
  }
}
customElements.define('slow-item', SlowItem);

/** Like ListProbe, with each item a SlowItem (its render runs after the host's update). */
class SlowListProbe extends ListProbe {
  override render() {
    return html`<ul>
      ${repeat(
        this.listed.shown,
        (n) => n,
        (n) => html`<li><slow-item></slow-item>${n}</li>`,
      )}
    </ul>`;
  }
}
customElements.define('slow-list-probe', SlowListProbe);

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const shown = (el: ListProbe) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => Number(li.textContent));

describe('ProgressiveList (the finders’ result lists)', () => {
  it('shows the first items at once, then the rest, slice by slice, until all are shown in order', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    el.items = range(0, 300);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(range(0, FIRST_SLICE));
    expect(el.listed.pending).to.equal(true);
    await el.listed.whenComplete();
    expect(shown(el)).to.deep.equal(range(0, 300));
    expect(el.listed.pending).to.equal(false);
    // every update showed at least as many as the one before: nothing flickers away
    expect(el.rendered).to.deep.equal([...el.rendered].sort((a, b) => a - b));
  });

  it('goes on from where it is when the list grows ("Load more"), the first new items at once', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    el.items = range(0, 100);
    await el.updateComplete;
    await el.listed.whenComplete();
    const firstItem = el.shadowRoot!.querySelector('li');
    el.items = [...el.items, ...range(100, 100)];
    await el.updateComplete;
    expect(shown(el).length).to.be.greaterThan(100);
    expect(await el.listed.whenShown(150)).to.equal(true);
    expect(shown(el)[150]).to.equal(150);
    await el.listed.whenComplete();
    expect(shown(el)).to.deep.equal(range(0, 200));
    expect(el.shadowRoot!.querySelector('li'), 'the items already shown stay as they are').to.equal(firstItem);
  });

  it('starts over with only the new items when a new list replaces one still being shown', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    el.items = range(0, 1000);
    await el.updateComplete;
    expect(el.listed.pending).to.equal(true);
    const lateItem = el.listed.whenShown(900);
    el.items = range(5000, 100);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(range(5000, FIRST_SLICE));
    expect(await lateItem, 'an item of the replaced list is never shown').to.equal(false);
    await el.listed.whenComplete();
    expect(shown(el)).to.deep.equal(range(5000, 100));
  });

  it('adds nothing while paused (a new search is coming), and goes on when it is resumed', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    el.items = range(0, 200);
    await el.updateComplete;
    el.paused = true;
    await el.updateComplete;
    const before = shown(el).length;
    expect(el.listed.pending).to.equal(false);
    await el.listed.whenComplete(); // nothing to wait for while paused
    await aTimeout(50);
    expect(shown(el)).to.have.length(before);
    el.paused = false;
    await waitUntil(() => shown(el).length === 200, 'the list did not go on after the pause');
  });

  it("sizes its slices by the items' own render too, so a slice of slow elements stays near its time budget", async () => {
    const el = await fixture<SlowListProbe>(html`<slow-list-probe></slow-list-probe>`);
    el.items = range(0, 120);
    await el.updateComplete;
    await el.listed.whenComplete();
    expect(shown(el)).to.deep.equal(range(0, 120));
    const slices = el.rendered.slice(1).map((count, i) => count - el.rendered[i]).filter((size) => size > 0);
    // Timed before the items rendered, an item looked free and the next slice took everything left.
    const fitsBudget = Math.floor(SLICE_BUDGET_MS / SLOW_ITEM_MS);
    expect(Math.max(...slices)).to.be.at.most(2 * fitsBudget);
    expect(slices.length).to.be.greaterThan(120 / (2 * fitsBudget));
  });

  it('paints a few items a frame while each costs the frame much (cards coming into view), many once they cost it little', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    // Each item a frame lays out for the first time costs it `costly` ms while `costly` is set (its
    // resize observers run inside the frame): a phone's style, layout and paint of a card in view.
    const perItem = FRAME_BUDGET_MS / 2;
    let costly = true;
    let laidOut = 0;
    const observer = new ResizeObserver(() => {
      const added = list.children.length - laidOut;
      laidOut = list.children.length;
      const until = performance.now() + (costly ? added * perItem : 0);
      while (performance.now() < until) {
        // the new cards' rendering
      }
    });
    observer.observe(list);
    el.items = range(0, 300);
    await el.updateComplete;
    await waitUntil(() => shown(el).length >= 12, 'the list did not go on while items were costly', { timeout: 5000 });
    costly = false;
    const whileCostly = el.rendered.length;
    await el.listed.whenComplete();
    observer.disconnect();
    expect(shown(el)).to.deep.equal(range(0, 300));
    const slices = el.rendered.slice(1).map((count, i) => count - el.rendered[i]).filter((size) => size > 0);
    const costlySlices = el.rendered.slice(1, whileCostly).map((count, i) => count - el.rendered[i]).filter((size) => size > 0);
    // the script alone would allow far more (every item costs it next to nothing): the frame's budget holds them back
    expect(Math.max(...costlySlices), `slices while costly ${costlySlices.join(', ')}`).to.be.at.most(FRAME_BUDGET_MS / perItem + 1);
    expect(Math.max(...slices), `slices ${slices.join(', ')}`).to.be.greaterThan(16);
    // each slice at most twice the one before (the next cards may be in view)
    slices.slice(1, -1).forEach((size, i) => expect(size, `slices ${slices.join(', ')}`).to.be.at.most(2 * slices[i]));
  });

  it('does not crawl an item a frame where every frame is slow whatever it paints (a slow phone)', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    const observer = new ResizeObserver(() => {
      const until = performance.now() + FRAME_BUDGET_MS + 30; // any frame, however few its new items
      while (performance.now() < until) {
        // a slow phone's frame
      }
    });
    observer.observe(list);
    el.items = range(0, 300);
    await el.updateComplete;
    await el.listed.whenComplete();
    observer.disconnect();
    expect(shown(el)).to.deep.equal(range(0, 300));
    const slices = el.rendered.slice(1).map((count, i) => count - el.rendered[i]).filter((size) => size > 0);
    // fewer items a frame would only make more slow frames
    expect(slices.length, `slices ${slices.join(', ')}`).to.be.below(20);
  });

  it('stops while its host is out of the page, and goes on when it is put back', async () => {
    const el = await fixture<ListProbe>(html`<list-probe></list-probe>`);
    const parent = el.parentElement!;
    el.items = range(0, 500);
    await el.updateComplete;
    el.remove();
    await el.listed.whenComplete(); // a host out of the page waits for nothing
    const before = shown(el).length;
    await aTimeout(50);
    expect(shown(el)).to.have.length(before);
    parent.append(el);
    await waitUntil(() => shown(el).length === 500, 'the list did not go on when put back');
  });
});
