/**
 * The filter panel's words (the sort orders, how a circle meets, "near me"'s messages), in the
 * finder's locale: loaded with the panel (finder-panel.ts), since nothing else says them.
 */
import { msg } from '@lit/localize';
import type { CircleOrder } from '../../api/index.js';
import type { GeoStatus } from '../../internal/geolocation-controller.js';
import type { OnlineChoice } from './finder-state.js';

export function orderLabel(order: CircleOrder): string {
  switch (order) {
    case 'first_meeting_date':
      return msg('First meeting, soonest first');
    case 'start_date':
      return msg('First meeting, latest first');
    case 'last_meeting_date':
      return msg('Last meeting, most recent first');
    case 'name':
      return msg('Name, A to Z');
    case 'created_at':
      return msg('Newest listings first');
  }
}

export function onlineLabel(choice: OnlineChoice): string {
  if (choice === 'online') return msg('Online');
  if (choice === 'in-person') return msg('In person');
  return msg('Online or in person');
}

export function geoMessage(status: GeoStatus): string {
  switch (status) {
    case 'locating':
      return msg('Finding your location…');
    case 'denied':
      return msg('Your browser did not share your location, so we cannot search near you. To use it, allow location access for this site in your browser settings and try again.');
    case 'timeout':
      return msg('Finding your location took too long. Please try again.');
    case 'unavailable':
      return msg('Your location could not be found. Please try again.');
    case 'unsupported':
      return msg('This browser cannot share your location.');
    default:
      return '';
  }
}
