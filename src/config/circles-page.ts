/**
 * The `circles-page` setting: the library's own page of learning circles (the page with its
 * `<circle-finder>`). A shared setting like `signup-page`: own attribute → nearest `<p2pu-config>` →
 * the script tag's `data-circles-page` → none (links go to P2PU). The one parser of its value, for
 * the course widgets ("See learning circles for this course") and the signup ("choose a circle").
 */
import { normalizeEndpoint } from '../api/index.js';

/**
 * The circle finder's address parameter for one course: `course` after its default prefix `lc_`
 * (src/components/circle-finder/finder-state.ts). Added to a `circles-page` without `{id}`.
 */
export const COURSE_PARAM = 'lc_course';

const ID = /\{id\}|%7Bid%7D/i;

/**
 * The address a `circles-page` template gives for one course: `{id}` replaced by the course id, or,
 * without `{id}`, the finder's {@link COURSE_PARAM} added. For no course (`courseId` null) the page
 * itself: a query parameter holding `{id}` is left out. Only http(s); null when there is none (not
 * set, not a web address, or `{id}` where no course can fill it).
 */
export function circlesPageUrl(
  template: string | null | undefined,
  courseId: number | null,
  base = globalThis.location?.href,
): string | null {
  const text = (template ?? '').trim();
  if (!text) return null;
  const filled = courseId === null ? text : text.replace(/\{id\}|%7Bid%7D/gi, String(courseId));
  try {
    const url = new URL(filled, base);
    if (filled === text) {
      // no `{id}` filled in: a parameter that holds one goes; the finder's course parameter comes
      for (const [key, value] of [...url.searchParams]) if (ID.test(value)) url.searchParams.delete(key);
      if (courseId !== null) url.searchParams.set(COURSE_PARAM, String(courseId));
    }
    return /^https?:$/.test(url.protocol) && !ID.test(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Whether a `circles-page` value can be used: filled in for a course, it is an http(s) address,
 * relative to the page or not (what {@link circlesPageUrl} makes of it, in the few bytes of the
 * endpoint's own check: the script-tag loader checks its `data-*`).
 */
export function isCirclesPage(value: string): boolean {
  return normalizeEndpoint(value.replace(/\{id\}|%7Bid%7D/gi, '1')) !== null;
}

/** The page editor's words for a `circles-page` that cannot be used. */
export function circlesPageProblemText(value: string): string {
  return `circles-page "${value}" is not an http(s) address, so links to learning circles go to P2PU`;
}
