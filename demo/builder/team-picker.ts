/**
 * `<team-picker>`: the snippet builder's "find your library by name" (issue #12, item 2). A
 * librarian types part of their library's name, city or country; the picker searches every P2PU
 * team (`/api/teams/`, loaded on first use and filtered here: the server has no search) and
 * shows each match with its location and number of learning circles, so they can tell that it is
 * theirs. Choosing one gives its id, the widgets' `team-id`. A plain "Team number" field, kept in
 * sync, serves those who know the number, and the moment the list cannot be loaded.
 *
 * The search is a combobox with a list of matches (ARIA APG "list autocomplete", manual
 * selection): Down/Up move through the matches, Enter chooses, Escape closes the list (a second
 * Escape empties the search).
 *
 * Every text comes from the API and is bound as text (Lit escapes it); nothing is parsed as HTML.
 *
 * Usage: `<team-picker endpoint="https://learningcircles.p2pu.org" transport="auto" value="12"
 * @change=${(e) => e.detail.id}></team-picker>`. The page must allow the endpoint for JSONP
 * (`setAllowedEndpoints`), as the builder does for the endpoint it uses.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  fetchTeams,
  getClient,
  isAbortError,
  normalizeEndpoint,
  P2puApiError,
  type Team,
  type TransportMode,
} from '../../src/api/index.js';
import { builderBaseStyles } from './builder-base.styles.js';
import { teamPickerStyles } from './team-picker.styles.js';

/** Most matches listed at once. */
export const MAX_MATCHES = 8;
/** Where a librarian asks P2PU (the address of P2PU's pages and of docs/accessibility.md). */
export const P2PU_CONTACT = 'thepeople@p2pu.org';
/** The largest team id (the server's integer column). */
const MAX_TEAM_ID = 2_147_483_647;

/** Letters that Unicode does not decompose into a base letter and an accent. */
const FOLDED: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** Text for matching: lower case, without accents ("Köln" → "koln", "Łódź" → "lodz"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłđæœıþ]/g, (c) => FOLDED[c] ?? c);
}

/** The words of a text, folded ("Riverbend, WI" → ["riverbend", "wi"]). */
function words(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

interface Indexed {
  team: Team;
  name: string[];
  other: string[];
}
const indexes = new WeakMap<Team[], Indexed[]>();
function indexOf(teams: Team[]): Indexed[] {
  let index = indexes.get(teams);
  if (!index) {
    index = teams.map((team) => ({
      team,
      name: words(team.name),
      other: [...words(team.subtitle), ...words(team.location)],
    }));
    indexes.set(teams, index);
  }
  return index;
}

/**
 * The teams whose name, subtitle or location has a word starting with each word of `query`
 * (case and accents ignored), best first: the team whose number is the query, names starting
 * with the query, names holding every word, then the rest; otherwise in the list's order.
 */
export function matchTeams(teams: Team[], query: string): Team[] {
  const wanted = words(query);
  if (!wanted.length) return [];
  const whole = wanted.join(' ');
  const found: { team: Team; rank: number; order: number }[] = [];
  indexOf(teams).forEach(({ team, name, other }, order) => {
    const inName = (w: string) => name.some((n) => n.startsWith(w));
    let rank: number;
    if (String(team.id) === whole) rank = 0;
    else if (name.join(' ').startsWith(whole)) rank = 1;
    else if (wanted.every(inName)) rank = 2;
    else if (wanted.every((w) => inName(w) || other.some((n) => n.startsWith(w)))) rank = 3;
    else return;
    found.push({ team, rank, order });
  });
  return found.sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.team);
}

/** "1 learning circle", "13 learning circles". */
export function circleCount(n: number): string {
  return `${n.toLocaleString('en')} learning circle${n === 1 ? '' : 's'}`;
}

/** A team number as typed ("12", " 012 ") → "12"; '' when it is not a whole number from 1 to 2^31−1. */
export function teamNumber(text: string): string {
  const digits = /^\s*(\d{1,12})\s*$/.exec(text)?.[1];
  if (digits === undefined) return '';
  const n = Number(digits);
  return n >= 1 && n <= MAX_TEAM_ID ? String(n) : '';
}

const teamName = (team: Team) => team.name.trim() || `Team ${team.id}`;

/** Why the list could not be loaded, in a librarian's words. */
function failureText(error: unknown): string {
  if (!(error instanceof P2puApiError)) return 'something went wrong';
  switch (error.reason) {
    case 'offline':
      return 'this device is offline';
    case 'timeout':
      return 'the server did not answer in time';
    case 'blocked':
      return 'this page is not allowed to load data from that address';
    case 'unreachable':
      return 'the server could not be reached';
    default:
      return 'the server did not answer with a list of teams';
  }
}

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type TeamPickerChangeEvent = CustomEvent<{ id: string }>;

export class TeamPicker extends LitElement {
  static override styles = [builderBaseStyles, teamPickerStyles];

  static override properties = {
    endpoint: {},
    transport: {},
    value: {},
    status: { state: true },
    teams: { state: true },
    failure: { state: true },
    query: { state: true },
    open: { state: true },
    active: { state: true },
    numberText: { state: true },
    announcement: { state: true },
  };

  /** The P2PU server (its origin or base URL); '' means P2PU's own. */
  declare endpoint: string;
  /** How the list is loaded: `auto` (default), `cors` or `jsonp`. */
  declare transport: TransportMode;
  /** The chosen team's id as a string; '' for none. Setting it fires no event. */
  declare value: string;

  declare private status: LoadStatus;
  declare private teams: Team[];
  declare private failure: string;
  declare private query: string;
  declare private open: boolean;
  declare private active: number;
  declare private numberText: string;
  declare private announcement: string;

  /** endpoint|transport of the list in `teams` (or being loaded). */
  private loadedFor = '';
  /** The list was asked for once: a new endpoint then loads at once, without waiting for focus. */
  private used = false;
  private abort: AbortController | undefined;
  /** The last value this element reported (or was given): a `value` set to it is no outside change. */
  private known = '';

  constructor() {
    super();
    this.endpoint = '';
    this.transport = 'auto';
    this.value = '';
    this.status = 'idle';
    this.teams = [];
    this.failure = '';
    this.query = '';
    this.open = false;
    this.active = -1;
    this.numberText = '';
    this.announcement = '';
  }

  /** The chosen team, once the list is loaded and holds it. */
  get team(): Team | null {
    const id = teamNumber(this.value ?? '');
    if (!id || this.status !== 'ready') return null;
    return this.teams.find((t) => String(t.id) === id) ?? null;
  }

  /** The endpoint as shown in messages. */
  private get where(): string {
    return normalizeEndpoint(this.endpoint) ?? String(this.endpoint ?? '');
  }

  private get loadKey(): string {
    return `${normalizeEndpoint(this.endpoint) ?? this.endpoint}|${this.transport}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.status === 'loading') {
      // asked again when the picker is used after it comes back
      this.abort?.abort();
      this.status = 'idle';
      this.loadedFor = '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      const value = this.value == null ? '' : String(this.value);
      if (value !== this.known) {
        // set from outside: the number field shows it, a search that named the old team is cleared
        this.known = value;
        this.numberText = value;
        this.query = '';
        this.open = false;
        this.active = -1;
      }
    }
    if ((changed.has('endpoint') || changed.has('transport')) && this.loadedFor && this.loadedFor !== this.loadKey) {
      // another server: its own list, at once if the picker is in use
      this.abort?.abort();
      this.status = 'idle';
      this.teams = [];
      this.loadedFor = '';
      this.open = false;
      this.active = -1;
      if (this.used) this.load();
    }
  }

  /** Loads the list unless it is loaded, loading or failed for this endpoint (or `again`). */
  private load(again = false): void {
    if (!again && this.loadedFor === this.loadKey && this.status !== 'idle') return;
    this.used = true;
    this.abort?.abort();
    this.loadedFor = this.loadKey;
    this.teams = [];
    const endpoint = normalizeEndpoint(this.endpoint);
    let client: ReturnType<typeof getClient> | null = null;
    try {
      client = endpoint ? getClient({ endpoint, transport: this.transport }) : null;
    } catch {
      client = null;
    }
    if (!client) {
      this.status = 'error';
      this.failure = 'it is not a web address starting with https://';
      return;
    }
    const abort = (this.abort = new AbortController());
    this.status = 'loading';
    this.failure = '';
    fetchTeams(client, { signal: abort.signal }).then(
      (teams) => {
        if (abort.signal.aborted) return;
        this.teams = teams;
        this.status = 'ready';
        this.open = this.open || (this.query.trim() !== '' && this.hasFocus());
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        this.status = 'error';
        this.failure = failureText(error);
      },
    );
  }

  private hasFocus(): boolean {
    return this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.id === 'search';
  }

  /** The matches of the search, all of them (the list shows {@link MAX_MATCHES}). */
  private get found(): Team[] {
    return this.status === 'ready' ? matchTeams(this.teams, this.query) : [];
  }

  private setValue(id: string): void {
    if (id === this.known) return;
    this.known = id;
    this.value = id;
    this.dispatchEvent(new CustomEvent('change', { detail: { id }, bubbles: true, composed: true }));
  }

  private choose(team: Team): void {
    this.query = teamName(team);
    this.numberText = String(team.id);
    this.open = false;
    this.active = -1;
    this.announcement = `Chosen: ${teamName(team)}.`;
    this.setValue(String(team.id));
  }

  private clear(): void {
    this.query = '';
    this.numberText = '';
    this.open = false;
    this.active = -1;
    this.announcement = 'No team chosen.';
    this.setValue('');
    this.searchInput()?.focus();
  }

  /** "Change": back to the search, its text selected so that typing replaces it. */
  private change(): void {
    const input = this.searchInput();
    input?.focus();
    input?.select();
  }

  private searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  // ---- events --------------------------------------------------------------------------------

  private onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    this.active = -1;
    this.announcement = '';
    this.load();
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    const shown = this.found.slice(0, MAX_MATCHES);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        this.load();
        if (!shown.length) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.open) {
          this.open = true;
          // Alt+Down only opens the list
          this.active = event.altKey ? -1 : down ? 0 : shown.length - 1;
        } else if (this.active < 0) {
          this.active = down ? 0 : shown.length - 1;
        } else {
          this.active = (this.active + (down ? 1 : -1) + shown.length) % shown.length;
        }
        break;
      }
      case 'Enter':
        if (this.open && this.active >= 0 && shown[this.active]) {
          event.preventDefault();
          this.choose(shown[this.active]!);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
        }
        break;
      case 'Tab':
        this.open = false;
        this.active = -1;
        break;
      default:
    }
  }

  private onSearchClick(): void {
    if (!this.open && this.query.trim() !== '') {
      this.open = true;
      this.active = -1;
    }
  }

  private onSearchBlur(): void {
    this.open = false;
    this.active = -1;
  }

  private onNumberInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.numberText = text;
    this.query = '';
    this.open = false;
    this.announcement = '';
    this.load();
    this.setValue(teamNumber(text));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render() {
    const matches = this.found;
    const shown = matches.slice(0, MAX_MATCHES);
    const expanded = this.open && shown.length > 0;
    const active = expanded && this.active >= 0 && this.active < shown.length ? shown[this.active]! : null;
    return html`
      <div class="picker">
        <div class="field">
          <label for="search">Your library (P2PU team)</label>
          <p class="hint" id="search-hint">Type part of your library's name or its town, then choose it from the list.</p>
          <div class="combo">
            <input
              id="search"
              type="text"
              role="combobox"
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              aria-autocomplete="list"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="listbox"
              aria-activedescendant=${active ? `team-${active.id}` : nothing}
              aria-describedby="search-hint"
              .value=${this.query}
              @input=${this.onSearchInput}
              @keydown=${this.onSearchKeydown}
              @focus=${() => this.load()}
              @click=${this.onSearchClick}
              @blur=${this.onSearchBlur}
            />
            <div class="popup" ?hidden=${!expanded}>
              <ul id="listbox" role="listbox" aria-label="Teams matching the search">
                ${shown.map(
                  (team) => html`<li
                    id="team-${team.id}"
                    role="option"
                    aria-selected=${team === active ? 'true' : 'false'}
                    @mousedown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.choose(team)}
                  >
                    <span class="option-name">${teamName(team)}</span>
                    <span class="option-about">${[team.location, circleCount(team.circleCount)].filter(Boolean).join(' · ')}</span>
                  </li>`,
                )}
              </ul>
              ${matches.length > shown.length
                ? html`<p class="more">
                    ${matches.length - shown.length === 1 ? '1 more team matches' : `${matches.length - shown.length} more teams match`}:
                    type more of the name to find yours.
                  </p>`
                : nothing}
            </div>
          </div>
          <p class="message" role="status">${this.renderMessage(matches.length, expanded)}</p>
          ${this.renderProblem()} ${this.renderChosen()}
        </div>
        ${this.renderNumber()}
      </div>
    `;
  }

  /** The live message under the search: loading, no match, or (for screen readers) the count. */
  private renderMessage(count: number, expanded: boolean) {
    if (this.status === 'loading') return html`Loading P2PU's teams…`;
    const said = html`<span class="visually-hidden">${this.announcement}</span>`;
    if (this.status !== 'ready') return said;
    const query = this.query.trim();
    if (query && count === 0) {
      return html`No team matches “${query}”. Check the spelling, or ask P2PU
        (<a href="mailto:${P2PU_CONTACT}">${P2PU_CONTACT}</a>) for your library's team number.`;
    }
    if (expanded) {
      return html`<span class="visually-hidden"
        >${count === 1 ? '1 team matches' : `${count} teams match`}. Use the up and down arrow keys, then Enter to
        choose.</span
      >`;
    }
    return said;
  }

  private renderProblem() {
    if (this.status !== 'error') return nothing;
    const endpoint = normalizeEndpoint(this.endpoint);
    const list = endpoint ? `${endpoint}/api/teams/` : null;
    return html`<div class="problem" role="alert">
      <p>P2PU's teams could not be loaded from ${this.where}: ${this.failure}.</p>
      <p>
        If you know your team's number, type it into “Team number” below.${list
          ? html` P2PU's list of teams shows each one's number: <a href=${list} target="_blank" rel="noopener"
                >${list.replace(/^https?:\/\//, '')}</a
              >.`
          : nothing}
      </p>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => this.load(true)}>Try again</button>
      </div>
    </div>`;
  }

  private renderChosen() {
    const id = teamNumber(this.value ?? '');
    if (!id) return nothing;
    const team = this.team;
    if (!team && this.status === 'ready') return nothing; // no such team: the note under the number says so
    const about = team ? [team.location, circleCount(team.circleCount)].filter(Boolean).join(', ') : '';
    return html`<div class="chosen">
      <p>
        ${team
          ? html`Chosen: <strong>${teamName(team)}</strong>${about ? html` — ${about}` : nothing}`
          : html`Chosen: team number ${id}.${this.status === 'loading' ? ' Looking up its name…' : ''}`}
      </p>
      <div class="actions">
        <button type="button" class="button secondary" @click=${this.change}>
          Change<span class="visually-hidden"> the team</span>
        </button>
        <button type="button" class="button secondary" @click=${this.clear}>
          Clear<span class="visually-hidden"> the team</span>
        </button>
      </div>
    </div>`;
  }

  private renderNumber() {
    const text = this.numberText;
    const id = teamNumber(text);
    const invalid = text.trim() !== '' && id === '';
    const unknown = id !== '' && this.status === 'ready' && !this.teams.some((t) => String(t.id) === id);
    const described = ['number-hint', invalid ? 'number-error' : '', unknown ? 'number-unknown' : ''].filter(Boolean);
    return html`<div class="field">
      <label for="number">Team number</label>
      <p class="hint" id="number-hint">If you know your team's number, you can type it here instead.</p>
      <input
        id="number"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        .value=${text}
        aria-describedby=${described.join(' ')}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${this.onNumberInput}
        @focus=${() => this.load()}
      />
      ${invalid ? html`<p class="error" id="number-error">Use the team's number, such as 12.</p>` : nothing}
      ${unknown
        ? html`<p class="unknown" id="number-unknown">
            No team has number ${id} on ${this.where}. Check the number, or search for your library by name.
          </p>`
        : nothing}
    </div>`;
  }
}

/**
 * Registers <team-picker> once. Importers call it: package.json's `sideEffects` lets bundlers drop
 * a module that is only imported for its side effects.
 */
export function defineTeamPicker(): typeof TeamPicker {
  if (!customElements.get('team-picker')) customElements.define('team-picker', TeamPicker);
  return TeamPicker;
}
defineTeamPicker();

declare global {
  interface HTMLElementTagNameMap {
    'team-picker': TeamPicker;
  }
}
