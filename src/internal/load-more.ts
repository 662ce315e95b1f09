import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { icons } from './icons.js';
import type { MoreStatus } from './search-controller.js';

export interface LoadMoreView {
  more: MoreStatus;
  hasMore: boolean;
  /** The button's label, "Load more" in the finder's words. */
  label: string;
  /** Said when the next page failed; the list stays and the button offers to try again. */
  failedText: string;
  onClick: () => void;
}

/** The "Load more" button of both finders, with its loading and failed states. */
export function renderLoadMore(view: LoadMoreView) {
  if (!view.hasMore && view.more !== 'error') return nothing;
  return html`<div class="more">
    ${view.more === 'error' ? html`<p class="more-error" role="alert">${icons.alert}${view.failedText}</p>` : nothing}
    <button
      type="button"
      class="button secondary load-more"
      part="load-more"
      aria-disabled=${view.more === 'loading' ? 'true' : 'false'}
      @click=${view.onClick}
    >
      ${view.more === 'loading' ? msg('Loading…') : view.more === 'error' ? msg('Try again') : view.label}
    </button>
  </div>`;
}
