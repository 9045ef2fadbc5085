import type { LiveEvent, LiveEventOf, LiveTopic } from '../core/live.js';

type Listener = (event: LiveEvent) => void;

/**
 * The subscribers of one adapter's live port, by topic; every adapter delivers events the same
 * way. Entries, not bare functions: the same listener subscribed twice is two subscriptions.
 */
export class LiveListeners {
  private readonly byTopic = new Map<LiveTopic, Set<{ listener: Listener }>>();

  /** Adds a listener; the function returned removes it (calling it again does nothing). */
  add<T extends LiveTopic>(topic: T, listener: (event: LiveEventOf<T>) => void): () => void {
    let entries = this.byTopic.get(topic);
    if (!entries) this.byTopic.set(topic, (entries = new Set()));
    const entry = { listener: listener as Listener };
    entries.add(entry);
    return () => {
      if (!entries.delete(entry)) return;
      if (!entries.size && this.byTopic.get(topic) === entries) this.byTopic.delete(topic);
    };
  }

  /** Whether anyone listens on `topic`. */
  has(topic: LiveTopic): boolean {
    return !!this.byTopic.get(topic)?.size;
  }

  /** The topics someone listens to. */
  topics(): LiveTopic[] {
    return [...this.byTopic.keys()];
  }

  clear(): void {
    this.byTopic.clear();
  }

  /** Gives every listener of the event's topic its own copy: one widget editing an event cannot affect another. */
  deliver(event: LiveEvent): void {
    for (const { listener } of [...(this.byTopic.get(event.topic) ?? [])]) {
      try {
        listener(structuredClone(event));
      } catch (error) {
        // A broken listener must not stop the others, nor what caused the event (a write, a stream).
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
