import type { ChorusAdapter } from '../../src/adapter/port.js';
import type { KudosLiveEvent } from '../../src/core/live.js';

/** The kudos an event is about. */
export function eventKudosId(event: KudosLiveEvent): string {
  return event.type === 'deleted' ? event.id : event.type === 'reset' ? '' : event.kudos.id;
}

/**
 * Records the kudos events one user's adapter delivers, and waits for one that matches — never
 * for ever. `calls` counts every call of the listener, also after `unsubscribe`, so a test can
 * tell that unsubscribing really stopped them.
 */
export class LiveRecorder {
  readonly events: KudosLiveEvent[] = [];
  calls = 0;
  private readonly wake = new Set<() => void>();
  private readonly stop: () => void;

  constructor(
    adapter: ChorusAdapter,
    readonly who: string,
  ) {
    if (!adapter.live) throw new Error(`${who}'s adapter has no live port`);
    this.stop = adapter.live.subscribe('kudos', (event) => {
      this.calls++;
      this.events.push(event);
      for (const wake of [...this.wake]) wake();
    });
  }

  /** Where the events recorded from now on start, for `waitFor(…, { since })`. */
  mark(): number {
    return this.events.length;
  }

  about(kudosId: string): KudosLiveEvent[] {
    return this.events.filter((e) => eventKudosId(e) === kudosId);
  }

  /** The first event (at or after `since`) that matches, or an error naming what did not come. */
  async waitFor(match: (event: KudosLiveEvent) => boolean, { since = 0, ms = 8000, what = 'the event' } = {}): Promise<KudosLiveEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.slice(since).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen =
          this.events
            .slice(since)
            .map((e) => `${e.type} ${eventKudosId(e)}`)
            .join(', ') || 'nothing';
        throw new Error(`${this.who} did not receive ${what} within ${ms} ms (received: ${seen})`);
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wake.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.wake.add(done);
      });
    }
  }

  unsubscribe(): void {
    this.stop();
  }
}
