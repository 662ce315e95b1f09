import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'jsqr/dist/jsQR.js';
import type jsQRFunction from 'jsqr';
import './circle-flyer.js';
import type { CircleFlyer } from './circle-flyer.js';
import { CircleFlyerHarness } from './circle-flyer.harness.js';
import { qrModules, QUIET_ZONE } from './qr.js';
import { addressPieces, printedAddress } from './flyer-text.js';
import { drawFlyerImage, IMAGE_SIZES, type FlyerImageData } from './flyer-image.js';
import { clearApiCache, resetClients } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { circleFixture } from '../../../test/circle-card-fixtures.js';
import { warningsDuring } from '../../../test/page-helpers.js';

const jsQR = (window as unknown as { jsQR: typeof jsQRFunction }).jsQR;
const harness = (el: CircleFlyer) => new CircleFlyerHarness(el);
/** Words as read: without the isolates (U+2066–U+2069) around API values in sentences. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
const api = () => localApi.open;

type Attributes = Record<string, string | true>;

/** A flyer from the local API with these attributes (`wrap` puts it inside something), loaded. */
async function flyer(attributes: Attributes, wrap: (el: CircleFlyer) => Node = (el) => el): Promise<CircleFlyer> {
  const el = document.createElement('circle-flyer');
  const all: Attributes = { endpoint: api(), transport: 'cors', ...attributes };
  for (const [name, value] of Object.entries(all)) {
    el.setAttribute(name, value === true ? '' : value);
  }
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.append(wrap(el));
  await harness(el).settled();
  return el;
}

/** An element `tag` with `attributes`, holding `child`. */
function inside(tag: string, attributes: Record<string, string>, child: Node): HTMLElement {
  const holder = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) holder.setAttribute(name, value);
  holder.append(child);
  return holder;
}

/** A circle as the local API sends it (for the addresses the flyer must print). */
async function apiCircle(id: number): Promise<{ url: string; name: string }> {
  const response = await fetch(`${api()}/api/learningcircles/?id=${id}&limit=1`);
  const body = (await response.json()) as { items: { url: string; name: string }[] };
  return body.items[0]!;
}

/** What a phone reads from a QR code drawn on a canvas: the `<svg>` at `px` pixels per module. */
async function decodeSvg(svgElement: SVGSVGElement, px = 8): Promise<string | null> {
  const size = Number(svgElement.getAttribute('viewBox')!.split(' ')[2]) * px;
  const copy = svgElement.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  // the quiet zone is light paper: the sheet's white
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(image, 0, 0, size, size);
  return decodeCanvas(canvas);
}

function decodeCanvas(canvas: HTMLCanvasElement, box = { x: 0, y: 0, width: canvas.width, height: canvas.height }): string | null {
  const data = canvas.getContext('2d')!.getImageData(box.x, box.y, box.width, box.height);
  return jsQR(data.data, data.width, data.height)?.data ?? null;
}

/** The QR code of a flyer, decoded. */
async function decodedQr(el: CircleFlyer): Promise<string | null> {
  const svg = harness(el).qr;
  expect(svg, 'a QR code').to.exist;
  return decodeSvg(svg!);
}

const BREAKS = /[/?&=]$/;

describe('<circle-flyer>', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => clearFaults());

  describe('a circle flyer', () => {
    it('shows what a patron needs, and a QR code that reads as the circle’s P2PU page, with that address printed beside it', async () => {
      const circle = await apiCircle(4821);
      const el = await flyer({ 'circle-id': '4821', 'library-name': 'Riverbend Public Library' });
      const f = harness(el);
      expect(f.state).to.equal('content');
      expect(f.kind).to.equal('circle');
      expect(f.title).to.equal('Python at Riverside');
      expect(plain(f.partText('course'))).to.contain('Course: Programming for Everybody');
      expect(plain(f.partText('course'))).to.contain('by University of Michigan via Coursera');
      expect(f.partText('free')).to.equal('Free. No experience needed.');
      expect(f.partText('library')).to.equal('Riverbend Public Library');
      const details = plain(f.partText('details'));
      expect(details).to.match(/When Every Tuesday, 6:00\s?–\s?7:30\sPM CST/);
      expect(details).to.match(/6 meetings, \w{3} \d{1,2}/);
      const lines = (row: string) => f.queryAll(`.details .${row} dd`).map((dd) => plain(dd.textContent));
      expect(lines('where')).to.deep.equal(['Riverside Branch Library', '930 E Monroe St, Riverbend']);
      expect(lines('facilitators')).to.deep.equal(['Maya and Tom']);
      expect(plain(f.query('.details .facilitators dt')!.textContent).trim()).to.equal('Facilitators');

      expect(await decodedQr(el)).to.equal(circle.url);
      expect(f.address).to.equal(circle.url.replace(/^https?:\/\//, ''));
      expect(f.qr!.getAttribute('role')).to.equal('img');
      expect(f.qr!.getAttribute('aria-label')).to.equal(`QR code for ${f.address}`);
      expect(f.qr!.querySelectorAll('*'), 'one path').to.have.length(1);
      expect(f.printButton).to.exist;
      await expect(el).to.be.accessible();
    });

    it('leads to the library’s own signup page when signup-page is set, printed without https:// and broken only after / ? & =', async () => {
      const el = await flyer({ 'circle-id': '4821', 'signup-page': 'https://library.example.org/join?circle={id}' });
      const f = harness(el);
      expect(await decodedQr(el)).to.equal('https://library.example.org/join?circle=4821');
      expect(f.address).to.equal('library.example.org/join?circle=4821');
      expect(f.addressPieces).to.deep.equal(['library.example.org/', 'join?', 'circle=', '4821']);
      expect(f.part('address')!.querySelectorAll('wbr')).to.have.length(3);
    });

    it('leads to P2PU, and tells the page editor in the console, when signup-page is not a web address', async () => {
      const circle = await apiCircle(4821);
      let el: CircleFlyer | null = null;
      const warnings = await warningsDuring(async () => {
        el = await flyer({ 'circle-id': '4821', 'signup-page': 'javascript:alert(1)//{id}' });
      });
      expect(await decodedQr(el!)).to.equal(circle.url);
      expect(warnings.some((w) => w.includes('signup-page "javascript:alert(1)//{id}" is not a web address'))).to.equal(true);
    });

    it('makes a relative signup-page absolute against the page (from <p2pu-config> too)', async () => {
      await import('../../config/p2pu-config.js');
      const el = await flyer({ 'circle-id': '4821' }, (el) => inside('p2pu-config', { 'signup-page': '/join.html' }, el));
      const expected = new URL('/join.html?circle=4821', location.href).href;
      expect(await decodedQr(el)).to.equal(expected);
      expect(harness(el).address).to.equal(printedAddress(expected));
    });

    it('wraps a narrow printed address only where it breaks', async () => {
      const el = await flyer({ 'circle-id': '4821' });
      const address = harness(el).part('address')!;
      address.style.inlineSize = '6em';
      const pieces = [...address.querySelectorAll<HTMLElement>('.piece')];
      const lineTops = new Set(pieces.map((p) => Math.round(p.getBoundingClientRect().top)));
      expect(lineTops.size, 'the address wraps').to.be.greaterThan(1);
      for (const piece of pieces) expect(piece.getClientRects(), `"${piece.textContent}" is on one line`).to.have.length(1);
      for (const piece of pieces.slice(0, -1)) expect(piece.textContent).to.match(BREAKS);
    });

    it('has tear-off strips with the short address, the title and the weekday; a half-page handout prints twice', async () => {
      const el = await flyer({ 'circle-id': '4821', 'tear-off': true, format: 'half' });
      const f = harness(el);
      expect(f.strips).to.have.length(8);
      for (const strip of f.strips) {
        expect(strip.textContent!.replace(/\s+/g, '')).to.contain(f.address!);
        expect(strip.textContent).to.contain('Python at Riverside');
        expect(strip.textContent).to.contain('Tuesday, 6:00');
      }
      expect(f.part('tear-off')!.getAttribute('aria-hidden')).to.equal('true');
      const copy = f.query('.page.copy')!;
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.hasAttribute('inert')).to.equal(true);
      expect(getComputedStyle(copy).display, 'the second copy is for paper only').to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('shows a logo from an http(s) address or the logo slot, and ignores any other with a notice', async () => {
      const logo = `${api()}/media/riverbend-library-logo.svg`;
      const el = await flyer({ 'circle-id': '4821', logo, 'library-name': 'Riverbend' });
      expect(harness(el).query<HTMLImageElement>('img.logo')!.src).to.equal(logo);
      expect(harness(el).problem).to.equal(null);

      const warnings = await warningsDuring(async () => {
        const bad = await flyer({ 'circle-id': '4821', logo: 'javascript:alert(1)' });
        expect(harness(bad).query('img.logo')).to.equal(null);
        expect(harness(bad).problem).to.contain('logo "javascript:alert(1)" is not an http(s) address');
        expect(harness(bad).state).to.equal('content');
      });
      expect(warnings.some((w) => w.includes('logo'))).to.equal(true);

      const slotted = await flyer({ 'circle-id': '4821' }, (el) => {
        el.append(inside('span', { slot: 'logo' }, document.createTextNode('RPL')));
        return el;
      });
      const slot = harness(slotted).query<HTMLSlotElement>('slot[name="logo"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['RPL']);
    });
  });

  describe('a team poster', () => {
    it('lists the team’s next open circles (full ones left out), up to 4, with one QR code to the team’s circles on P2PU', async () => {
      const response = await fetch(`${api()}/api/learningcircles/?team_id=1&signup=open&order=first_meeting_date&limit=20`);
      const open = ((await response.json()) as { items: { name: string; signup_open: boolean; signup_limit: number | null; signup_count: number }[] }).items
        .filter((c) => c.signup_open && (c.signup_limit === null || c.signup_count < c.signup_limit))
        .map((c) => c.name);
      const el = await flyer({ 'team-id': '1', 'library-name': 'Riverbend Public Library' });
      const f = harness(el);
      expect(f.state).to.equal('content');
      expect(f.kind).to.equal('team');
      expect(f.posterTitles).to.deep.equal(open.slice(0, 4));
      expect(plain(f.partText('circles'))).to.match(/Every \w+day, \d/);
      expect(await decodedQr(el)).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=1');
      expect(f.address).to.equal('www.p2pu.org/en/learning-circles/?team_id=1');
      expect(f.qr!.getAttribute('aria-label')).to.equal('QR code for www.p2pu.org/en/learning-circles/?team_id=1');
      await expect(el).to.be.accessible();
    });

    it('leads to the library’s circles-page, made absolute; limit sets how many it lists', async () => {
      const el = await flyer({ 'team-id': '1', limit: '2', 'circles-page': '/circles.html' });
      const f = harness(el);
      expect(f.posterTitles).to.have.length(2);
      expect(await decodedQr(el)).to.equal(new URL('/circles.html', location.href).href);
    });

    it('leaves out a full circle (team 5)', async () => {
      const el = await flyer({ 'team-id': '5' });
      expect(harness(el).posterTitles).to.not.include('Python Online (Sonntagmorgen)');
      expect(harness(el).posterTitles.length).to.be.greaterThan(0);
    });

    it('says there are no open circles now, and makes no poster, for a team without any', async () => {
      const el = await flyer({ 'team-id': '7' });
      const f = harness(el);
      expect(f.state).to.equal('empty');
      expect(f.messageText).to.contain('no learning circles open for signup right now');
      expect(f.sheet).to.equal(null);
      expect(f.qr).to.equal(null);
      expect(f.printButton).to.equal(null);
      expect(f.message!.querySelector('a')!.href).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=7');
      await expect(el).to.be.accessible();
    });
  });

  describe('circles that take no signups print nothing misleading', () => {
    const cases: [string, number, RegExp][] = [
      ['signup closed', 4828, /Signup for this learning circle has closed/],
      ['full', 4824, /This learning circle is full/],
      ['ended', 4827, /This learning circle has ended/],
      ['not published', 4830, /not published yet/],
      ['on its last day', 4796, /Signup for this learning circle has closed/],
    ];
    for (const [what, id, words] of cases) {
      it(`${what} (${id}): says why, with no sheet, QR code or Print button`, async () => {
        const el = await flyer({ 'circle-id': String(id) });
        const f = harness(el);
        expect(f.state).to.equal('unavailable');
        expect(f.messageText).to.match(words);
        expect(f.messageText).to.contain('there is no flyer for it');
        expect(f.sheet).to.equal(null);
        expect(f.qr).to.equal(null);
        expect(f.printButton).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('an unknown circle: says it could not be found', async () => {
      const el = await flyer({ 'circle-id': '999999' });
      const f = harness(el);
      expect(f.state).to.equal('not-found');
      expect(f.messageText).to.contain('This learning circle could not be found.');
      expect(f.printButton).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('set-up, loading and errors', () => {
    it('tells the page editor when there is neither a circle-id nor a team-id', async () => {
      const el = await fixture<CircleFlyer>(html`<circle-flyer></circle-flyer>`);
      const f = harness(el);
      expect(f.state).to.equal('problem');
      expect(f.part('problem')!.getAttribute('role')).to.equal('note');
      expect(f.problem).to.contain('add a circle-id attribute');
      expect(f.problem).to.contain('team-id');
      expect(f.printButton).to.equal(null);
      const bad = await fixture<CircleFlyer>(html`<circle-flyer circle-id="python" format="tabloid" limit="40"></circle-flyer>`);
      expect(harness(bad).problem).to.contain('circle-id "python" is not a learning circle number');
      expect(harness(bad).problem).to.contain('format "tabloid" must be letter, a4 or half');
      expect(harness(bad).problem).to.contain('limit "40" must be a whole number from 1 to 8');
      await expect(bad).to.be.accessible();
    });

    it('shows a loading sheet first', async () => {
      await injectFault('none', { path: '/api/learningcircles/', times: 1, latencyMs: 500 });
      const el = await fixture<CircleFlyer>(html`<circle-flyer circle-id="4821" endpoint=${api()} transport="cors"></circle-flyer>`);
      const f = harness(el);
      expect(f.state).to.equal('loading');
      expect(f.query('[role=status]')!.textContent!.trim()).to.equal('Loading learning circle…');
      expect(f.printButton).to.equal(null);
      await expect(el).to.be.accessible();
      await f.settled();
      expect(f.state).to.equal('content');
      expect(f.kind).to.equal('circle');
    });

    // (circles no other test loads: the browser keeps P2PU's answers for 15 minutes)
    it('says what failed, with Try again, and recovers', async () => {
      await injectFault('html500', { path: '/api/learningcircles/', times: 1 });
      const el = await flyer({ 'circle-id': '4833' });
      const f = harness(el);
      expect(f.state).to.equal('error');
      expect(f.error!.getAttribute('role')).to.equal('alert');
      expect(f.messageText).to.contain('This learning circle could not be loaded.');
      expect(f.printButton).to.equal(null);
      await expect(el).to.be.accessible();
      f.retryButton!.click();
      await waitUntil(() => f.state === 'content', 'no flyer after Try again', { timeout: 5000 });
      expect(f.title).to.equal('Conversation Circle: Learning English Together');
    });

    it('words a team’s failed load as circles', async () => {
      await injectFault('html500', { path: '/api/learningcircles/', times: 1 });
      const el = await flyer({ 'team-id': '6' });
      expect(harness(el).messageText).to.contain('Learning circles could not be loaded.');
    });
  });

  describe('printing', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('preparePrint adds one document stylesheet with the paper; endPrint leaves document.adoptedStyleSheets as before', async () => {
      const before = [...document.adoptedStyleSheets];
      const el = await flyer({ 'circle-id': '4821', format: 'a4' });
      el.preparePrint();
      el.preparePrint();
      const added = document.adoptedStyleSheets.filter((s) => !before.includes(s));
      expect(added).to.have.length(1);
      expect(document.adoptedStyleSheets).to.have.length(before.length + 1);
      const text = [...added[0]!.cssRules].map((r) => r.cssText).join('\n');
      expect(text).to.match(/@page\s*\{\s*size: a4( portrait)?;\s*margin: 10mm;/i);
      expect(el.hasAttribute('data-p2pu-printing')).to.equal(true);
      el.endPrint();
      expect(document.adoptedStyleSheets).to.deep.equal(before);
      expect(document.adoptedStyleSheets.every((s, i) => s === before[i])).to.equal(true);
      expect(el.hasAttribute('data-p2pu-printing')).to.equal(false);
      el.endPrint();
      expect(document.adoptedStyleSheets).to.deep.equal(before);
    });

    it('prints the flyer alone: the rest of the page is hidden, the sheet fills the page, the buttons are not printed', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <p class="outside">The library’s own words</p>
        <section class="holder" style="padding: 40px; position: relative">
          <h2 class="sibling">Other things</h2>
          <circle-flyer circle-id="4821" endpoint=${api()} transport="cors"></circle-flyer>
        </section>
      </div>`);
      const el = page.querySelector<CircleFlyer>('circle-flyer')!;
      await harness(el).settled();
      el.preparePrint();
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(page.querySelector('.outside')!).display).to.equal('none');
      expect(getComputedStyle(page.querySelector('.sibling')!).display).to.equal('none');
      expect(getComputedStyle(page.querySelector('.holder')!).paddingTop).to.equal('0px');
      expect(getComputedStyle(el).position).to.equal('absolute');
      expect(getComputedStyle(harness(el).part('actions')!).display).to.equal('none');
      const sheet = harness(el).sheet!.getBoundingClientRect();
      expect(sheet.width).to.be.greaterThan(0);
      expect(sheet.height, 'no taller than the page').to.be.at.most(window.innerHeight);
      expect(getComputedStyle(harness(el).query('.title')!).color).to.equal('rgb(0, 0, 0)');
      el.endPrint();
      expect(getComputedStyle(page.querySelector('.outside')!).display).to.equal('block');
    });

    it('prints a half-page handout twice on the page, with a line to cut along', async () => {
      const el = await flyer({ 'circle-id': '4821', format: 'half' });
      el.preparePrint();
      await emulateMedia({ media: 'print' });
      const copy = harness(el).query('.page.copy')!;
      expect(getComputedStyle(copy).display).to.equal('grid');
      expect(getComputedStyle(harness(el).query('.cut')!).display).to.equal('block');
      const sheet = harness(el).sheet!.getBoundingClientRect();
      expect(copy.getBoundingClientRect().top).to.be.greaterThan(sheet.bottom);
      expect(copy.getBoundingClientRect().bottom, 'both on one page').to.be.at.most(window.innerHeight + 1);
      el.endPrint();
    });

    it('the Print button prepares, prints and cleans up after printing', async () => {
      const before = [...document.adoptedStyleSheets];
      const el = await flyer({ 'circle-id': '4821' });
      const original = window.print;
      let sheetsWhilePrinting = -1;
      let attributeWhilePrinting = false;
      window.print = () => {
        sheetsWhilePrinting = document.adoptedStyleSheets.length;
        attributeWhilePrinting = el.hasAttribute('data-p2pu-printing');
      };
      try {
        harness(el).printButton!.click();
      } finally {
        window.print = original;
      }
      expect(sheetsWhilePrinting).to.equal(before.length + 1);
      expect(attributeWhilePrinting).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(document.adoptedStyleSheets).to.deep.equal(before);
      expect(el.hasAttribute('data-p2pu-printing')).to.equal(false);
    });
  });

  describe('save as image', () => {
    it('offers square and portrait PNGs, downloaded from a blob address that is revoked afterwards', async () => {
      const el = await flyer({ 'circle-id': '4821' });
      const f = harness(el);
      expect(f.imageSizeButton('square')!.closest('[hidden]')).to.exist;
      f.imageButton!.click();
      await el.updateComplete;
      expect(f.imageButton!.getAttribute('aria-expanded')).to.equal('true');
      expect(f.imageSizeButton('square')!.closest('[hidden]')).to.equal(null);
      await expect(el).to.be.accessible();

      const downloads: { name: string; href: string }[] = [];
      const stop = (event: Event) => {
        const link = event.composedPath()[0] as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        downloads.push({ name: link.download, href: link.href });
        event.preventDefault(); // the test page downloads nothing
      };
      el.shadowRoot!.addEventListener('click', stop, true);
      f.imageSizeButton('portrait')!.click();
      await waitUntil(() => f.query('.image-status')!.textContent!.includes('saved'), 'the image was not saved', { timeout: 5000 });
      el.shadowRoot!.removeEventListener('click', stop, true);
      expect(downloads.map((d) => d.name)).to.deep.equal(['learning-circle-4821-portrait.png']);
      expect(downloads[0]!.href).to.match(/^blob:/);
      let revoked = false;
      try {
        await fetch(downloads[0]!.href);
      } catch {
        revoked = true;
      }
      expect(revoked, 'the blob address is revoked').to.equal(true);
      expect(f.query('a[download]')).to.equal(null);
    });

    it('draws the flyer’s words and a QR code that reads, at 1080 × 1080 and 1080 × 1350, right to left too', async () => {
      const url = 'https://library.example.org/join?circle=4821';
      const data: FlyerImageData = {
        library: 'Riverbend Public Library',
        blocks: [
          { text: 'Join a free learning circle', size: 30, color: 'muted' },
          { text: 'Python at Riverside '.repeat(6), size: 64, bold: true },
          { text: 'Free. No experience needed.', size: 34, bold: true },
        ],
        cta: 'Sign up',
        address: printedAddress(url),
        modules: qrModules(url),
        font: 'sans-serif',
        direction: 'ltr',
        brand: '#0b5f68',
      };
      for (const shape of ['square', 'portrait'] as const) {
        for (const direction of ['ltr', 'rtl'] as const) {
          const canvas = drawFlyerImage({ ...data, direction }, shape);
          expect([canvas.width, canvas.height]).to.deep.equal([IMAGE_SIZES[shape].width, IMAGE_SIZES[shape].height]);
          expect(decodeCanvas(canvas), `${shape} ${direction}`).to.equal(url);
        }
      }
    });
  });

  describe('text from P2PU, languages', () => {
    it('keeps hostile strings as text', async () => {
      const el = await flyer({ 'circle-id': '4772', 'library-name': '<img src=x onerror=alert(2)>' });
      const f = harness(el);
      expect(f.title).to.equal('<img src=x onerror=alert(1)>');
      expect(plain(f.partText('details'))).to.contain('Rockridge Branch <b>Library</b>');
      expect(f.partText('library')).to.equal('<img src=x onerror=alert(2)>');
      expect(f.sheet!.querySelectorAll('img, b, script')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('reads right to left in Arabic, the address left to right', async () => {
      const el = await flyer({ 'circle-id': '4797' }, (el) => inside('div', { lang: 'ar', dir: 'rtl' }, el));
      const f = harness(el);
      expect(f.state).to.equal('content');
      expect(f.kind).to.equal('circle');
      expect(f.query('.widget')!.getAttribute('dir')).to.equal('rtl');
      expect(f.title).to.equal('مقدمة في البرمجة في القاهرة');
      expect(getComputedStyle(f.query('.main')!).direction).to.equal('rtl');
      expect(f.part('address')!.getAttribute('dir')).to.equal('ltr');
      // English words (the address, a Latin venue) stay on the sheet's start side, the right
      const sheet = f.part('sheet')!.getBoundingClientRect();
      const address = f.part('address')!.getBoundingClientRect();
      expect(getComputedStyle(f.part('address')!).textAlign).to.equal('right');
      expect(sheet.right - address.right, 'the address starts at the right').to.be.lessThan(sheet.width / 2);
      const circle = await apiCircle(4797);
      expect(await decodedQr(el)).to.equal(circle.url);
      await expect(el).to.be.accessible();
    });

    it('speaks the page’s language, dates included', async () => {
      const el = await flyer({ 'circle-id': '4821' }, (el) => inside('div', { lang: 'es' }, el));
      const details = plain(harness(el).partText('details'));
      expect(details).to.match(/martes/);
    });

    it('accepts a circle object (as a script sets it)', async () => {
      const el = await fixture<CircleFlyer>(html`<circle-flyer .circle=${circleFixture()}></circle-flyer>`);
      expect(harness(el).state).to.equal('content');
      expect(await decodedQr(el)).to.equal(circleFixture().url);
    });
  });

  describe('QR codes', () => {
    it('are square, of a QR size, and drawn with a quiet zone of 4 light modules', () => {
      const modules = qrModules('https://library.example.org/join?circle=4821');
      expect((modules.length - 17) % 4).to.equal(0);
      expect(modules.every((row) => row.length === modules.length)).to.equal(true);
      expect(QUIET_ZONE).to.equal(4);
      expect(addressPieces('a.org/b?c=1&d=2')).to.deep.equal(['a.org/', 'b?', 'c=', '1&', 'd=', '2']);
    });

    it('print an address without https://, with the letters it encodes, but never hidden characters', () => {
      expect(printedAddress('https://library.example.org/join?circle=4821')).to.equal('library.example.org/join?circle=4821');
      expect(printedAddress('http://x.org/%D9%85%D9%83-4797/')).to.equal('x.org/مك-4797/');
      expect(printedAddress('https://x.org/a%E2%80%AEb/')).to.equal('x.org/a%E2%80%AEb/');
      expect(printedAddress('https://x.org/a%20b/')).to.equal('x.org/a%20b/');
      expect(printedAddress('https://x.org/%E0%A4%A/')).to.equal('x.org/%E0%A4%A/');
    });
  });
});
