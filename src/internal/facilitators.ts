/**
 * A circle's facilitators as a widget says them: the names joined in the widget's language
 * ("Ruth, Jamal y Keiko" on a Spanish page), never P2PU's display string, which is in the language
 * of the browser's Accept-Language ("Ruth, Jamal and Keiko"), unless that string is all we have.
 * One rule for the card, the signup and its calendar file.
 */
import type { LearningCircle } from '../api/index.js';
import { isBlank, isolate } from './bidi.js';
import { listFormat } from './format.js';

export interface FacilitatorList {
  /** The names in one phrase, in the widget's language; '' when P2PU does not know them. */
  text: string;
  /**
   * How many people: the number of names, 0 when none is known; null when only P2PU's display
   * string is known ("Maya and Tom"), whose number of names we cannot tell.
   */
  count: number | null;
}

/** Each facilitator's first name, trimmed; names that show nothing are left out. */
export function facilitatorNames(circle: LearningCircle): string[] {
  return circle.facilitators.filter((name) => !isBlank(name)).map((name) => name.trim());
}

/** `names` as a list in `locale`'s words ("Maya, Tom and Ana"; "Maya, Tom y Ana"). */
export function joinNames(names: readonly string[], locale: string): string {
  try {
    return listFormat(locale).format(names);
  } catch {
    return names.join(', ');
  }
}

/**
 * The facilitators in `locale`'s words. `isolated` (default): each name between bidi isolates, so a
 * name ending in a right-to-left override cannot reverse the rest of the list or sentence; plain
 * text (a calendar file) passes false.
 */
export function facilitatorList(circle: LearningCircle, locale: string, isolated = true): FacilitatorList {
  const wrap = (name: string) => (isolated ? isolate(name) : name);
  const names = facilitatorNames(circle);
  if (names.length) return { text: joinNames(names.map(wrap), locale), count: names.length };
  const line = circle.facilitator.trim();
  if (isBlank(line) || line === 'Unknown') return { text: '', count: 0 };
  return { text: wrap(line), count: null };
}
