/**
 * P2PU's teams (libraries and library networks). Outside the client class so that the widgets,
 * which never list teams, do not carry it: only the snippet builder (and a future team page) do.
 */
import type { ApiCore, CallOptions } from './core.js';
import { NetworkError, ServerError } from './errors.js';
import { LIST_TTL_MS } from './cache.js';
import type { Team, TeamMember, TeamPage } from './models.js';
import {
  LIMITS,
  TEXT_LIMITS,
  bounded,
  coordinate,
  isObj,
  itemId,
  safeHttpUrl,
  str,
  uniqueItems,
  unexpected,
} from './normalize.js';

/**
 * Every team, in the server's order (by name), to find a team's id by its name: the server has no
 * search. Cached for 15 minutes, P2PU's `max-age` for teams (also in localStorage), through the
 * client's transport.
 */
export function fetchTeams(core: ApiCore, options: CallOptions = {}): Promise<Team[]> {
  return core.lookup('teams/', normalizeTeams, options, LIST_TTL_MS);
}

/**
 * One team with its page (`/api/teams/<id>/`): the organizers' intro and its people. Cached for 15
 * minutes, P2PU's `max-age` for teams (an organizer's edit shows within that), also in localStorage. An unknown team is no JSON error:
 * P2PU answers an HTTP 500 (a script error over JSONP), so this rejects; see
 * {@link mightBeUnknownTeam} and {@link fetchTeamOrNull}.
 */
export function fetchTeamPage(core: ApiCore, id: number, options: CallOptions = {}): Promise<TeamPage> {
  return core.lookup(`teams/${encodeURIComponent(String(id))}/`, normalizeTeamPage, options, LIST_TTL_MS);
}

/**
 * Whether a failed `/api/teams/<id>/` may mean there is no such team: P2PU answers an unknown id
 * with an HTTP 500 (404 on a server that renders its not-found page), which JSONP sees only as a
 * script that failed to load.
 */
export function mightBeUnknownTeam(error: unknown): boolean {
  if (error instanceof ServerError) return error.status === 404 || error.status === 500;
  return error instanceof NetworkError && error.reason === 'unreachable';
}

/**
 * The team `id` with its page, or null when P2PU has no such team. An answer that may mean "no such
 * team" (see {@link mightBeUnknownTeam}) is checked against the list of teams: when the list loads
 * and the id is not in it, the team does not exist (null); when the id is there, P2PU had a problem
 * and the first error is thrown. When the list cannot be loaded either, it throws a
 * {@link TeamLookupError} (its `cause` the first error): the team may not exist, or P2PU had a problem.
 */
export async function fetchTeamOrNull(core: ApiCore, id: number, options: CallOptions = {}): Promise<TeamPage | null> {
  try {
    return await fetchTeamPage(core, id, options);
  } catch (error) {
    if (!mightBeUnknownTeam(error)) throw error;
    let teams: Team[];
    try {
      teams = await fetchTeams(core, options);
    } catch (listError) {
      if (options.signal?.aborted) throw listError;
      throw new TeamLookupError(error);
    }
    if (teams.some((team) => team.id === id)) throw error;
    return null;
  }
}

/** The team could not be loaded, and P2PU may have no such team (its list of teams did not load either). */
export class TeamLookupError extends Error {
  /** Trying again may help: the failure may be P2PU's. */
  readonly retryable = true;

  constructor(cause: unknown) {
    super('P2PU could not find the team, or had a problem finding it', { cause });
    this.name = 'TeamLookupError';
  }
}

/** The largest id the server's integer column holds. */
const MAX_TEAM_ID = 2_147_483_647;

/**
 * A raw team → Team; null without an id from 1 to 2^31−1. Text only: the organizers' HTML
 * (`intro_text`) and the people (`facilitators`) are left out.
 */
export function normalizeTeam(raw: unknown): Team | null {
  if (!isObj(raw)) return null;
  const id = itemId(raw.id);
  if (id === null || id < 1 || id > MAX_TEAM_ID) return null;
  const at = isObj(raw.coordinates) ? raw.coordinates : {};
  const latitude = coordinate(at.latitude, 90);
  const longitude = coordinate(at.longitude, 180);
  return {
    id,
    name: str(raw.name),
    subtitle: str(raw.subtitle, TEXT_LIMITS.line),
    location: str(raw.location),
    circleCount: bounded(raw.studygroup_count, LIMITS.count),
    memberCount: bounded(raw.member_count, LIMITS.count),
    website: safeHttpUrl(raw.website),
    imageUrl: safeHttpUrl(raw.image_url),
    logoUrl: safeHttpUrl(raw.logo_url),
    coordinates: latitude === null || longitude === null ? null : { latitude, longitude },
  };
}

/**
 * `/api/teams/` → teams in the server's order (by name), at most {@link LIMITS.lookupItems};
 * items without a valid id and repeated ids are dropped.
 */
export function normalizeTeams(body: unknown, url?: string): Team[] {
  if (!isObj(body) || !Array.isArray(body.items)) throw unexpected('no list of teams', url);
  return uniqueItems(body.items, normalizeTeam, LIMITS.lookupItems);
}

/** Longest organizer HTML kept (the safe subset shows less: src/internal/safe-html.ts). */
const MAX_INTRO_HTML = 60_000;

function normalizeTeamMember(raw: unknown): TeamMember | null {
  if (!isObj(raw)) return null;
  const firstName = str(raw.first_name);
  if (firstName.trim() === '') return null;
  return {
    firstName,
    city: str(raw.city),
    bio: str(raw.bio, TEXT_LIMITS.question),
    role: typeof raw.role === 'string' && raw.role.toUpperCase() === 'ORGANIZER' ? 'organizer' : 'facilitator',
    avatarUrl: safeHttpUrl(raw.avatar_url),
  };
}

/**
 * `/api/teams/<id>/` (`{"item": team}`) → TeamPage: the team, its intro HTML as written (capped,
 * never rendered as HTML) and its people, at most {@link LIMITS.itemList}, without nameless ones.
 * Throws ServerError on a malformed answer.
 */
export function normalizeTeamPage(body: unknown, url?: string): TeamPage {
  const raw = isObj(body) ? body.item : undefined;
  const team = normalizeTeam(raw);
  if (!team || !isObj(raw)) throw unexpected('no team', url);
  const people = Array.isArray(raw.facilitators) ? raw.facilitators : [];
  const members: TeamMember[] = [];
  for (let i = 0; i < people.length && members.length < LIMITS.itemList; i++) {
    const member = normalizeTeamMember(people[i]);
    if (member) members.push(member);
  }
  return {
    ...team,
    introHtml: typeof raw.intro_text === 'string' ? raw.intro_text.slice(0, MAX_INTRO_HTML) : '',
    members,
  };
}
