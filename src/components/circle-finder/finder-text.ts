/**
 * The circle finder's words: labels and whole sentences per case (translators get sentences, not
 * fragments), in the finder's locale. No rendering and no state of their own.
 */
import { msg, str } from '@lit/localize';
import { isolate } from '../../internal/bidi.js';
import { formatNumber, formatWeekdayNumber, pluralCategory } from '../../internal/format.js';
import {
  closestChoice,
  distanceChoices,
  type ActiveFilter,
  type DistanceChoice,
  type FinderState,
} from './finder-state.js';

/** The learner's search words as shown back, without direction controls (a link can carry any). */
const searchTerm = (q: string) => q.replace(/[\u202a-\u202e\u2066-\u2069\u2029]/g, '');

/**
 * "10 mi" or "25 km". Words to translate rather than Intl's unit formatting, whose first use costs
 * a phone a tenth of a second, just before the first results.
 */
export function distanceText(choice: DistanceChoice, locale: string): string {
  const amount = formatNumber(choice.amount, locale);
  return choice.unit === 'mile' ? msg(str`${amount} mi`) : msg(str`${amount} km`);
}

/** The distance choice a state uses, in the locale's unit. */
function currentDistance(state: FinderState, locale: string): DistanceChoice {
  return closestChoice(distanceChoices(locale), state.distanceKm);
}

/**
 * A chip's words. The course's chip names it once a result has told its title (`courseTitle`),
 * else says "This course".
 */
export function chipLabel(filter: ActiveFilter, state: FinderState, locale: string, courseTitle: string | null = null): string {
  switch (filter.kind) {
    case 'course':
      return courseTitle ? msg(str`Course: ${isolate(courseTitle)}`) : msg('This course');
    case 'q':
      return msg(str`“${searchTerm(filter.value)}”`);
    case 'topic':
    case 'city':
      return isolate(filter.value);
    case 'near': {
      const distance = distanceText(currentDistance(state, locale), locale);
      return msg(str`Within ${distance} of you`);
    }
    case 'day':
      return formatWeekdayNumber(filter.value, locale);
    case 'online':
      return filter.value === 'online' ? msg('Online only') : msg('In person only');
  }
}

/** A tab's label, with its count once a search has told it. */
export function tabLabel(tab: 'open' | 'closed', count: number | null, locale: string): string {
  if (count === null) return tab === 'open' ? msg('Open for signup') : msg('Past and closed');
  const n = formatNumber(count, locale);
  return tab === 'open' ? msg(str`Open for signup (${n})`) : msg(str`Past and closed (${n})`);
}

/** "12 learning circles match “python” in Springfield", as whole sentences per case. */
export function summarySentence(count: number, state: FinderState, locale: string): string {
  const n = formatNumber(count, locale);
  const form = count === 0 ? 'zero' : pluralCategory(count, locale) === 'one' ? 'one' : 'other';
  const term = searchTerm(state.q);
  const city = state.city ? isolate(state.city) : '';
  const near = state.near ? distanceText(currentDistance(state, locale), locale) : '';
  if (term && city) {
    if (form === 'zero') return msg(str`No learning circles match “${term}” in ${city}`);
    if (form === 'one') return msg(str`${n} learning circle matches “${term}” in ${city}`);
    return msg(str`${n} learning circles match “${term}” in ${city}`);
  }
  if (term && near) {
    if (form === 'zero') return msg(str`No learning circles match “${term}” within ${near} of you`);
    if (form === 'one') return msg(str`${n} learning circle matches “${term}” within ${near} of you`);
    return msg(str`${n} learning circles match “${term}” within ${near} of you`);
  }
  if (term) {
    if (form === 'zero') return msg(str`No learning circles match “${term}”`);
    if (form === 'one') return msg(str`${n} learning circle matches “${term}”`);
    return msg(str`${n} learning circles match “${term}”`);
  }
  if (city) {
    if (form === 'zero') return msg(str`No learning circles in ${city}`);
    if (form === 'one') return msg(str`${n} learning circle in ${city}`);
    return msg(str`${n} learning circles in ${city}`);
  }
  if (near) {
    if (form === 'zero') return msg(str`No learning circles within ${near} of you`);
    if (form === 'one') return msg(str`${n} learning circle within ${near} of you`);
    return msg(str`${n} learning circles within ${near} of you`);
  }
  if (form === 'zero') return msg('No learning circles found');
  if (form === 'one') return msg(str`${n} learning circle`);
  return msg(str`${n} learning circles`);
}

/**
 * What a search found, without a number: said while more pages are to come and P2PU's count may
 * include duplicates ("Learning circles that match “python” in Springfield"), before "Showing 7 so far".
 */
export function summaryLead(state: FinderState, locale: string): string {
  const term = searchTerm(state.q);
  const city = state.city ? isolate(state.city) : '';
  const near = state.near ? distanceText(currentDistance(state, locale), locale) : '';
  if (term && city) return msg(str`Learning circles that match “${term}” in ${city}`);
  if (term && near) return msg(str`Learning circles that match “${term}” within ${near} of you`);
  if (term) return msg(str`Learning circles that match “${term}”`);
  if (city) return msg(str`Learning circles in ${city}`);
  if (near) return msg(str`Learning circles within ${near} of you`);
  return msg('Learning circles');
}

/** "Showing 7 so far.": how many are listed while the total is not known yet. */
export function shownSoFar(shown: number, locale: string): string {
  const n = formatNumber(shown, locale);
  return msg(str`Showing ${n} so far.`);
}

/**
 * The one sentence that says nothing was found (the empty panel below it only offers ways out):
 * what was searched for when the summary can say it, else why the list is empty.
 */
export function noResultsSentence(state: FinderState, locale: string, filtered: boolean): string {
  if (state.q || state.city || state.near) return `${summarySentence(0, state, locale)}.`;
  if (filtered) return msg('No learning circles match your search.');
  return state.tab === 'open'
    ? msg('No learning circles are open for signup right now.')
    : msg('There are no past or closed learning circles to show.');
}
