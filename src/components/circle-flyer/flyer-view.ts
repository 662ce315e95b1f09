/**
 * What a flyer or a team poster says, built once per render from the API's circles: the same
 * words on paper, on screen and in the saved image. No Lit, no DOM (the words come through the
 * widget's language: `msg` runs inside its update).
 */
import { msg } from '@lit/localize';
import type { LearningCircle } from '../../api/index.js';
import { circleLink } from '../../internal/circle-link.js';
import { languageTag } from '../../internal/bidi.js';
import { P2PU_CIRCLES_PAGE } from '../../internal/p2pu-links.js';
import type { FlyerImageData } from './flyer-image.js';
import {
  circleTitle,
  courseLines,
  datesLine,
  facilitatorsLine,
  freeLine,
  nextMeetingLine,
  placeLines,
  printedAddress,
  stripWhen,
  weeklyTime,
} from './flyer-text.js';

export interface DetailRow {
  key: 'when' | 'where' | 'facilitators';
  label: string;
  lines: string[];
}

export interface PosterItem {
  id: number;
  title: string;
  lang: string | null;
  lines: string[];
}

/** What one sheet says. */
export interface SheetView {
  kind: 'circle' | 'team';
  kicker: string;
  title: string;
  /** The circle's own language, for its title. */
  titleLang: string | null;
  course: string;
  provider: string;
  details: DetailRow[];
  items: PosterItem[];
  /** Where the QR code leads (absolute). */
  target: string;
  /** The same address as printed, without `https://`. */
  address: string;
  cta: string;
  strip: { title: string; when: string };
  /** File name of a saved image, without the shape and extension. */
  fileStem: string;
}

/** A flyer for one circle; the QR code leads where every widget's link does (circle-link.ts). */
export function circleView(c: LearningCircle, locale: string, signupPage: string | null, tag: string): SheetView {
  const title = circleTitle(c);
  const { course, provider } = courseLines(c, title);
  const when = [weeklyTime(c, locale), datesLine(c, locale), nextMeetingLine(c, locale)].filter(Boolean);
  const facilitators = facilitatorsLine(c, locale);
  const details: DetailRow[] = [
    { key: 'when' as const, label: msg('When'), lines: when },
    { key: 'where' as const, label: msg('Where'), lines: placeLines(c) },
    ...(facilitators ? [{ key: 'facilitators' as const, label: facilitators.label, lines: [facilitators.text] }] : []),
  ].filter((row) => row.lines.length > 0);
  // the one rule of every widget: the library's signup page, else the circle's page on P2PU
  const target = circleLink(signupPage, c, locale, tag) ?? P2PU_CIRCLES_PAGE;
  return {
    kind: 'circle',
    kicker: msg('Join a free learning circle'),
    title,
    titleLang: languageTag(c.language),
    course,
    provider,
    details,
    items: [],
    target,
    address: printedAddress(target),
    cta: msg('Sign up'),
    strip: { title, when: stripWhen(c, locale) },
    fileStem: `learning-circle-${c.id}`,
  };
}

/** A team poster: its next circles, and one QR code to `target` (config/circles-page.ts `chooseCirclePage`). */
export function teamView(teamId: number, circles: LearningCircle[], locale: string, target: string): SheetView {
  return {
    kind: 'team',
    kicker: msg('Free learning circles'),
    title: msg('Learn something new, together'),
    titleLang: null,
    course: '',
    provider: '',
    details: [],
    items: circles.map((c) => ({
      id: c.id,
      title: circleTitle(c),
      lang: languageTag(c.language),
      lines: [weeklyTime(c, locale), datesLine(c, locale), placeLines(c).join(', ')].filter(Boolean),
    })),
    target,
    address: printedAddress(target),
    cta: msg('See the learning circles and sign up'),
    strip: { title: msg('Free learning circles'), when: '' },
    fileStem: `learning-circles-team-${teamId}`,
  };
}

/** The sheet's words as the saved image lays them out (flyer-image.ts), top to bottom. */
export function imageBlocks(view: SheetView): FlyerImageData['blocks'] {
  const blocks: FlyerImageData['blocks'] = [
    { text: view.kicker, size: 30, color: 'muted' },
    { text: view.title, size: 64, bold: true, gap: 8 },
  ];
  if (view.course) blocks.push({ text: view.course, size: 32 });
  if (view.provider) blocks.push({ text: view.provider, size: 30, color: 'muted' });
  blocks.push({ text: freeLine(), size: 34, bold: true, gap: 20 });
  for (const row of view.details) {
    blocks.push({ text: row.label, size: 24, bold: true, color: 'muted', gap: 16 });
    for (const line of row.lines) blocks.push({ text: line, size: 32, keep: true });
  }
  for (const item of view.items) {
    blocks.push({ text: item.title, size: 36, bold: true, gap: 18 });
    for (const line of item.lines) blocks.push({ text: line, size: 28, keep: true });
  }
  return blocks;
}
