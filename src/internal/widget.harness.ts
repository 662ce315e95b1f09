/**
 * The base of every widget's test harness (`<tag>.harness.ts`, as material-web's
 * `select/harness.ts`): the widget's state from its root's `data-state`, waiting for a state, its
 * words, parts and focus. Each widget's harness adds its own controls by name, so tests, stories
 * and the hostile suites do not depend on its markup.
 */
type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** The words of a node, spaces collapsed. */
export const words = (node: Element | null | undefined): string | null =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

export class WidgetHarness<E extends Rendered = Rendered, S extends string = string> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** What the widget shows now: its root's `data-state` (null before its first render). */
  get state(): S | null {
    return (this.query('.widget')?.getAttribute('data-state') as S | null) ?? null;
  }

  /** Waits until the widget has rendered and is no longer `loading`. */
  async settled(timeout = 6000): Promise<this> {
    return this.until((state) => state !== null && state !== 'loading', 'to finish loading', timeout);
  }

  /** Waits until the widget is in `state`. */
  async reached(state: S, timeout = 6000): Promise<this> {
    return this.until((now) => now === state, `to be ${state}`, timeout);
  }

  /** Every word in the widget, spaces collapsed. */
  get text(): string {
    return words(this.root as unknown as Element) ?? '';
  }

  /** The element focused inside the widget. */
  get focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** An element by part name. */
  part(name: string): HTMLElement | null {
    return this.query(`[part~="${name}"]`);
  }

  /** The page editor's notice, in words, or null when the settings are fine. */
  get problem(): string | null {
    return words(this.part('problem'));
  }

  private async until(done: (state: S | null) => boolean, what: string, timeout: number): Promise<this> {
    await this.element.updateComplete;
    const until = Date.now() + timeout;
    while (!done(this.state)) {
      if (Date.now() > until) throw new Error(`<${this.element.localName}> did not come ${what} in ${timeout} ms (${this.state})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.element.updateComplete;
    return this;
  }
}

/** What both finders' harnesses share: the search box, chips, Load more and the error panel. */
export class FinderHarness<E extends Rendered = Rendered, S extends string = string> extends WidgetHarness<E, S> {
  get searchBox(): HTMLInputElement | null {
    return this.query<HTMLInputElement>('#q');
  }

  /** Types `text` and submits it (no wait for the pause in typing), then waits for the answer. */
  async search(text: string): Promise<void> {
    const box = this.searchBox!;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    box.form!.requestSubmit();
    await this.element.updateComplete;
    await this.settled();
  }

  /** The labels of the active-filter chips. */
  get chips(): string[] {
    return this.queryAll('.chip').map((chip) => words(chip) ?? '');
  }

  get loadMoreButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part~=load-more]');
  }

  /** The error panel's words, or null. */
  get error(): string | null {
    return words(this.part('error'));
  }
}
