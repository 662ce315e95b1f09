/**
 * Words and numbers of a team's profile, in the widget's locale: the counts and the people's roles.
 * Kept apart from the element so the rules can be read (and tested) on their own.
 */
import { msg, str } from '@lit/localize';
import type { TeamMember } from '../../api/index.js';
import { formatNumber, pluralCategory } from '../../internal/format.js';

const isOne = (count: number, locale: string) => pluralCategory(count, locale) === 'one';

/** "3 learning circles open for signup"; "No learning circles open for signup right now" for 0. */
export function openCirclesText(count: number, locale: string): string {
  if (count <= 0) return msg('No learning circles open for signup right now');
  const n = formatNumber(count, locale);
  return isOne(count, locale)
    ? msg(str`${n} learning circle open for signup`)
    : msg(str`${n} learning circles open for signup`);
}

/** "6 learning circles so far" (P2PU's `studygroup_count`); "No learning circles yet" for 0. */
export function pastCirclesText(count: number, locale: string): string {
  if (count <= 0) return msg('No learning circles yet');
  const n = formatNumber(count, locale);
  return isOne(count, locale) ? msg(str`${n} learning circle so far`) : msg(str`${n} learning circles so far`);
}

/** "9 facilitators": everyone the team lists, organizers included. */
export function facilitatorsText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return isOne(count, locale) ? msg(str`${n} facilitator`) : msg(str`${n} facilitators`);
}

/** "Organizer" or "Facilitator". */
export function roleLabel(role: TeamMember['role']): string {
  return role === 'organizer' ? msg('Organizer') : msg('Facilitator');
}

/** Organizers first, then facilitators, each in P2PU's order. */
export function organizersFirst(members: readonly TeamMember[]): TeamMember[] {
  return [...members.filter((m) => m.role === 'organizer'), ...members.filter((m) => m.role !== 'organizer')];
}
