// <circle-flyer> prints as a librarian expects: on a library page with other content, with the
// widget's print mode switched on as its Print button does it, Chromium's PDF of the Letter and the
// A4 flyer is exactly one page of that size holding only the flyer, in English and in Spanish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { startApi } from '../server/main.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Page sizes in PDF points (1/72 inch). */
const SIZES = { letter: [612, 792], a4: [595.28, 841.89] };
/** Text on the host page around the flyer: none of it may print. */
const HOST_TEXT = ['Library news this week', 'The book sale moves to Saturday'];

let api;
let dataDir;
let site;
let browser;
const pages = new Map();

before(async () => {
  if (!existsSync(join(root, 'dist/widgets/circle-flyer.js'))) {
    const run = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(run.status, 0, 'npm run build failed');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'p2pu-flyer-print-'));
  api = await startApi({ port: 0, cors: 'open', dataDir });
  site = await serveDist(pages);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  site?.close();
  await api?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The text of each page of a PDF, and each page's size. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const out = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { items } = await page.getTextContent();
    const [, , width, height] = page.view;
    out.push({ text: items.map((item) => item.str).join(' ').replace(/\s+/g, ' '), width, height });
  }
  await pdf.destroy();
  return out;
}

for (const format of ['letter', 'a4']) {
  for (const [lang, weekday] of [
    ['en', 'Tuesday'],
    ['es', 'martes'],
  ]) {
    test(`the ${format} flyer in ${lang} prints on exactly one ${format} page, with nothing else of the page`, async () => {
      const path = `/flyer-${format}-${lang}.html`;
      pages.set(
        path,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Flyer</title>
        <script src="/learning-circle-widgets.js" data-endpoint="${api.url}" defer></script></head>
        <body><header><h1>${HOST_TEXT[0]}</h1></header><main><p>${HOST_TEXT[1]}.</p>
        <circle-flyer circle-id="4821" format="${format}" library-name="Riverbend Public Library"></circle-flyer>
        <p>More news below the flyer.</p></main></body></html>`,
      );
      const tab = await browser.newPage();
      await tab.route(/^https:\/\//, (route) => route.abort()); // nothing reaches the internet
      await tab.goto(site.base + path);
      await tab.waitForFunction(
        () => document.querySelector('circle-flyer')?.shadowRoot?.querySelector('.widget')?.getAttribute('data-state') === 'content',
        null,
        { timeout: 15000 },
      );
      // what the Print button does before it opens the print dialog
      const sheetsBefore = await tab.evaluate(() => {
        const before = document.adoptedStyleSheets.length;
        document.querySelector('circle-flyer').preparePrint();
        return before;
      });
      const pdf = await readPdf(await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
      const shown = pdf.map((p) => p.text).join(' | ');
      assert.equal(pdf.length, 1, `one page, got ${pdf.length}: ${shown.slice(0, 300)}`);
      const [width, height] = SIZES[format];
      assert.ok(Math.abs(pdf[0].width - width) < 2 && Math.abs(pdf[0].height - height) < 2, `${format} size, got ${pdf[0].width}×${pdf[0].height}`);
      assert.match(pdf[0].text, /Python at Riverside/, 'the circle is on the flyer');
      assert.match(pdf[0].text, new RegExp(weekday, 'i'), `its weekday in ${lang}`);
      assert.match(pdf[0].text, /Riverbend Public Library/, "the library's name");
      for (const text of HOST_TEXT) assert.ok(!pdf[0].text.includes(text), `the host page's "${text}" does not print`);
      assert.doesNotMatch(pdf[0].text, /Save as image/, "the widget's own buttons do not print");

      // the print mode leaves the page as it was
      const sheets = await tab.evaluate(() => {
        document.querySelector('circle-flyer').endPrint();
        return document.adoptedStyleSheets.length;
      });
      assert.equal(sheets, sheetsBefore, 'no document style sheet left behind');
      await tab.close();
    });
  }
}
