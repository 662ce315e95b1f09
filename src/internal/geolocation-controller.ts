import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type GeoStatus = 'idle' | 'locating' | 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const GEO_OPTIONS: PositionOptions = { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 };

/**
 * "Near me": asks the browser for the patron's position once per click and reports it, or why
 * there is none. A position that arrives after the widget left the page, or after a newer
 * request, is ignored.
 */
export class GeolocationController implements ReactiveController {
  status: GeoStatus = 'idle';
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPosition: (latitude: number, longitude: number) => void,
  ) {
    host.addController(this);
  }

  locate(): void {
    if (this.status === 'locating') return;
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') return this.set('unsupported');
    const request = ++this.request;
    this.set('locating');
    const fail = (code: number) => {
      if (request === this.request) this.set(code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable');
    };
    try {
      geolocation.getCurrentPosition(
        (position) => {
          if (request !== this.request) return;
          const { latitude, longitude } = position.coords;
          if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return fail(2);
          this.set('idle');
          this.onPosition(latitude, longitude);
        },
        (error) => fail(error?.code ?? 2),
        GEO_OPTIONS,
      );
    } catch {
      fail(2);
    }
  }

  /** Forgets a pending request and any message (the patron chose a city, removed "near me"). */
  reset(): void {
    this.request++;
    this.set('idle');
  }

  hostDisconnected(): void {
    this.request++;
    if (this.status === 'locating') this.status = 'idle';
  }

  private set(status: GeoStatus) {
    this.status = status;
    this.host.requestUpdate();
  }
}
