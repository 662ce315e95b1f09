import { css, unsafeCSS } from 'lit';
import { iconMask, iconPaths } from '../../internal/icons.js';

/**
 * The built-in picture (a ring of seats around a table, two soft sparks, on a dotted ground) as CSS
 * masks over the brand and surface colours: no DOM node, and it follows the theme tokens. A viewBox
 * of 320 × 180 sized to cover the box, as the <svg> it replaces (preserveAspectRatio slice).
 */
const SEATS = Array.from({ length: 6 }, (_, i) => {
  const angle = (Math.PI / 3) * i - Math.PI / 2;
  return { cx: (160 + 56 * Math.cos(angle)).toFixed(1), cy: (90 + 56 * Math.sin(angle)).toFixed(1), ringed: i % 2 === 1 };
});
const pictureMask = (shapes: string) =>
  unsafeCSS(
    `url("data:image/svg+xml,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">${shapes}</svg>`,
    )}")`,
  );
/** What is painted in the surface colour: the table and the ringed seats' insides. */
const PICTURE_SURFACE = pictureMask(
  '<circle cx="160" cy="90" r="30"/>' +
    SEATS.filter((s) => s.ringed)
      .map((s) => `<circle cx="${s.cx}" cy="${s.cy}" r="11"/>`)
      .join(''),
);
/** What is painted in the brand colour: the sparks (faint), the table's and seats' rings, the filled seats. */
const PICTURE_BRAND = pictureMask(
  '<circle cx="36" cy="160" r="64" fill-opacity=".18"/><circle cx="292" cy="14" r="48" fill-opacity=".18"/>' +
    '<circle cx="160" cy="90" r="30" fill="none" stroke="#000" stroke-width="3"/>' +
    SEATS.map((s) =>
      s.ringed
        ? `<circle cx="${s.cx}" cy="${s.cy}" r="11" fill="none" stroke="#000" stroke-width="3"/>`
        : `<circle cx="${s.cx}" cy="${s.cy}" r="11"/>`,
    ).join(''),
);

/**
 * The card's pictures as custom properties: the built-in picture's two masks and each meta line's
 * icon. Apart from the card's other styles because they are built in code (unsafeCSS), which the
 * build's template minifier leaves as they are.
 */
export const circleCardPictureStyles = css`
  .placeholder::before {
    --_picture: ${PICTURE_SURFACE};
  }
  .placeholder::after {
    --_picture: ${PICTURE_BRAND};
  }
  .course {
    --_icon: ${iconMask(iconPaths.book)};
  }
  .dates {
    --_icon: ${iconMask(iconPaths.calendar)};
  }
  .time {
    --_icon: ${iconMask(iconPaths.clock)};
  }
  .place {
    --_icon: ${iconMask(iconPaths.place)};
  }
  .place.online,
  .language {
    --_icon: ${iconMask(iconPaths.online)};
  }
  .facilitators {
    --_icon: ${iconMask(iconPaths.people)};
  }
`;
