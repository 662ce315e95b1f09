/**
 * "Save as image" of <circle-flyer>: the flyer's words and QR code drawn on a canvas as a PNG for
 * social media, square (1080 × 1080) or portrait (1080 × 1350), and downloaded. Loaded with a
 * dynamic import on the first click, so none of it is in the flyer's first download. No words of
 * its own (the flyer hands over its texts, already in the widget's language) and no QR library
 * (it gets the modules).
 */

export type FlyerImageShape = 'square' | 'portrait';

export const IMAGE_SIZES: Readonly<Record<FlyerImageShape, { width: number; height: number }>> = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
};

export interface FlyerImageBlock {
  text: string;
  /** Font size in pixels at full scale. */
  size: number;
  bold?: boolean;
  color?: 'text' | 'muted';
  /** Extra space above the block, in pixels at full scale. */
  gap?: number;
  /** Drawn only together with the block before it (a label and its lines, a circle and its dates). */
  keep?: boolean;
}

export interface FlyerImageData {
  /** The library's name, at the top; '' for none. */
  library: string;
  /** The flyer's texts, top to bottom. */
  blocks: FlyerImageBlock[];
  /** The words above the address ("Sign up"). */
  cta: string;
  /** The printed address, without `https://`. */
  address: string;
  /** The QR code's modules (qr.ts), without the quiet zone. */
  modules: boolean[][];
  /** The host's font stack (its computed `font-family`). */
  font: string;
  direction: 'ltr' | 'rtl';
  /** The brand colour (any CSS colour), for the band and the rule. */
  brand: string;
}

const TEXT = '#1d2428';
const MUTED = '#4f5b62';
const PAD = 72;
const QUIET = 4;

type Ctx = CanvasRenderingContext2D;

const fontOf = (size: number, bold: boolean | undefined, family: string) => `${bold ? 700 : 400} ${Math.round(size)}px ${family}`;

/** Breaks one word that is wider than a line between characters. */
function breakWord(ctx: Ctx, word: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(word)) {
    if (line && ctx.measureText(line + ch).width > max) {
      lines.push(line);
      line = ch;
    } else {
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `pieces` joined into lines no wider than `max` (with `sep` between pieces on a line). */
function fill(ctx: Ctx, pieces: string[], max: number, sep: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line}${sep}${piece}` : piece;
    if (ctx.measureText(candidate).width <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (ctx.measureText(piece).width <= max) {
      line = piece;
    } else {
      const broken = breakWord(ctx, piece, max);
      line = broken.pop() ?? '';
      lines.push(...broken);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text wrapped at spaces to `max` pixels (a longer word is broken between characters). */
export function wrapText(ctx: Ctx, text: string, max: number): string[] {
  return fill(ctx, text.split(/\s+/).filter(Boolean), max, ' ');
}

/** An address wrapped after `/`, `?`, `&` and `=` only (as the sheet prints it). */
export function wrapAddress(ctx: Ctx, address: string, max: number): string[] {
  return fill(ctx, address.split(/(?<=[/?&=])/).filter(Boolean), max, '');
}

interface Laid {
  lines: string[];
  font: string;
  lineHeight: number;
  gap: number;
  color: string;
  direction: 'ltr' | 'rtl';
  keep: boolean;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

/** A text's own direction, as `dir="auto"` finds it: from its first strong letter. */
export function directionOf(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (/\p{L}/u.test(ch)) return 'ltr';
  }
  return fallback;
}

/** The blocks laid out at `scale`: their lines and the height they take. */
function layout(ctx: Ctx, data: FlyerImageData, width: number, scale: number): { laid: Laid[]; height: number } {
  let height = 0;
  const laid = data.blocks
    .filter((block) => block.text.trim() !== '')
    .map((block, i) => {
      const size = block.size * scale;
      const font = fontOf(size, block.bold, data.font);
      ctx.font = font;
      const lines = wrapText(ctx, block.text, width);
      const lineHeight = Math.round(size * 1.25);
      const gap = i === 0 ? 0 : Math.round((8 + (block.gap ?? 0)) * scale);
      height += gap + lines.length * lineHeight;
      const direction = directionOf(block.text, data.direction);
      return { lines, font, lineHeight, gap, color: block.color === 'muted' ? MUTED : TEXT, direction, keep: Boolean(block.keep) && i > 0 };
    });
  return { laid, height };
}

/**
 * Draws the flyer on a canvas of the shape's size: the library's name on a band of the brand
 * colour, the texts (wrapped, smaller until they fit), and at the bottom the QR code with its
 * quiet zone beside the call to action and the address. Right-to-left text is aligned right.
 */
export function drawFlyerImage(data: FlyerImageData, shape: FlyerImageShape, canvas: HTMLCanvasElement = document.createElement('canvas')): HTMLCanvasElement {
  const { width: W, height: H } = IMAGE_SIZES[shape];
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const rtl = data.direction === 'rtl';
  ctx.textBaseline = 'top';
  /** Writes a line at the image's start side, in the line's own direction. */
  const write = (text: string, x: number, y: number, direction = directionOf(text, data.direction)) => {
    ctx.direction = direction;
    ctx.textAlign = rtl ? 'right' : 'left';
    ctx.fillText(text, x, y);
  };
  const startX = rtl ? W - PAD : PAD;
  const textWidth = W - 2 * PAD;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = data.brand;
  ctx.fillRect(0, 0, W, 20);

  let top = PAD;
  if (data.library.trim()) {
    ctx.font = fontOf(34, true, data.font);
    ctx.fillStyle = TEXT;
    const lines = wrapText(ctx, data.library, textWidth).slice(0, 2);
    for (const line of lines) {
      write(line, startX, top);
      top += 44;
    }
    top += 20;
  }

  // the QR code, bottom start, with its quiet zone of light modules
  const count = data.modules.length + 2 * QUIET;
  const module = Math.floor((shape === 'square' ? 300 : 380) / count);
  const qr = module * count;
  const qrX = rtl ? W - PAD - qr : PAD;
  const qrY = H - PAD - qr;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(qrX, qrY, qr, qr);
  ctx.fillStyle = '#000000';
  data.modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) ctx.fillRect(qrX + (x + QUIET) * module, qrY + (y + QUIET) * module, module, module);
    }),
  );

  // beside it: the call to action and the address
  const besideWidth = W - 2 * PAD - qr - 36;
  const besideX = rtl ? W - PAD - qr - 36 : PAD + qr + 36;
  let y = qrY + module * QUIET;
  ctx.font = fontOf(40, true, data.font);
  ctx.fillStyle = TEXT;
  for (const line of wrapText(ctx, data.cta, besideWidth).slice(0, 3)) {
    write(line, besideX, y);
    y += 50;
  }
  y += 12;
  ctx.font = fontOf(30, true, data.font);
  // an address reads left to right in every language
  for (const line of wrapAddress(ctx, data.address, besideWidth).slice(0, 6)) {
    write(line, besideX, y, 'ltr');
    y += 40;
  }

  // a rule above the QR code; the texts above the rule, as large as they fit
  const rule = qrY - 32;
  ctx.fillStyle = data.brand;
  ctx.fillRect(PAD, rule, textWidth, 4);
  const room = rule - 28 - top;
  let fitted = layout(ctx, data, textWidth, 1);
  for (let scale = 0.92; fitted.height > room && scale >= 0.5; scale -= 0.06) fitted = layout(ctx, data, textWidth, scale);
  // block by block; a group (a block and those kept with it) that does not fit whole is left out, with all after it
  const bottom = rule - 20;
  const laid = fitted.laid;
  for (let i = 0; i < laid.length; ) {
    let end = i + 1;
    while (end < laid.length && laid[end]!.keep) end++;
    const group = laid.slice(i, end);
    const height = group.reduce((sum, b) => sum + b.gap + b.lines.length * b.lineHeight, 0);
    if (top + height > bottom) {
      // only the first lines of a lone block that is taller than the whole room (a very long title)
      if (i > 0) break;
    }
    for (const block of group) {
      top += block.gap;
      ctx.font = block.font;
      ctx.fillStyle = block.color;
      for (const line of block.lines) {
        if (top + block.lineHeight > bottom) return canvas;
        write(line, startX, top, block.direction);
        top += block.lineHeight;
      }
    }
    i = end;
  }
  return canvas;
}

/** The canvas as a PNG. */
export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  );
}

/**
 * Draws the image and downloads it as `fileName`: an `<a download>` with a blob address, clicked
 * inside `root` and removed; the address is revoked once the download has started.
 */
export async function saveFlyerImage(data: FlyerImageData, shape: FlyerImageShape, fileName: string, root: ParentNode): Promise<void> {
  const blob = await pngOf(drawFlyerImage(data, shape));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    await new Promise((resolve) => setTimeout(resolve, 250));
    URL.revokeObjectURL(url);
  }
}
