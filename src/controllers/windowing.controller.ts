import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

type Virtualizer = typeof import('@lit-labs/virtualizer/virtualize.js');

/** What a windowed list's virtualizer offers to bring an item out of view into it. */
interface Placed {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  layoutComplete: Promise<void>;
}

/**
 * Long lists render only the items in view (the kudos wall's cards, the leaderboard's rows). From
 * `from` items the virtualizer (`@lit-labs/virtualizer`) is loaded, on first need and not before,
 * so a short list costs nothing more; until it has loaded, or if it fails to, every item renders.
 */
export class WindowingController implements ReactiveController {
  private virtualizer?: Virtualizer;
  private loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly from: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether a list of `length` items renders windowed now; asks for the virtualizer when it should. */
  windowed(length: number): boolean {
    if (length < this.from) return false;
    if (!this.virtualizer && !this.loading) {
      this.loading = true;
      import('@lit-labs/virtualizer/virtualize.js')
        .then((loaded) => {
          this.virtualizer = loaded;
          this.host.requestUpdate();
        })
        .catch(() => (this.loading = false));
    }
    return !!this.virtualizer;
  }

  /**
   * The items, keyed: windowed when the list is long, else all of them. `scroller`: the list
   * scrolls in its own box (a board) rather than with the page (a wall).
   */
  items<T>(items: readonly T[], key: (item: T) => unknown, render: (item: T, index: number) => unknown, scroller = false): unknown {
    if (!this.windowed(items.length)) return repeat(items, key, render);
    // The virtualizer renders the items in view with `repeat`, so any renderable value (a `guard`) will do.
    const renderItem = render as (item: T, index: number) => TemplateResult;
    return this.virtualizer!.virtualize({ items: items as T[], keyFunction: key, renderItem, scroller });
  }

  /** Scrolls item `index` of a windowed `list` into view and waits until it is laid out. */
  async reveal(list: HTMLElement | null, index: number): Promise<void> {
    if (!list || !this.virtualizer) return;
    const placed = (list as HTMLElement & Record<symbol, unknown>)[this.virtualizer.virtualizerRef] as Placed | undefined;
    placed?.element(index)?.scrollIntoView({ block: 'nearest' });
    await placed?.layoutComplete.catch(() => undefined);
  }
}
