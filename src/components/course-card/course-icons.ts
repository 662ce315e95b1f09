import { svg, type SVGTemplateResult } from 'lit';
import { icons } from '../../internal/icons.js';
import type { FormatKind, StarFill } from './course-text.js';

/** Decorative inline SVG, same frame as src/internal/icons.ts. */
const icon = (body: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const courseIcons = {
  video: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M10 9.5v5l4.5-2.5z"/>`),
  article: icon(svg`<path d="M6 3h9l4 4v14H6z"/><path d="M14 3v5h5M9 12h7M9 16h7"/>`),
  other: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h.01M12 12h.01M16 12h.01"/>`),
  language: icon(svg`<path d="M4 5h9M8.5 3v2M6 5c.8 3.5 3.2 6 6 7.5M11 5c-.8 3.5-3.3 6.5-7 8"/><path d="M12 21l4.5-10 4.5 10M13.5 18h6"/>`),
  anytime: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`),
  arrow: icon(svg`<path d="M5 12h14M13 6l6 6-6 6"/>`),
};

export function formatIcon(kind: FormatKind): SVGTemplateResult | null {
  switch (kind) {
    case 'course':
      return icons.online;
    case 'book':
      return icons.book;
    case 'video':
      return courseIcons.video;
    case 'article':
      return courseIcons.article;
    case 'group':
      return icons.people;
    case 'other':
      return courseIcons.other;
    default:
      return null;
  }
}

const STAR = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';
/** The left half of {@link STAR} (mirrored in right-to-left by CSS). */
const HALF = 'M12 2.5v14.8l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';

/** One star of a rating; the rating's text alternative is on the group around the stars. */
export function star(fill: StarFill): SVGTemplateResult {
  return svg`<svg class="star ${fill}" viewBox="0 0 24 24" width="1.15em" height="1.15em" aria-hidden="true" focusable="false">
    <path class="star-outline" d=${STAR} />
    ${fill === 'full' ? svg`<path class="star-fill" d=${STAR} />` : fill === 'half' ? svg`<path class="star-fill" d=${HALF} />` : null}
  </svg>`;
}
