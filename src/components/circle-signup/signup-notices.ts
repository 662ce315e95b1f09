/**
 * What <circle-signup> shows instead of a form: while loading, when the circle could not be
 * loaded or found, why it takes no signups, the link to sign up on P2PU, and a page address that
 * names no circle (or none yet: the patron is asked to choose one, with a link to do so).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ClosedReason, LearningCircle } from '../../api/index.js';
import { icons } from '../../internal/icons.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import type { ErrorText } from '../../internal/error-text.js';
import { formatNumber } from '../../internal/format.js';
import { inLanguage } from '../../internal/p2pu-links.js';
import {
  badAddressText,
  chooseCircleLinkText,
  chooseCircleText,
  closedText,
  noCircleText,
  notFoundText,
  type NoticeText,
} from './signup-text.js';

const newTab = () => html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${icons.external}`;

function notice({ title, detail }: NoticeText, extra: unknown = nothing) {
  return html`<div class="notice info" part="notice">
    <p class="notice-title">${icons.alert}<strong>${title}</strong></p>
    <p>${detail}</p>
    ${extra}
  </div>`;
}

export function renderSkeleton() {
  return html`<div class="skeleton" aria-hidden="true">
      <div class="bone title"></div>
      <div class="bone mid"></div>
      <div class="bone mid"></div>
      <div class="bone short"></div>
      <div class="bone image"></div>
    </div>
    <p class="visually-hidden">${msg('Loading the learning circle…')}</p>`;
}

/** The circle could not be loaded: the shared wording of load errors, and "Try again". */
export function renderLoadError(text: ErrorText, retry: () => void) {
  return renderErrorNotice(text, { part: 'notice', retry });
}

export function renderNotFound(id: number | string) {
  return notice(notFoundText(id));
}

/** The circle's page on P2PU, in the widget's language, opening in a new tab. */
function p2puLink(circle: LearningCircle, locale: string, text: string) {
  const url = inLanguage(circle.url, locale);
  return url
    ? html`<p><a class="link" href=${url} target="_blank" rel="noopener">${text}${newTab()}</a></p>`
    : nothing;
}

export function renderClosed(circle: LearningCircle, reason: ClosedReason, locale: string) {
  const limit = circle.signupLimit === null ? '' : formatNumber(circle.signupLimit, locale);
  return notice(closedText(reason, limit), p2puLink(circle, locale, msg('See this learning circle on P2PU')));
}

/** "Sign up on P2PU", where this page cannot send signups itself (or the library prefers it). */
export function renderLinkOut(circle: LearningCircle, locale: string) {
  const url = inLanguage(circle.url, locale);
  if (!url) {
    return html`<div class="notice info" part="notice">
      <p>${msg('Signing up for this learning circle is not possible on this page. Please ask the library to sign you up.')}</p>
    </div>`;
  }
  return html`<div class="link-out">
    <p>${msg('You sign up for this learning circle on P2PU, the organisation that runs learning circles. It takes a minute.')}</p>
    <a class="button cta" part="link-out" href=${url} target="_blank" rel="noopener">${msg('Sign up on P2PU')}${newTab()}</a>
    <p class="hint">${msg('The signup page opens in a new tab.')}</p>
  </div>`;
}

/** For a patron, beside the page editor's notice about a missing or unusable circle-id. */
export function renderNoCircle() {
  return html`<div class="notice info" part="notice">
    <p class="notice-title">${icons.alert}<strong>${noCircleText()}</strong></p>
  </div>`;
}

/** Where a patron can choose a circle: the library's page of learning circles, or P2PU's list. */
export interface WayOn {
  href: string;
  /** The library's own page (else P2PU's list). */
  library: boolean;
}

/** The way on, as a button: for a patron it is the one thing to do here. */
function wayOnLink({ href, library }: WayOn) {
  return html`<a class="button" part="choose-link" href=${href}>${chooseCircleLinkText(library)}</a>`;
}

/**
 * For a patron: the page's address names no usable circle (`?circle=abc`). Not a page-editor notice,
 * and it does not quote the address: a link can carry any words (`?circle=signup moved, call …`).
 */
export function renderBadAddress(wayOn: WayOn) {
  const { title, detail } = badAddressText();
  return html`<div class="notice info" part="problem">
    <p class="notice-title">${icons.alert}<strong>${title}</strong></p>
    <p>${detail}</p>
    ${wayOnLink(wayOn)}
  </div>`;
}

/**
 * For a patron who reached the signup without choosing a circle (the page reads the circle from its
 * address, and the address has none): what to do, and a link to choose one. Nothing for the page
 * editor here: that is how the site's own "Join" link arrives.
 */
export function renderChooseCircle(wayOn: WayOn) {
  const { title, detail } = chooseCircleText();
  return html`<div class="notice info" part="notice">
    <p class="notice-title">${icons.search}<strong>${title}</strong></p>
    <p>${detail}</p>
    ${wayOnLink(wayOn)}
  </div>`;
}
