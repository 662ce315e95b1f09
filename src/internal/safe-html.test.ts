import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { parseRichText, RICH_TEXT_LIMITS, safeRichText } from './safe-html.js';

/** `source` rendered through safeRichText into a fresh element (in the page, so nothing would be inert). */
function shown(source: string): HTMLElement {
  const holder = document.createElement('div');
  document.body.append(holder);
  render(safeRichText(source), holder);
  return holder;
}

/** The element structure without Lit's comment markers: `p(em(#text))`. */
function shape(node: Node): string {
  const parts: string[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      if (el.classList.contains('visually-hidden') || el.localName === 'svg') continue;
      parts.push(`${el.localName}(${shape(el)})`);
    } else if (child.nodeType === Node.TEXT_NODE && (child as Text).data.trim() !== '') {
      parts.push('#text');
    }
  }
  return parts.join(',');
}

const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Everything the safe subset must never let into the page. */
function expectNothingActive(el: HTMLElement) {
  const all = [...el.querySelectorAll('*')];
  const allowed = new Set(['p', 'br', 'em', 'i', 'strong', 'b', 'ul', 'ol', 'li', 'a', 'span', 'svg', 'path']);
  for (const node of all) {
    expect(allowed.has(node.localName), `<${node.localName}> is not in the safe subset`).to.equal(true);
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${attribute.name} on <${node.localName}>`).to.equal(false);
      expect(attribute.name, `on <${node.localName}>`).to.not.equal('style');
      expect(attribute.name, `on <${node.localName}>`).to.not.equal('src');
    }
  }
  for (const a of el.querySelectorAll('a')) {
    expect(['http:', 'https:']).to.include(new URL(a.href).protocol);
    expect([...a.attributes].map((x) => x.name).sort()).to.satisfy((names: string[]) =>
      names.every((n) => ['href', 'rel', 'target'].includes(n)),
    );
  }
  // the SVG of the "new tab" icon is ours: one path, no script
  for (const svg of el.querySelectorAll('svg')) {
    expect(svg.closest('a'), 'an svg outside a link').to.not.equal(null);
    expect(svg.querySelectorAll('script, foreignObject, a')).to.have.length(0);
  }
  expect(el.querySelectorAll('script, style, img, iframe, object, embed, template, form, input, button')).to.have.length(0);
}

describe('safeRichText: organizer HTML as a safe subset of elements', () => {
  afterEach(() => {
    delete (window as unknown as { __pwned?: number }).__pwned;
  });

  it('keeps paragraphs, line breaks, emphasis, lists and http(s) links as elements', () => {
    const el = shown(
      '<p>Learning circles meet <strong>weekly</strong> and <em>free</em>, <b>bold</b> <i>italic</i>.<br>Second line.</p>' +
        '<ul><li>One</li><li>Two <ol><li>Nested</li></ol></li></ul>' +
        '<p><a href="https://riverbend-library.example.org/events">Our events</a></p>',
    );
    expect(shape(el)).to.equal(
      'p(#text,strong(#text),#text,em(#text),#text,b(#text),i(#text),#text,br(),#text),' +
        'ul(li(#text),li(#text,ol(li(#text)))),p(a(#text))',
    );
    expectNothingActive(el);
  });

  it('opens a link to another site in a new tab and says so; a link to this page’s own site opens normally', () => {
    const el = shown(`<p><a href="https://example.org/x" title="t" class="c" id="i">There</a> <a href="${location.origin}/here">Here</a></p>`);
    const [there, here] = [...el.querySelectorAll('a')];
    expect(there!.getAttribute('href')).to.equal('https://example.org/x');
    expect(there!.target).to.equal('_blank');
    expect(there!.rel.split(' ')).to.include('noopener');
    expect(words(there!)).to.equal('There (opens in a new tab)');
    expect([...there!.attributes].map((a) => a.name).sort()).to.deep.equal(['href', 'rel', 'target']);
    expect(here!.getAttribute('href')).to.equal(`${location.origin}/here`);
    expect(here!.hasAttribute('target')).to.equal(false);
    expect(here!.rel).to.equal('noopener');
    expect(words(here!)).to.equal('Here');
  });

  it('runs no script and loads nothing: <script>, <img onerror>, <svg><script>, <style>, event attributes', async () => {
    const el = shown(
      '<p onmouseover="window.__pwned=1" style="color:red" class="x">We <em onclick="window.__pwned=2">love</em> libraries.</p>' +
        '<script>window.__pwned = 3</script>' +
        '<img src=x onerror="window.__pwned=4">' +
        '<svg><script>window.__pwned=5</script><a href="https://example.org">svg link</a></svg>' +
        '<style>* { display: none }</style>' +
        '<iframe src="javascript:window.__pwned=6"></iframe>' +
        '<object data="x"></object><template><p>hidden</p></template>' +
        '<math><mtext>m</mtext></math><noscript><p>noscript</p></noscript>' +
        '<body onload="window.__pwned=7"><input autofocus onfocus="window.__pwned=8">',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(words(el)).to.equal('We love libraries.');
    expect(shape(el)).to.equal('p(#text,em(#text),#text)');
    expectNothingActive(el);
  });

  it('links no javascript:, data:, relative or other addresses: their words stay, as text', () => {
    const el = shown(
      '<p><a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(2)">two</a> ' +
        '<a href="java&#x0A;script:alert(3)">three</a> <a href="&#106;avascript:alert(4)">four</a> ' +
        '<a href="data:text/html,<script>alert(5)</script>">five</a> <a href="vbscript:x">six</a> ' +
        '<a href="/relative">seven</a> <a href="mailto:a@example.org">eight</a> <a>nine</a> ' +
        '<a href="https://">ten</a> <a href="  https://ok.example.org/  ">eleven</a></p>',
    );
    expect(words(el)).to.equal('one two three four five six seven eight nine ten eleven (opens in a new tab)');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://ok.example.org/']);
    expectNothingActive(el);
  });

  it('makes no link without words, and no link inside a link', () => {
    const el = shown('<p><a href="https://example.org"><img src="x"></a><a href="https://example.org/a">outer <span><a href="https://example.org/b">inner</a></span></a></p>');
    // the parser closes the outer link before the inner one: two links, each with words
    for (const a of el.querySelectorAll('a')) {
      expect(a.querySelector('a')).to.equal(null);
      expect(words(a)).to.not.equal('(opens in a new tab)');
    }
    expect(el.querySelectorAll('img')).to.have.length(0);
  });

  it('keeps entities as text: &lt;script&gt; is words, not a script', () => {
    const el = shown('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;</p>');
    expect(words(el)).to.equal('<script>alert(1)</script> & "friends"');
    expect(el.querySelectorAll('script')).to.have.length(0);
  });

  it('closes unclosed tags and reads stray list items and loose list content as items', () => {
    const el = shown('<p>One <strong>bold <em>both<p>Two<ul>loose text<li>a<li>b</ul><li>stray</li>');
    // the parser carries the open <strong><em> into the list: it becomes an item of its own
    const list = el.querySelector('ul')!;
    expect([...list.children].map((child) => child.localName)).to.deep.equal(['li']);
    expect(list.innerText.split(/\s*\n\s*/)).to.deep.equal(['loose text', 'a', 'b']);
    expect(el.innerText.replace(/\s+/g, ' ').trim()).to.equal('One bold both Two loose text a b stray');
    // a list item outside any list is a paragraph
    for (const li of el.querySelectorAll('li')) expect(li.parentElement!.localName).to.match(/^(ul|ol)$/);
    expect(words(el)).to.contain('stray');
    expectNothingActive(el);
  });

  it('gives other elements their words only, keeping allowed ones inside; a heading or div of text is a paragraph', () => {
    const el = shown('<h2 class="big">About us</h2><div><span style="x">We meet</span> <u>weekly</u></div><table><tr><td>A</td><td>B</td></tr></table>');
    expect(shape(el)).to.equal('p(#text),p(#text,#text),p(#text,#text)');
    expect([...el.querySelectorAll('p')].map(words)).to.deep.equal(['About us', 'We meet weekly', 'A B']);
    const wrapped = shown('<div><p>kept</p><span><strong>strong</strong></span></div>');
    expect(shape(wrapped)).to.equal('p(#text),strong(#text)');
  });

  it('cuts 100 kB of input to a bounded text, quickly', () => {
    const paragraph = '<p>Learning circles are <strong>free</strong> study groups. <a href="https://example.org">more</a></p>';
    const source = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    expect(source.length).to.be.greaterThan(100_000);
    const start = performance.now();
    const el = shown(source);
    expect(performance.now() - start).to.be.lessThan(1500);
    // the "(opens in a new tab)" of each link is ours, not the organizer's
    for (const hidden of el.querySelectorAll('.visually-hidden')) hidden.remove();
    expect(el.textContent!.length).to.be.at.most(RICH_TEXT_LIMITS.text);
    expect(el.querySelectorAll('*').length).to.be.at.most(RICH_TEXT_LIMITS.elements * 4);
    expectNothingActive(el);
  });

  it('shows no blank lines for an editor\'s empty paragraphs', () => {
    const el = shown('<p><br></p><p>&nbsp;</p><p>Meet us.</p><p> </p>');
    expect(shape(el)).to.equal('p(#text)');
    expect(words(el)).to.equal('Meet us.');
  });

  it('keeps the words of paragraphs and list items apart when only text is kept (too deep)', () => {
    const el = shown(`${'<div>'.repeat(RICH_TEXT_LIMITS.depth + 2)}<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>${'</div>'.repeat(RICH_TEXT_LIMITS.depth + 2)}`);
    expect(words(el)).to.equal('one two three four');
  });

  it('cuts a long text with an ellipsis', () => {
    const el = shown(`<p>${'word '.repeat(5000)}</p>`);
    const text = el.textContent!.trim();
    expect(text.length).to.be.at.most(RICH_TEXT_LIMITS.text);
    expect(text.endsWith('…')).to.equal(true);
  });

  it('keeps only text below a bounded depth: deeply nested input neither overflows the stack nor nests deeply', () => {
    const depth = 5000;
    const el = shown(`${'<div><em>'.repeat(depth)}deep <script>window.__pwned=1</script>${'</em></div>'.repeat(depth)}`);
    expect(words(el)).to.equal('deep');
    let deepest = 0;
    for (const node of el.querySelectorAll('*')) {
      let d = 0;
      for (let n: Element | null = node; n && n !== el; n = n.parentElement) d++;
      deepest = Math.max(deepest, d);
    }
    expect(deepest).to.be.at.most(RICH_TEXT_LIMITS.depth + 1);
    const lists = shown(`${'<ul><li>'.repeat(2000)}x${'</li></ul>'.repeat(2000)}`);
    expect(words(lists)).to.equal('x');
    expectNothingActive(lists);
  });

  it('says whether there is anything to read', () => {
    expect(parseRichText('').empty).to.equal(true);
    expect(parseRichText('<p> </p><br><p>&nbsp;</p>').empty).to.equal(true);
    expect(parseRichText('<script>alert(1)</script><img src=x>').empty).to.equal(true);
    expect(parseRichText('<p>Hi</p>').empty).to.equal(false);
    expect(parseRichText(undefined as unknown as string).empty).to.equal(true);
  });

  it('shows the words without markup when the page refuses to parse HTML (Trusted Types)', () => {
    const original = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = () => {
      throw new TypeError('This document requires TrustedHTML assignment.');
    };
    try {
      const el = shown('<p>We <em>love</em> &amp; read.</p><script>alert(1)</script><img src=x onerror=alert(2)>');
      expect(words(el)).to.equal('We love & read.');
      expect(shape(el)).to.equal('p(#text)');
      expectNothingActive(el);
    } finally {
      DOMParser.prototype.parseFromString = original;
    }
  });
});
