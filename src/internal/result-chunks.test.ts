import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { CHUNK_SIZE, ResultChunks, renderChunks } from './result-chunks.js';

const items = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));

describe('ResultChunks (a finder’s long list, chunk by chunk)', () => {
  it('cuts the list into chunks of 60 in order, the last one holding the rest', () => {
    const list = items(0, 130);
    const chunks = new ResultChunks<{ id: number }>().of(list);
    expect(chunks.map((c) => [c.from, c.items.length])).to.deep.equal([
      [0, CHUNK_SIZE],
      [60, CHUNK_SIZE],
      [120, 10],
    ]);
    expect(chunks.flatMap((c) => c.items)).to.deep.equal(list);
  });

  it('keeps a chunk whose items are the same, so only the growing one renders again', () => {
    const chunker = new ResultChunks<{ id: number }>();
    const list = items(0, 70);
    const before = chunker.of(list);
    const after = chunker.of([...list, ...items(70, 5)]);
    expect(after[0]).to.equal(before[0]);
    expect(after[1]).not.to.equal(before[1]);
    expect(after[1].items.map((i) => i.id)).to.deep.equal(items(60, 15).map((i) => i.id));
    // a new search: new items in the same places are new chunks
    const replaced = chunker.of(items(1000, 75));
    expect(replaced[0]).not.to.equal(after[0]);
  });

  it('renders one list of every result for a screen reader, whatever the chunks', async () => {
    const list = items(0, 125);
    const host = await fixture<HTMLUListElement>(html`<ul role="list"></ul>`);
    render(
      renderChunks(new ResultChunks<{ id: number }>().of(list), [], (i) => i.id, (i, index) => html`<li role="listitem" data-index=${index}>${i.id}</li>`),
      host,
    );
    const results = [...host.querySelectorAll('[role=listitem]')];
    expect(results.map((li) => li.textContent)).to.deep.equal(list.map((i) => String(i.id)));
    expect(results.map((li) => (li as HTMLElement).dataset.index)).to.deep.equal(list.map((_, i) => String(i)));
    // between a result and the list, only elements with no role of their own
    for (const li of results) {
      for (let up = li.parentElement; up && up !== host; up = up.parentElement) expect(up.getAttribute('role')).to.equal('none');
    }
  });

  it('renders a chunk again only when its items or what its items show changed', async () => {
    const host = await fixture<HTMLUListElement>(html`<ul role="list"></ul>`);
    const chunker = new ResultChunks<{ id: number }>();
    let rendered: number[] = [];
    const renderAll = (shown: readonly { id: number }[], label: string) =>
      render(
        renderChunks(chunker.of(shown), [label], (i) => i.id, (i) => {
          rendered.push(i.id);
          return html`<li role="listitem">${label} ${i.id}</li>`;
        }),
        host,
      );
    const list = items(0, 61);
    renderAll(list, 'a');
    rendered = [];
    renderAll([...list, ...items(61, 3)], 'a');
    expect(rendered, 'only the last chunk').to.deep.equal(items(60, 4).map((i) => i.id));
    rendered = [];
    renderAll([...list, ...items(61, 3)], 'b');
    expect(rendered).to.have.length(64);
    expect(host.querySelector('[role=listitem]')!.textContent).to.equal('b 0');
  });
});
