/** The course finder's words, in its locale: order names and the result count. */
import { msg, str } from '@lit/localize';
import type { CourseOrder } from '../../api/index.js';
import { formatNumber, pluralCategory } from '../../internal/format.js';
import type { SearchStatus } from '../../internal/search-controller.js';

/** "Title (A–Z)", "Most used", "Best rated", "Newest". */
export function courseOrderLabel(order: CourseOrder): string {
  const labels: Record<CourseOrder, string> = {
    title: msg('Title (A–Z)'),
    usage: msg('Most used'),
    overall_rating: msg('Best rated'),
    created_at: msg('Newest'),
  };
  return labels[order] ?? labels.title;
}

/**
 * "12 courses", "Showing 12 of 40 courses", or what is happening instead. `total` is the number
 * of courses when known for sure (SearchController#total), else null: then only how many are
 * shown, so no number said shrinks after "Load more".
 */
export function countText(status: SearchStatus, shown: number, total: number | null, hasMore: boolean, locale: string): string {
  if (status === 'loading') return shown > 0 ? msg('Searching…') : msg('Loading courses…');
  if (status === 'error') return '';
  if (shown === 0) return msg('No courses found');
  if (total === null) {
    const n = formatNumber(shown, locale);
    return pluralCategory(shown, locale) === 'one' ? msg(str`Showing ${n} course so far`) : msg(str`Showing ${n} courses so far`);
  }
  const all = formatNumber(total, locale);
  const one = pluralCategory(total, locale) === 'one';
  if (shown >= total || !hasMore) return one ? msg(str`${all} course`) : msg(str`${all} courses`);
  const n = formatNumber(shown, locale);
  return one ? msg(str`Showing ${n} of ${all} course`) : msg(str`Showing ${n} of ${all} courses`);
}
