import { css } from 'lit';

/**
 * <circle-map>'s own styles: the map beside its list (below it when narrow), the controls, the pins
 * and popups. The `.leaflet-*` rules at the end are the few of Leaflet 1.9.4's `dist/leaflet.css`
 * the map needs (copied and trimmed; Leaflet is © 2010–2023 Volodymyr Agafonkin, © 2010–2011
 * CloudMade, BSD 2-Clause License). They live in the shadow root: nothing goes into the page.
 * Leaflet places its panes with `left`/`top` transforms; the map is always laid out left to right.
 */
export const circleMapStyles = css`
  :host {
    display: block;
    container: circle-map / inline-size;
    /* the default height, lower when narrow (below); --p2pu-map-height wins at every width */
    --_map-height-default: 420px;
    --_map-height: var(--p2pu-map-height, var(--_map-height-default));
    --_pin: var(--p2pu-map-pin, var(--_brand));
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @container circle-map (min-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
      align-items: start;
    }
    .list-side {
      max-block-size: calc(var(--_map-height) + 8em);
      overflow: auto;
    }
  }
  @container circle-map (max-width: 420px) {
    .layout {
      --_map-height-default: 300px;
      --_map-height: var(--p2pu-map-height, var(--_map-height-default));
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .controls .button {
    min-block-size: 44px;
    padding-inline: 0.8em;
  }
  .zoom {
    display: inline-flex;
    gap: 0.25em;
  }
  .zoom .button {
    min-inline-size: 44px;
    font-size: 1.2em;
  }
  .controls .button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_brand) 12%, var(--_surface));
  }
  .hint,
  .map-status,
  .attribution,
  .count,
  .facts {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .map-status:not(:empty) {
    margin-block-end: 0.5em;
    color: var(--_text);
  }
  .map-frame {
    position: relative;
    block-size: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .map {
    block-size: 100%;
    inline-size: 100%;
    background: var(--p2pu-map-background, #e9eef1);
    font: inherit;
    outline-offset: -3px;
  }
  .map:focus-visible {
    outline: 3px solid var(--_link);
  }
  .attribution {
    margin-block-start: 0.25em;
    text-align: end;
  }
  .list-title {
    margin: 0;
    font-size: 1.15em;
  }
  .list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 0.2em;
    padding: 0.6em 0.5em;
    border-block-end: 1px solid var(--_surface-alt);
    border-inline-start: 4px solid transparent;
  }
  .item.selected {
    border-inline-start-color: var(--_pin);
    background: color-mix(in srgb, var(--_brand) 8%, var(--_surface));
  }
  .item .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .show {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-block-size: 24px;
    font-size: 0.875em;
  }
  .map-bone {
    display: block;
    block-size: 100%;
    border-radius: 0;
  }

  /* pins: buttons drawn with CSS inside Leaflet's marker icons */
  .pin {
    all: unset;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    inline-size: 28px;
    block-size: 28px;
    border: 2px solid #fff;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_pin);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
    cursor: pointer;
  }
  .pin.cluster {
    inline-size: 36px;
    block-size: 36px;
    border-radius: 50%;
    transform: none;
    color: var(--_on-brand);
    font-weight: 700;
    font-size: 14px;
  }
  .pin.selected {
    background: var(--_danger);
    outline: 3px solid #fff;
  }
  .pin:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 3px;
  }
  .here {
    display: block;
    inline-size: 14px;
    block-size: 14px;
    border: 3px solid #fff;
    border-radius: 50%;
    background: #1a73e8;
    box-shadow: 0 0 0 6px rgb(26 115 232 / 0.25);
  }

  /* popups */
  .popup {
    position: relative;
    display: grid;
    gap: 0.75em;
    padding-inline-end: 1.5em;
    color: var(--_text);
    text-align: start;
  }
  .popup-body:focus {
    outline: none;
  }
  .popup-title {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .popup .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0.4em 0 0;
  }
  .popup .button {
    min-block-size: 36px;
    padding-block: 0.3em;
  }
  .popup-close {
    all: unset;
    position: absolute;
    inset-block-start: -0.4em;
    inset-inline-end: -0.6em;
    display: grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: 50%;
    cursor: pointer;
  }
  .popup-close:focus-visible {
    outline: 3px solid var(--_link);
  }

  /* Leaflet (see above) */
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-marker-icon {
    display: block;
  }
  .leaflet-container .leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab {
    cursor: grabbing;
  }
  .leaflet-marker-icon,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-marker-icon.leaflet-interactive {
    pointer-events: auto;
  }
  .leaflet-popup {
    position: absolute;
    margin-bottom: 20px;
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--_surface);
    box-shadow: 0 3px 14px rgb(0 0 0 / 0.4);
  }
  .leaflet-popup-content-wrapper {
    padding: 1px;
    border-radius: var(--_radius);
  }
  .leaflet-popup-content {
    margin: 12px 16px;
    line-height: 1.35;
  }
  .leaflet-popup-tip-container {
    position: absolute;
    left: 50%;
    width: 40px;
    height: 20px;
    margin-top: -1px;
    margin-left: -20px;
    overflow: hidden;
    pointer-events: none;
  }
  .leaflet-popup-tip {
    width: 17px;
    height: 17px;
    padding: 1px;
    margin: -10px auto 0;
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none;
    }
  }
`;
