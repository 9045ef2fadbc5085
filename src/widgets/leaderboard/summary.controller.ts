import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import { isAbort } from '../../core/errors.js';
import type { EarnedBadge, LeaderboardSummary } from '../../core/leaderboard.js';

export interface SummaryOptions {
  fail(operation: string, error: unknown): void;
  /** Says newly earned badges out loud (the polite live region). */
  announce(badges: readonly EarnedBadge[]): void;
}

/**
 * The viewer's own standing and badges, their opt-out, and the badges they earned since they last
 * looked: announced once, then marked as announced on the backend so no other page says them again.
 */
export class SummaryController implements ReactiveController {
  summary: LeaderboardSummary | null = null;
  /** Badges announced this visit, shown in a notice until dismissed. */
  fresh: EarnedBadge[] = [];
  optOut: 'idle' | 'saving' | 'error' = 'idle';

  private port?: LeaderboardPort;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SummaryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.port = undefined;
  }

  sync(port: LeaderboardPort | undefined): void {
    if (!port || port === this.port) return;
    this.port = port;
    this.summary = null;
    this.fresh = [];
    void this.load();
  }

  async load(): Promise<void> {
    const port = this.port;
    if (!port) return;
    this.abort ??= new AbortController();
    try {
      const summary = await port.getMySummary({ signal: this.abort.signal });
      if (port !== this.port) return;
      this.adopt(summary);
      const unannounced = new Set(summary.unannounced);
      const fresh = summary.badges.filter((b) => unannounced.has(b.key));
      if (!fresh.length) return;
      this.fresh = [...this.fresh.filter((b) => !unannounced.has(b.key)), ...fresh];
      this.o.announce(fresh);
      this.host.requestUpdate();
      this.adopt(await port.markBadgesAnnounced([...unannounced], { signal: this.abort.signal }));
    } catch (error) {
      // The summary is extra: the board stands without it.
      if (!isAbort(error)) this.o.fail('getMySummary', error);
    }
  }

  dismissFresh(): void {
    this.fresh = [];
    this.host.requestUpdate();
  }

  /** Opts the viewer out of the boards or back in; resolves true when the backend agreed. */
  async setOptOut(optedOut: boolean): Promise<boolean> {
    const port = this.port;
    if (!port || this.optOut === 'saving') return false;
    this.optOut = 'saving';
    this.host.requestUpdate();
    try {
      this.adopt(await port.setOptOut(optedOut, { signal: this.abort?.signal }));
      this.optOut = 'idle';
      return true;
    } catch (error) {
      if (isAbort(error)) return false;
      this.optOut = 'error';
      this.o.fail('setOptOut', error);
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  private adopt(summary: LeaderboardSummary): void {
    this.summary = summary;
    this.host.requestUpdate();
  }
}
