/**
 * Organizer-written HTML from P2PU (a team's `intro_text`) as a safe subset, BUILT AS ELEMENTS: the
 * HTML is parsed into an inert document (`DOMParser`: scripts do not run, images do not load, nothing
 * of it is ever put into the page), then walked, and Lit templates are made for the allowed tags
 * only. Nothing of the parsed tree is inserted; only its text and a validated `href` are copied.
 *
 * Allowed: `p`, `br`, `em`, `i`, `strong`, `b`, `ul`, `ol`, `li`, and `a` with an absolute
 * http(s) `href` (validated with the URL parser; `rel="noopener"`, and a link to another origin
 * opens in a new tab and says so). No other attribute is ever copied. Every other element gives its
 * content (allowed elements inside it stay); `script`, `style`, `template`, `iframe`, `object`,
 * `embed`, `noscript`, `svg`, `math` and the like give nothing at all. A heading or `div` of plain
 * text becomes a paragraph, so words of two blocks do not run together.
 *
 * Bounded: at most {@link RICH_TEXT_LIMITS.input} characters are parsed, {@link RICH_TEXT_LIMITS.text}
 * shown (cut with "…"), {@link RICH_TEXT_LIMITS.elements} elements made, and below
 * {@link RICH_TEXT_LIMITS.depth} levels only text is kept.
 *
 * Where the page enforces Trusted Types, parsing HTML from a string is refused: the text is then
 * shown without any markup, as one paragraph.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { capText, safeHttpUrl } from '../api/index.js';
import { icons } from './icons.js';

export const RICH_TEXT_LIMITS = {
  /** Characters of HTML parsed; the rest is ignored. */
  input: 60_000,
  /** Characters of text shown; the last piece is cut with "…". */
  text: 8_000,
  /** Elements made; after that, text only. */
  elements: 1_500,
  /** Nesting kept; deeper, text only. */
  depth: 16,
} as const;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose content is never shown, not even as text. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'noembed', 'noframes',
  'frameset', 'frame', 'svg', 'math', 'head', 'title', 'link', 'meta', 'base', 'canvas', 'audio', 'video',
  'select', 'datalist',
]);

/** Elements that stand as a block of their own: plain text in one becomes a paragraph. */
const BLOCKS = new Set([
  'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer',
  'aside', 'nav', 'main', 'address', 'pre', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'table', 'tr',
  'td', 'th', 'caption', 'center', 'details', 'summary', 'fieldset', 'form', 'hr',
]);

/** The allowed elements whose words stand apart from their neighbours', as the blocks' do. */
const APART = new Set(['p', 'br', 'ul', 'ol', 'li']);

/** Where a piece goes: among blocks, inside a line of text, or right inside a list. */
type Context = 'block' | 'inline' | 'list';

interface Walk {
  /** Characters of text that may still be shown. */
  text: number;
  /** Elements that may still be made. */
  elements: number;
  /** Characters that are not white space, shown so far (a link with none is no link). */
  visible: number;
}

const pageOrigin = (): string | null => globalThis.location?.origin ?? null;

function take(text: string, walk: Walk): string {
  if (walk.text <= 0 || text === '') return '';
  const piece = text.length > walk.text ? capText(text, walk.text) : text;
  walk.text = text.length > walk.text ? 0 : walk.text - text.length;
  walk.visible += piece.replace(/\s+/g, '').length;
  return piece;
}

/** The text of `root` without the content of dropped elements, without recursion. */
function textOf(root: Element, walk: Walk): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isDropped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let out = '';
  for (let node = walker.nextNode(); node && out.length < walk.text; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) out += (node as Text).data;
    else if (BLOCKS.has((node as Element).localName) || APART.has((node as Element).localName)) out += ' ';
  }
  return take(out, walk);
}

function isDropped(el: Element): boolean {
  return el.namespaceURI !== HTML_NS || DROPPED.has(el.localName);
}

function isSpace(piece: unknown): boolean {
  return typeof piece === 'string' && piece.trim() === '';
}

function childrenOf(el: Element, context: Context, depth: number, walk: Walk, inLink: boolean): unknown[] {
  const out: unknown[] = [];
  for (let child = el.firstChild; child && walk.text > 0; child = child.nextSibling) {
    const piece = convert(child, context, depth, walk, inLink);
    if (piece !== '' && piece !== null) out.push(piece);
  }
  return out;
}

/** The children of a list: its `li`s, and anything else grouped into an item of its own. */
function listItems(el: Element, depth: number, walk: Walk, inLink: boolean): unknown[] {
  const items: unknown[] = [];
  let loose: unknown[] = [];
  const flush = () => {
    if (loose.some((piece) => !isSpace(piece))) items.push(html`<li dir="auto">${loose}</li>`);
    loose = [];
  };
  for (let child = el.firstChild; child && walk.text > 0; child = child.nextSibling) {
    if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === 'li' && !isDropped(child as Element)) {
      flush();
      const item = convert(child, 'list', depth, walk, inLink);
      if (item !== null && item !== '') items.push(item);
    } else {
      const piece = convert(child, 'block', depth, walk, inLink);
      if (piece !== null && piece !== '') loose.push(piece);
    }
  }
  flush();
  return items;
}

function link(el: Element, depth: number, walk: Walk, inLink: boolean): unknown {
  const href = inLink ? null : safeHttpUrl(el.getAttribute('href'));
  const before = walk.visible;
  const content = childrenOf(el, 'inline', depth + 1, walk, inLink || href !== null);
  // no address we may link, or no words to read as its name: its words only
  if (href === null || walk.visible === before) return content;
  if (new URL(href).origin === pageOrigin()) return html`<a href=${href} rel="noopener">${content}</a>`;
  return html`<a href=${href} rel="noopener noreferrer" target="_blank"
    >${content}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${icons.external}</a
  >`;
}

function convert(node: Node, context: Context, depth: number, walk: Walk, inLink: boolean): unknown {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node as Text).data;
    // white space between list items is no item
    return context === 'list' && text.trim() === '' ? '' : take(text, walk);
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return null; // comments, processing instructions
  const el = node as Element;
  if (isDropped(el)) return null;
  const name = el.localName;
  if (depth >= RICH_TEXT_LIMITS.depth || walk.elements <= 0) return textOf(el, walk);
  walk.elements--;
  const next = depth + 1;
  const inline = () => childrenOf(el, 'inline', next, walk, inLink);
  switch (name) {
    case 'p': {
      // an editor's empty paragraph (`<p><br></p>`, `<p>&nbsp;</p>`) is no blank line
      const before = walk.visible;
      const content = inline();
      return walk.visible === before ? '' : html`<p dir="auto">${content}</p>`;
    }
    case 'br':
      return html`<br />`;
    case 'em':
      return html`<em>${inline()}</em>`;
    case 'i':
      return html`<i>${inline()}</i>`;
    case 'strong':
      return html`<strong>${inline()}</strong>`;
    case 'b':
      return html`<b>${inline()}</b>`;
    case 'ul':
      return html`<ul>${listItems(el, next, walk, inLink)}</ul>`;
    case 'ol':
      return html`<ol>${listItems(el, next, walk, inLink)}</ol>`;
    case 'li': {
      const content = childrenOf(el, 'block', next, walk, inLink);
      // an item outside a list is a paragraph
      return context === 'list' ? html`<li dir="auto">${content}</li>` : html`<p dir="auto">${content}</p>`;
    }
    case 'a':
      return link(el, depth, walk, inLink);
    default: {
      const kept: Context = context === 'list' ? 'block' : context;
      if (!BLOCKS.has(name)) return childrenOf(el, kept, next, walk, inLink);
      // a heading or a div of text, among blocks: a paragraph; anywhere else, words apart from their neighbours
      if (context === 'block' && !el.querySelector('p, ul, ol, li')) {
        const content = childrenOf(el, 'inline', next, walk, inLink);
        return content.some((piece) => !isSpace(piece)) ? html`<p dir="auto">${content}</p>` : '';
      }
      return [' ', childrenOf(el, kept, next, walk, inLink), ' '];
    }
  }
}

/** Without a parser (Trusted Types refused it): the words of `source` with every tag left out. */
function plainWords(source: string): string {
  const text = source
    .replace(/<(script|style|template|iframe|object|noscript|svg|math)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);?/gi, (_, entity: string) => {
      const e = entity.toLowerCase();
      if (e.startsWith('#x')) return safeChar(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return safeChar(parseInt(e.slice(1), 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e] ?? '';
    });
  return text.replace(/\s+/g, ' ').trim();
}

function safeChar(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    ? String.fromCodePoint(code)
    : '\ufffd';
}

export interface RichText {
  /** The safe subset, as elements. */
  template: TemplateResult;
  /** Whether it shows no words at all. */
  empty: boolean;
}

/** {@link safeRichText}, and whether it shows any words (an intro of `<p></p>` is no intro). */
export function parseRichText(source: string): RichText {
  let input = typeof source === 'string' ? source.slice(0, RICH_TEXT_LIMITS.input) : '';
  // a tag cut in two at the limit is left out, not shown as "</di"
  if (input.length < (source?.length ?? 0)) {
    const open = input.lastIndexOf('<');
    if (open > input.lastIndexOf('>')) input = input.slice(0, open);
  }
  const walk: Walk = { text: RICH_TEXT_LIMITS.text, elements: RICH_TEXT_LIMITS.elements, visible: 0 };
  let body: HTMLElement;
  try {
    body = new DOMParser().parseFromString(input, 'text/html').body;
  } catch {
    // Trusted Types: this page accepts no HTML from a string, not even into an inert document
    const words = take(plainWords(input), walk);
    return { template: html`${words ? html`<p dir="auto">${words}</p>` : ''}`, empty: words === '' };
  }
  const pieces = childrenOf(body, 'block', 0, walk, false);
  return { template: html`${pieces}`, empty: walk.visible === 0 };
}

/**
 * Organizer-written HTML as a safe subset of elements (see the top of this file): paragraphs, line
 * breaks, emphasis, lists and http(s) links; text for everything else; never parsed into the page.
 */
export function safeRichText(source: string): TemplateResult {
  return parseRichText(source).template;
}
