/**
 * Words and numbers of a course card, in the widget's locale: star ratings, usage
 * counts and format labels. Kept apart from the element so the rules can be read (and tested) on
 * their own.
 */
import { formatNumber, intl, pluralCategory } from '../../internal/format.js';
import { msg, str } from '@lit/localize';

/** The rating as P2PU draws it: rounded to the nearest half star (4.38 → 4.5; 4.24 → 4). */
export function roundToHalf(rating: number): number {
  return Math.min(5, Math.max(0, Math.round(rating * 2) / 2));
}

export type StarFill = 'full' | 'half' | 'empty';

/** Five stars for a rating already rounded to halves. */
export function starFills(rounded: number): StarFill[] {
  return [1, 2, 3, 4, 5].map((n) => (rounded >= n ? 'full' : rounded >= n - 0.5 ? 'half' : 'empty'));
}

function oneDecimal(value: number, locale: string): string {
  return intl(Intl.NumberFormat, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

const whole = formatNumber;

function isOne(count: number, locale: string): boolean {
  return pluralCategory(count, locale) === 'one';
}

/** Visible rating text: "4.4 from 26 ratings", "5.0 from 1 rating". */
export function ratingText(rating: number, total: number, locale: string): string {
  const value = oneDecimal(rating, locale);
  const count = whole(total, locale);
  return isOne(total, locale) ? msg(str`${value} from ${count} rating`) : msg(str`${value} from ${count} ratings`);
}

/** Text alternative of the stars: "Rated 4.4 out of 5 from 26 ratings". */
export function ratingLabel(rating: number, total: number, locale: string): string {
  const value = oneDecimal(rating, locale);
  const count = whole(total, locale);
  return isOne(total, locale)
    ? msg(str`Rated ${value} out of 5 from ${count} rating`)
    : msg(str`Rated ${value} out of 5 from ${count} ratings`);
}

/** "Used by 57 learning circles"; "Not used by a learning circle yet" for 0. */
export function usageText(circles: number, locale: string): string {
  if (circles <= 0) return msg('Not used by a learning circle yet');
  const count = whole(circles, locale);
  return isOne(circles, locale)
    ? msg(str`Used by ${count} learning circle`)
    : msg(str`Used by ${count} learning circles`);
}

export type FormatKind = 'course' | 'book' | 'video' | 'article' | 'group' | 'other' | 'unknown';

/** P2PU's fixed English format label → our kind. */
export function formatKind(format: string): FormatKind {
  switch (format.trim().toLowerCase()) {
    case 'online course':
      return 'course';
    case 'book':
      return 'book';
    case 'video':
      return 'video';
    case 'article':
      return 'article';
    case 'interest group':
      return 'group';
    case 'other':
      return 'other';
    default:
      return 'unknown';
  }
}

/** The format in the widget's language ("Online course", "Book" …). */
export function formatLabel(kind: FormatKind): string {
  switch (kind) {
    case 'course':
      return msg('Online course');
    case 'book':
      return msg('Book');
    case 'video':
      return msg('Video');
    case 'article':
      return msg('Article');
    case 'group':
      return msg('Interest group');
    case 'other':
      return msg('Other format');
    default:
      return msg('Format unknown');
  }
}
