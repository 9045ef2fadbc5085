import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChorusAdapter } from '../adapter/port.js';
import type { LiveEventOf, LiveTopic } from '../core/live.js';

/**
 * Keeps one live subscription while the host is connected, following adapter changes.
 * Adapters without a live port simply give no live updates.
 */
export class LiveController<T extends LiveTopic> implements ReactiveController {
  private unsubscribe?: () => void;
  private subscribedTo?: ChorusAdapter;

  constructor(
    host: ReactiveControllerHost,
    private readonly topic: T,
    private readonly getAdapter: () => ChorusAdapter | undefined,
    private readonly listener: (event: LiveEventOf<T>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private sync(): void {
    const adapter = this.getAdapter();
    if (adapter === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = adapter;
    this.unsubscribe = adapter?.live?.subscribe(this.topic, this.listener);
  }
}
