import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Page } from '../api/index.js';
import { SearchController } from './search-controller.js';

interface Item {
  id: number;
  name: string;
}
type Call = { query: string; offset: number; signal: AbortSignal; resolve: (page: Page<Item>) => void; reject: (e: unknown) => void };

/** A search that answers only when the test says so (through `calls`), in any order. */
function answeredByTest(calls: Call[]) {
  return (query: string, offset: number, signal: AbortSignal) =>
    new Promise<Page<Item>>((resolve, reject) => {
      calls.push({ query, offset, signal, resolve, reject });
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
}

/** A host whose search answers only when the test says so, in any order. */
class SearchProbe extends LitElement {
  static override properties = { query: {} };
  declare query: string;
  calls: Call[] = [];
  results: string[] = [];
  readonly search = new SearchController<string, Item, Page<Item>>(this, {
    args: () => ({ query: this.query }),
    fetch: answeredByTest(this.calls),
    id: (item) => item.id,
    onResults: (page, query) => this.results.push(`${query}:${page.count}`),
  });
  override render() {
    return html`${this.search.status} ${this.search.items.map((i) => i.name).join(',')}`;
  }
}
customElements.define('search-probe', SearchProbe);

/** The same, for a server that counts each result once, except for the query `text`. */
class ExactProbe extends LitElement {
  static override properties = { query: {} };
  declare query: string;
  calls: Call[] = [];
  readonly search = new SearchController<string, Item, Page<Item>>(this, {
    args: () => ({ query: this.query }),
    fetch: answeredByTest(this.calls),
    id: (item) => item.id,
    countsEachOnce: (query) => query !== 'text',
  });
}
customElements.define('exact-probe', ExactProbe);

const page = (names: [number, string][], extra: Partial<Page<Item>> = {}): Page<Item> => ({
  items: names.map(([id, name]) => ({ id, name })),
  count: 5,
  offset: 0,
  limit: 2,
  hasMore: true,
  ...extra,
});

describe('SearchController (under both finders)', () => {
  it('shows only the newest search’s answer, whatever order the answers come in', async () => {
    const el = await fixture<SearchProbe>(html`<search-probe .query=${'py'}></search-probe>`);
    el.query = 'python';
    await el.updateComplete;
    expect(el.calls.map((c) => c.query)).to.deep.equal(['py', 'python']);
    expect(el.calls[0].signal.aborted, 'the older request is aborted').to.equal(true);
    el.calls[1].resolve(page([[1, 'Python 101']]));
    el.calls[0].resolve(page([[9, 'Pygmy goats']]));
    await waitUntil(() => el.search.status === 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Python 101').and.not.contain('goats');
    expect(el.results).to.deep.equal(['python:5']);
  });

  it('searches once for the same query, however often the host renders', async () => {
    const el = await fixture<SearchProbe>(html`<search-probe .query=${'art'}></search-probe>`);
    el.requestUpdate();
    await el.updateComplete;
    el.query = 'art';
    await el.updateComplete;
    expect(el.calls).to.have.length(1);
  });

  it('loads more from where the last page ended, shows each item once, and says where the new ones start', async () => {
    const el = await fixture<SearchProbe>(html`<search-probe .query=${'data'}></search-probe>`);
    el.calls[0].resolve(page([[1, 'A'], [2, 'B']]));
    await waitUntil(() => el.search.status === 'ready');
    const more = el.search.loadMore();
    expect(el.search.more).to.equal('loading');
    expect(el.calls[1].offset).to.equal(2);
    el.calls[1].resolve(page([[2, 'B'], [3, 'C']], { offset: 2, hasMore: false }));
    expect(await more).to.equal(2);
    expect(el.search.items.map((i) => i.name)).to.deep.equal(['A', 'B', 'C']);
    expect(el.search.hasMore).to.equal(false);
  });

  it('gives a total only when it is exact, so it never shrinks after "Load more"', async () => {
    // a server whose count (5) includes duplicates: the next page repeats B
    const el = await fixture<SearchProbe>(html`<search-probe .query=${'dup'}></search-probe>`);
    expect(el.search.total).to.equal(null);
    el.calls[0].resolve(page([[1, 'A'], [2, 'B']]));
    await waitUntil(() => el.search.status === 'ready');
    expect(el.search.total, 'not known while more pages are to come').to.equal(null);
    expect(el.search.exactCount(3)).to.equal(null);
    expect(el.search.exactCount(1)).to.equal(1);
    expect(el.search.exactCount(0)).to.equal(0);
    const more = el.search.loadMore();
    el.calls[1].resolve(page([[2, 'B'], [3, 'C']], { offset: 2, hasMore: false }));
    await more;
    expect(el.search.total, 'the results themselves once the last page is in').to.equal(3);
  });

  it('takes the first page’s count as the total when the server counts each result once', async () => {
    const el = await fixture<ExactProbe>(html`<exact-probe .query=${'all'}></exact-probe>`);
    el.calls[0].resolve(page([[1, 'A'], [2, 'B']]));
    await waitUntil(() => el.search.status === 'ready');
    expect(el.search.total).to.equal(5);
    expect(el.search.exactCount(40)).to.equal(40);
    const more = el.search.loadMore();
    el.calls[1].resolve(page([[3, 'C']], { offset: 2, count: 4, hasMore: false })); // a later page counts less: ignored
    await more;
    expect(el.search.total).to.equal(5);
    el.query = 'text'; // a search whose count may include duplicates
    await el.updateComplete;
    el.calls[2].resolve(page([[7, 'G'], [8, 'H']]));
    await waitUntil(() => el.search.status === 'ready');
    expect(el.search.total).to.equal(null);
    expect(el.search.exactCount(40)).to.equal(null);
  });

  it('keeps the list when a next page fails, and drops a next page that belongs to an older search', async () => {
    const el = await fixture<SearchProbe>(html`<search-probe .query=${'data'}></search-probe>`);
    el.calls[0].resolve(page([[1, 'A']]));
    await waitUntil(() => el.search.status === 'ready');
    const failed = el.search.loadMore();
    el.calls[1].reject(new Error('offline'));
    expect(await failed).to.equal(-1);
    expect(el.search.more).to.equal('error');
    expect(el.search.items).to.have.length(1);
    const stale = el.search.loadMore();
    el.query = 'maths';
    await el.updateComplete;
    expect(el.calls[2].signal.aborted).to.equal(true);
    expect(await stale).to.equal(-1);
    expect(el.search.status).to.equal('loading');
  });

  it('shows an error, retries the same query, and starts again when put back in the page', async () => {
    const el = await fixture<SearchProbe>(html`<search-probe .query=${'art'}></search-probe>`);
    el.calls[0].reject(new Error('HTTP 500'));
    await waitUntil(() => el.search.status === 'error');
    el.search.retry();
    expect(el.calls[1].query).to.equal('art');
    const parent = el.parentElement!;
    el.remove();
    expect(el.calls[1].signal.aborted, 'nothing runs for a widget that left the page').to.equal(true);
    parent.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(3);
    el.calls[2].resolve(page([[1, 'Art history']]));
    await waitUntil(() => el.search.status === 'ready');
  });
});
