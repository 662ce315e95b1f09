import type { ReactiveControllerHost } from 'lit';
import { adoptLateStyles } from '../../internal/late-styles.js';
import type { PanelCodeStatus } from './finder-filters.js';
import { filterPanelCode, type FilterPanelCode } from './filter-panel-code.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The finder's filter panel code (finder-panel.ts) on demand: loaded once, on a patron's first reach
 * for "Filters", again after a failure; its styles adopted by the host's shadow root when it arrives.
 * A plain helper (it needs none of the host's update hooks): it asks the host to update as it goes.
 */
export class FilterPanelLoader {
  status: PanelCodeStatus = 'none';
  /** The panel's code, once it is in. */
  code: FilterPanelCode | null = null;
  private loading: Promise<FilterPanelCode | null> | null = null;

  constructor(
    private readonly host: Host,
    /** Called once, when the code has arrived (before the host's update that shows it). */
    private readonly arrived: (code: FilterPanelCode) => void,
  ) {}

  /** Starts loading (at once resolved when already in); resolves to the code, or null when it failed. */
  load(): Promise<FilterPanelCode | null> {
    if (this.code) return Promise.resolve(this.code);
    this.status = 'loading';
    this.host.requestUpdate();
    this.loading ??= filterPanelCode.load().then(
      (code) => {
        if (this.host.shadowRoot) adoptLateStyles(this.host.shadowRoot, code.panelStyles);
        this.code = code;
        this.status = 'ready';
        this.arrived(code);
        this.host.requestUpdate();
        return code;
      },
      () => {
        this.loading = null;
        this.status = 'failed';
        this.host.requestUpdate();
        return null;
      },
    );
    return this.loading;
  }
}
