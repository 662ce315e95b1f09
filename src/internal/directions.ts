/**
 * Where an in-person learning circle meets, on a map: OpenStreetMap with a marker at the venue's
 * coordinates, or a search for its address when P2PU has no coordinates. Online circles have none.
 */
import type { LearningCircle } from '../api/index.js';
import { isBlank } from './bidi.js';

const OSM = 'https://www.openstreetmap.org/';

/**
 * The map link of a circle's venue: `https://www.openstreetmap.org/?mlat=<lat>&mlon=<lon>#map=17/<lat>/<lon>`
 * with coordinates (normalized: numbers within range, src/api/normalize.ts), else
 * `https://www.openstreetmap.org/search?query=<venue address>`; null for an online circle and for
 * a place with neither.
 */
export function directionsUrl(circle: Pick<LearningCircle, 'online' | 'latitude' | 'longitude' | 'venueAddress'>): string | null {
  const { online, latitude: lat, longitude: lon, venueAddress: address } = circle;
  if (online) return null;
  // 0, 0 is in the sea off Africa: a place nobody entered, not a library
  if (lat !== null && lon !== null && (lat || lon)) return `${OSM}?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  // a lone surrogate (typed text cut in half) would make encodeURIComponent throw: the replacement character instead
  const query = address.trim().replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return isBlank(address) ? null : `${OSM}search?query=${encodeURIComponent(query)}`;
}
