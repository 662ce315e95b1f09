/**
 * schema.org `Event` JSON-LD for the circles a finder shows, so search engines can list a library's
 * learning circles. Plain data in, JSON text out; the finder puts it into a light-DOM
 * `<script type="application/ld+json">` through `textContent`.
 */
import type { LearningCircle } from '../../api/index.js';
import { TRUSTED_TYPES_POLICY, trustedJsonLd } from '../../internal/trusted-types.js';
import { warnOnce } from '../../internal/warn.js';

const P2PU = { '@type': 'Organization', name: 'P2PU', url: 'https://www.p2pu.org/' } as const;

type Json = Record<string, unknown>;

/** Drops undefined, null and '' values (schema.org consumers prefer a missing key to an empty one). */
function compact(obj: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}

/** The street part of P2PU's `"<address>, <city>"`. */
function streetAddress(circle: LearningCircle): string {
  let text = circle.venueAddress.trim();
  const suffix = `, ${circle.city}`;
  if (circle.city && text.endsWith(suffix)) text = text.slice(0, -suffix.length);
  return text.replace(/^,\s*/, '').trim();
}

function location(circle: LearningCircle): Json {
  if (circle.online) return compact({ '@type': 'VirtualLocation', url: circle.url });
  const address = compact({
    '@type': 'PostalAddress',
    streetAddress: streetAddress(circle),
    addressLocality: circle.city,
    addressRegion: circle.region,
    addressCountry: circle.countryEn || circle.country,
  });
  const geo =
    circle.latitude !== null && circle.longitude !== null
      ? { '@type': 'GeoCoordinates', latitude: circle.latitude, longitude: circle.longitude }
      : undefined;
  return compact({ '@type': 'Place', name: circle.venue || circle.city, address, geo });
}

function organizer(circle: LearningCircle): Json {
  if (circle.online || !circle.venue) return { ...P2PU };
  return compact({ '@type': 'Organization', name: circle.venue, url: circle.venueWebsite });
}

/** One circle as a schema.org Event. */
export function circleEvent(circle: LearningCircle): Json {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: circle.name,
    startDate: circle.startDateTime ?? circle.startDate,
    endDate: circle.lastMeetingDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: circle.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: location(circle),
    organizer: organizer(circle),
    url: circle.url,
    image: circle.imageUrl,
    inLanguage: circle.language,
    isAccessibleForFree: true,
    maximumAttendeeCapacity: circle.signupLimit,
    remainingAttendeeCapacity: circle.seatsLeft,
    about: compact({
      '@type': 'Course',
      name: circle.course.title,
      url: circle.course.coursePageUrl,
      provider: circle.course.provider ? { '@type': 'Organization', name: circle.course.provider } : undefined,
    }),
  });
}

/**
 * JSON text that is safe inside a `<script>` element: `<`, `>` and `&` are written as `\u003c`…
 * so a name such as `</script><img onerror=…>` cannot end the script; U+2028/2029 are escaped too.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The JSON-LD text for a list of circles (an array of Events). */
export function structuredDataText(circles: readonly LearningCircle[]): string {
  return jsonLdText(circles.map(circleEvent));
}

/**
 * Puts JSON-LD text (from {@link structuredDataText}) into a `<script type="application/ld+json">`,
 * through the library's Trusted Types policy where the page enforces Trusted Types
 * (`require-trusted-types-for 'script'`). False when the page refuses it (its `trusted-types` list
 * does not name `p2pu-widgets`): then there is no structured data, and nothing else changes.
 */
export function writeStructuredData(script: HTMLScriptElement, text: string): boolean {
  try {
    script.textContent = trustedJsonLd(text);
    return true;
  } catch {
    warnOnce(
      `<circle-finder>: this page's Trusted Types settings refuse the "${TRUSTED_TYPES_POLICY}" policy, so search engines get no list of the circles (add it to trusted-types).`,
    );
    return false;
  }
}
