import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { parseConfigValues, type ConfigSource } from './config.js';

/**
 * The configuration properties every widget and <p2pu-config> share, declared once. A value set as
 * an attribute or as a property (as a script or React does) counts the same: it is read from the
 * property, which Lit keeps in step with the attribute. When the two disagree, the one set last
 * wins, as for native elements. `lang` is HTML's own global attribute and property.
 */
export class ConfigElement extends LitElement {
  /** Origin of the P2PU API, e.g. `https://learningcircles.p2pu.org` or a proxy on the library's site. */
  @property({ reflect: true }) endpoint?: string;
  /** The P2PU team whose learning circles to show, e.g. `12`. */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string | number;
  /** How GET requests reach the API: `auto` (default), `cors` or `jsonp`. */
  @property({ reflect: true }) transport?: string;
  /** The library's own signup page; `{id}` is replaced by the circle id, e.g. `/join.html?circle={id}`. */
  @property({ attribute: 'signup-page', reflect: true }) signupPage?: string;
  /** Privacy policy linked from the signup consent. */
  @property({ attribute: 'privacy-url', reflect: true }) privacyUrl?: string;
  /**
   * The library's country, a two-letter ISO 3166 code such as `US`: the signup form preselects its
   * calling code for mobile numbers. Unset, no country is preselected (never guessed from the language).
   */
  @property({ reflect: true }) country?: string;
  /**
   * The library's own page of learning circles (the page with its circle finder), for "See learning
   * circles for this course" and for a patron who reaches the signup without choosing a circle.
   * `{id}` is replaced by the course id (`/circles.html?lc_course={id}`); without it, `lc_course=<id>`
   * is added, which the circle finder reads. Default: P2PU's pages.
   */
  @property({ attribute: 'circles-page', reflect: true }) circlesPage?: string;
  /**
   * Show a short, folded "What is a learning circle?" at the top of the finders and the signup:
   * present, `true` or `on` (`off` or `false` turns it off, for one widget inside a `<p2pu-config
   * explainer>`). Off by default.
   */
  @property({ reflect: true }) explainer?: string | boolean;

  /** This element's own settings, from its properties; unusable values are described in `problems`. */
  protected readOwnConfig(problems: string[]): ConfigSource {
    return parseConfigValues((key) => (key === 'lang' ? this.lang : this[key]), problems);
  }
}
