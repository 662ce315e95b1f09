import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { icons } from './icons.js';
import type { ErrorText } from './error-text.js';

export interface ErrorNoticeOptions {
  /** The notice's part names: each widget keeps its own (`status`, `error`, …), libraries style them. */
  part: string;
  /** What "Try again" does; the button shows only when the error is `retryable`. */
  retry?: () => void;
  /** Other ways out, after "Try again" (a link to P2PU, "Clear all filters"). */
  more?: unknown;
  /** Classes the widget adds to the frame (a card's). */
  className?: string;
}

/**
 * A load error in place of a widget's content, the same in every widget: the shared wording
 * ({@link ErrorText}: a title and what to do), "Try again" only where trying again can help, and
 * other ways out. `role="alert"` says it once; `tabindex="-1"` lets focus land on it after a
 * retry that failed again. Styled by `noticeStyles` (`.notice.error`, `.notice-actions`).
 */
export function renderErrorNotice(
  { title, detail, retryable }: ErrorText,
  { part, retry, more = nothing, className = '' }: ErrorNoticeOptions,
): TemplateResult {
  const again =
    retry && retryable
      ? html`<button type="button" class="button secondary retry" @click=${retry}>${icons.retry}${msg('Try again')}</button>`
      : nothing;
  return html`<div part=${part} class="notice error ${className}" role="alert" tabindex="-1">
    <p class="notice-title">${icons.alert}<strong>${title}</strong></p>
    <p>${detail}</p>
    ${again === nothing && more === nothing ? nothing : html`<p class="notice-actions">${again}${more}</p>`}
  </div>`;
}
