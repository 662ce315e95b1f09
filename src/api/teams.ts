/**
 * P2PU's teams (libraries and library networks). Outside the client class so that the widgets,
 * which never list teams, do not carry it: only the snippet builder (and a future team page) do.
 */
import type { CallOptions, P2puClient } from './client.js';
import type { Team } from './models.js';
import { normalizeTeams } from './normalize.js';

/**
 * Every team, in the server's order (by name), to find a team's id by its name: the server has no
 * search. Cached for an hour (also in localStorage), through the client's transport.
 */
export function fetchTeams(client: P2puClient, options: CallOptions = {}): Promise<Team[]> {
  return client.lookup('teams/', normalizeTeams, options);
}
