/**
 * Learning circles as pins on a map. Outside the client class, like teams.ts, so that only the
 * map carries it.
 */
import { searchCircles } from './circles.js';
import type { ApiCore, CallOptions } from './core.js';
import type { LearningCircle, MapCircle } from './models.js';
import type { CircleQuery } from './params.js';
import { LIMITS, TEXT_LIMITS, coordinate, ident, isObj, itemId, safeHttpUrl, str, uniqueItems, unexpected } from './normalize.js';

/** A team's circles are read 100 at a time, at most this many pages (1,000 circles). */
export const TEAM_MAP_PAGE_SIZE = 100;
export const TEAM_MAP_MAX_PAGES = 10;

export interface CircleMapOptions extends CallOptions {
  /** Only this team's circles (from `/api/learningcircles/`, paged to the end). */
  teamId?: number | null;
  /**
   * The circles of this search of `/api/learningcircles/` (a `<circle-finder>`'s), paged to the end
   * the same way; its own `limit` and `offset` are replaced. Wins over `teamId`.
   */
  search?: Readonly<CircleQuery> | null;
  /** Circles a page (default {@link TEAM_MAP_PAGE_SIZE}); at most {@link TEAM_MAP_MAX_PAGES} pages are read. */
  pageSize?: number;
}

/** A circle of `/api/learningcircles/` as a pin, or null without coordinates. */
export function mapCircleOf(c: LearningCircle): MapCircle | null {
  if (c.latitude === null || c.longitude === null) return null;
  return {
    id: c.id,
    title: c.name || c.course.title,
    latitude: c.latitude,
    longitude: c.longitude,
    city: c.city,
    startDate: /^\d{4}-\d{2}-\d{2}$/.test(c.startDate) ? c.startDate : '',
    url: c.url,
  };
}

/**
 * Learning circles with coordinates: every running one of P2PU from
 * `/api/learning-circles-map/` (one list, cached for an hour, also in localStorage), or with
 * `teamId` the team's circles that have not ended, or with `search` that search's circles, from `/api/learningcircles/` (100 a page, to the end or {@link TEAM_MAP_MAX_PAGES}
 * pages). An abort of `signal` stops the paging.
 */
export async function fetchCircleMap(core: ApiCore, options: CircleMapOptions = {}): Promise<MapCircle[]> {
  const { teamId, search, signal } = options;
  const hasTeam = teamId !== null && teamId !== undefined;
  if (!search && !hasTeam) return core.lookup('learning-circles-map/', normalizeCircleMap, { signal });
  const query: CircleQuery = search ? { ...search } : { teamId, active: true, order: 'first_meeting_date' };
  const size = Number.isFinite(options.pageSize) ? Math.max(1, Math.floor(options.pageSize!)) : TEAM_MAP_PAGE_SIZE;
  const out: MapCircle[] = [];
  const seen = new Set<number>();
  for (let page = 0; page < TEAM_MAP_MAX_PAGES; page++) {
    signal?.throwIfAborted();
    const result = await searchCircles(core, { ...query, limit: size, offset: page * size }, { signal });
    for (const circle of result.items) {
      const pin = mapCircleOf(circle);
      if (pin && !seen.has(pin.id)) {
        seen.add(pin.id);
        out.push(pin);
      }
    }
    if (!result.hasMore) break;
  }
  return out;
}

/**
 * A raw entry of `/api/learning-circles-map/` → MapCircle; null when it has no id, is not active
 * (`active: false`: it has ended) or has no valid coordinates (lat −90…90, lng −180…180).
 */
export function normalizeMapCircle(raw: unknown): MapCircle | null {
  if (!isObj(raw) || raw.active === false) return null;
  const id = itemId(raw.id);
  const latitude = coordinate(raw.latitude, 90);
  const longitude = coordinate(raw.longitude, 180);
  if (id === null || latitude === null || longitude === null) return null;
  const day = ident(raw.start_date, TEXT_LIMITS.code);
  return {
    id,
    title: str(raw.title),
    latitude,
    longitude,
    city: str(raw.city),
    startDate: day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '',
    url: safeHttpUrl(raw.url),
  };
}

/**
 * `/api/learning-circles-map/` → the active circles with coordinates, in the server's order, at
 * most {@link LIMITS.mapItems}, repeated ids dropped. Throws ServerError on a malformed answer.
 */
export function normalizeCircleMap(body: unknown, url?: string): MapCircle[] {
  if (!isObj(body) || !Array.isArray(body.items)) throw unexpected('no list of circles', url);
  return uniqueItems(body.items, normalizeMapCircle, LIMITS.mapItems);
}
