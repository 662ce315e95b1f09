/**
 * What <circle-finder> tells the page (events, its public search): never the learner's position,
 * never personal data.
 */
import type { CircleOrder, CircleQuery } from '../../api/index.js';
import { TAB_ORDER, type OnlineChoice, type Tab } from './finder-state.js';

/** Detail of `p2pu-circle-search`: what was searched (never the learner's position) and how many matched. */
export interface CircleSearchDetail {
  q: string;
  topics: string[];
  city: string;
  /** 0 = Monday … 6 = Sunday. */
  days: number[];
  online: OnlineChoice;
  /** True when "near me" was used (the position itself is not shared). */
  nearMe: boolean;
  tab: Tab;
  order: CircleOrder;
  /** P2PU's count for the search (for a text search it may count a circle once per facilitator). */
  count: number;
}

/**
 * The search a finder shows (`CircleFinder.searchQuery`): the parameters of P2PU's
 * `/api/learningcircles/` as `P2puClient#searchCircles` takes them, without paging and without
 * the learner's position.
 */
export type CircleSearchQuery = Readonly<Omit<CircleQuery, 'latitude' | 'longitude' | 'distanceKm' | 'limit' | 'offset' | 'id'>>;

/** What `p2pu-circle-search` tells: the search (never the position) and its count. */
export function searchDetail(query: CircleQuery, count: number): CircleSearchDetail {
  return {
    q: query.q ?? '',
    topics: [...(query.topics ?? [])],
    city: query.city ?? '',
    days: [...(query.weekdays ?? [])],
    online: query.online === true ? 'online' : query.online === false ? 'in-person' : 'any',
    nearMe: query.latitude !== null && query.latitude !== undefined,
    tab: query.signup === 'closed' ? 'closed' : 'open',
    order: query.order ?? TAB_ORDER.open,
    count,
  };
}

/** `query` as others may read it: a fresh copy without the position and the paging. */
export function sharedQuery(query: CircleQuery): CircleSearchQuery {
  const { latitude: _latitude, longitude: _longitude, distanceKm: _distance, limit: _limit, offset: _offset, ...shared } = query;
  return { ...shared, topics: [...(query.topics ?? [])], weekdays: [...(query.weekdays ?? [])] };
}
