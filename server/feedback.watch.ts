import type { Db, Queryable } from './db/db.js';

/*
 * The feedback senders' live channels (GET /feedback/thread/events), fanned out through
 * PostgreSQL like the event stream (live.ts), so several server processes on one database behave
 * as one. A write to a thread (an answer, a status, the sender's reply) sends a NOTIFY whose
 * payload is the thread's reply-token hash, the column the sender's calls already look threads up
 * by; every process hands it to the channels opened with that token. Nothing is stored: no
 * events row (a sender's reply held until its hour has ended would be timed by one), no list of
 * who watches, and a channel is keyed by the hash, never by a session or an address.
 */

export const THREADS_CHANNEL = 'chorus_feedback_threads';

/** In the writer's transaction: the senders watching `threadId` hear of it when it commits. */
export async function notifyThreadChanged(tx: Queryable, threadId: string): Promise<void> {
  await tx.query('select pg_notify($1, token_hash) from feedback_threads where id = $2', [THREADS_CHANNEL, threadId]);
}

export class FeedbackThreadWatch {
  /** Reply-token hash → the open channels of that thread in this process. */
  private readonly watchers = new Map<string, Set<() => void>>();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(private readonly db: Db) {}

  async start(): Promise<void> {
    this.stopListening = await this.db.listen(THREADS_CHANNEL, (hash) => {
      for (const onChange of [...(this.watchers.get(hash) ?? [])]) onChange();
    });
  }

  /** Calls `onChange` each time the thread stored under `tokenHash` changes, until the returned function is called. */
  watch(tokenHash: string, onChange: () => void): () => void {
    const set = this.watchers.get(tokenHash) ?? new Set();
    this.watchers.set(tokenHash, set);
    const listener = () => onChange();
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && this.watchers.get(tokenHash) === set) this.watchers.delete(tokenHash);
    };
  }

  /** Open channels in this process (tests). */
  get size(): number {
    let n = 0;
    for (const set of this.watchers.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    await this.stopListening?.().catch(() => {});
    this.watchers.clear();
  }
}
