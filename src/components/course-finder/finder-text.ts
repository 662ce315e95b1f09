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

/** "12 courses", "Showing 12 of 40 courses", or what is happening instead. */
export function countText(status: SearchStatus, shown: number, count: number, hasMore: boolean, locale: string): string {
  if (status === 'loading') return shown > 0 ? msg('Searching…') : msg('Loading courses…');
  if (status === 'error') return '';
  if (shown === 0) return msg('No courses found');
  const total = formatNumber(count, locale);
  const one = pluralCategory(count, locale) === 'one';
  if (shown >= count || !hasMore) return one ? msg(str`${total} course`) : msg(str`${total} courses`);
  const n = formatNumber(shown, locale);
  return one ? msg(str`Showing ${n} of ${total} course`) : msg(str`Showing ${n} of ${total} courses`);
}
