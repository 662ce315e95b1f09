/**
 * Printing one flyer alone, on exactly one page (behaviour of <circle-flyer>'s Print): one
 * stylesheet adopted by the document while it prints, with the paper and rules that hide the rest
 * of the host page, and an attribute on the flyer being printed. Both go away afterwards, leaving
 * `document.adoptedStyleSheets` exactly as it was: no global CSS stays behind.
 */
import type { FlyerFormat } from './flyer-text.js';

/** The paper of each format, for the print sheet: its `@page` size and margin. */
const PAPER: Record<FlyerFormat, { size: string; margin: string }> = {
  letter: { size: 'letter portrait', margin: '0.4in' },
  a4: { size: 'A4 portrait', margin: '10mm' },
  // two handouts on one letter sheet, one above the other, with a line to cut along
  half: { size: 'letter portrait', margin: '0.4in' },
};

/** The attribute on the flyer being printed (set by `prepare`, removed by `end`). */
export const PRINTING_ATTRIBUTE = 'data-p2pu-printing';

/**
 * The one document stylesheet of a print: the paper, and every part of the host page hidden but
 * the flyer and the elements it sits in, which lose their boxes so the flyer starts at the top of
 * the one page.
 */
function printSheetText(format: FlyerFormat): string {
  const { size, margin } = PAPER[format];
  const flyer = `[${PRINTING_ATTRIBUTE}]`;
  return `@page { size: ${size}; margin: ${margin}; }
@media print {
  :where(body *):not(${flyer}, ${flyer} *, :has(${flyer})) { display: none !important; }
  :has(${flyer}) { display: block !important; position: static !important; float: none !important; inline-size: auto !important; block-size: auto !important; min-block-size: 0 !important; max-block-size: none !important; min-inline-size: 0 !important; max-inline-size: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; transform: none !important; filter: none !important; contain: none !important; columns: auto !important; background: #fff !important; box-shadow: none !important; font-size: 0 !important; line-height: 0 !important; color: transparent !important; }
  :has(${flyer})::before, :has(${flyer})::after { content: none !important; display: none !important; }
  ${flyer} { display: block !important; visibility: visible !important; position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 100vw !important; margin: 0 !important; padding: 0 !important; font-size: 12pt !important; line-height: 1.4 !important; color: #000 !important; }
}`;
}

/** The print set up now: one flyer at a time. */
let current: FlyerPrint | null = null;

/** One flyer's printing: its sheet while it is set up, and the wait for the print dialog to close. */
export class FlyerPrint {
  private sheet: CSSStyleSheet | null = null;
  private afterPrint: (() => void) | null = null;

  constructor(private readonly flyer: HTMLElement) {}

  /** Sets the page up to print this flyer alone on `format` paper; a print set up earlier ends first. */
  prepare(format: FlyerFormat): void {
    if (current && current !== this) current.end();
    if (!this.sheet) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(printSheetText(format));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    }
    this.flyer.setAttribute(PRINTING_ATTRIBUTE, '');
    current = this;
  }

  /** Undoes `prepare`: the document's stylesheets as before, the attribute gone. Harmless when not prepared. */
  end(): void {
    const sheet = this.sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheet = null;
    this.flyer.removeAttribute(PRINTING_ATTRIBUTE);
    if (this.afterPrint) window.removeEventListener('afterprint', this.afterPrint);
    this.afterPrint = null;
    if (current === this) current = null;
  }

  /** `prepare`, the browser's print dialog, and `end` once the browser says the print is over. */
  print(format: FlyerFormat): void {
    this.prepare(format);
    const done = () => this.end();
    this.afterPrint = done;
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }
}
