import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Poll } from '../../core/poll.js';
import { MAX_TIMEOUT, nextTick } from './deadline.js';

/**
 * Keeps the countdown true: re-renders the host as its text changes ("Closes in 5 minutes", then
 * seconds) and calls `reached` once when the poll's opening or closing time has come, so the
 * element can ask the backend for the poll as it is now.
 */
export class DeadlineController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  /** The deadline already reported, so a clock that disagrees with the backend's cannot loop. */
  private reachedAt?: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly poll: () => Poll | undefined,
    private readonly now: () => number,
    private readonly reached: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    clearTimeout(this.timer);
    const poll = this.poll();
    if (!poll || !this.host.isConnected) return;
    const target = poll.status === 'open' ? poll.closesAt : poll.status === 'scheduled' ? poll.opensAt : null;
    if (!target) return;
    const left = Date.parse(target) - this.now();
    if (left <= 0) {
      if (this.reachedAt === target) return;
      this.reachedAt = target;
      this.reached();
      return;
    }
    const delay = poll.status === 'open' ? nextTick(left) : left;
    this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(delay, MAX_TIMEOUT));
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
