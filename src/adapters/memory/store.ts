import { NetworkError } from '../../core/errors.js';
import { produce, publish } from './draft.js';
import { mergeWrite } from './merge.js';
import { isMemoryState, type MemoryState } from './state.js';

export interface StoreOptions {
  /** localStorage key; the BroadcastChannel name is derived from it. */
  key: string;
  /** False: memory only, no storage and no cross-tab sync (tests, previews). */
  persist: boolean;
  /**
   * Where to persist instead of the page's localStorage. Stores in this JS realm that share this
   * object and `key` sync with each other (as tabs do); there is no BroadcastChannel then.
   */
  storage?: Storage;
  seed: () => MemoryState;
  /** Brings a stored state of an older version up to date, or returns null to reseed. Default: none. */
  migrate?: (stored: unknown) => MemoryState | null;
  /** Called after every change, whichever tab made it; `prev` is left untouched. */
  onChange: (prev: MemoryState, next: MemoryState) => void;
}

interface SyncMessage {
  state: MemoryState;
}

/** How many write ids a state carries, and how long a tab keeps its own writes to apply again (merge.ts). */
const WRITES_KEPT = 100;
const OWN_WRITES_MS = 60_000;

/** One of this tab's writes: its id (in the state's `writes`) and the states before and after it. */
interface OwnWrite {
  id: string;
  before: MemoryState;
  after: MemoryState;
  at: number;
}

const writeId = (): string => Math.random().toString(36).slice(2, 12);

/** Storage the page may use, or null (storage disabled, sandboxed iframe, quota already full). */
function openStorage(custom?: Storage): Storage | null {
  try {
    const storage = custom ?? globalThis.localStorage;
    const probe = '__chorus_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** The page's localStorage, or undefined when it has none or may not use it. */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Stores over a custom Storage, by that Storage and key: the "tabs" living in this JS realm. A
 * write tells the others, which read it back from the storage as a tab does on a `storage` event.
 */
const realmPeers = new WeakMap<Storage, Map<string, Set<MemoryStore>>>();

/**
 * The state shared by the tabs of one page: kept in localStorage (so a reload keeps what the user
 * did) and announced on a BroadcastChannel (so other tabs update at once). Every write is a
 * synchronous read-modify-write over localStorage, so two tabs do not overwrite each other.
 * The highest `rev` wins; the `storage` event is a second path for browsers without
 * BroadcastChannel, and a state already adopted is simply ignored the second time.
 * With a custom `storage`, the stores sharing it and the key in this realm play the tabs: each
 * write is announced to the others (asynchronously, as a BroadcastChannel message would be).
 */
export class MemoryStore {
  private current: MemoryState;
  private storage: Storage | null;
  /** What we last read or wrote, to skip parsing when storage has not changed. */
  private lastRaw: string | null = null;
  private readonly channel: BroadcastChannel | null = null;
  /** The version field of what storage last held, to tell a migrated state from a current one. */
  private storedVersion: unknown;
  /** The other stores over the same custom storage and key (this one included), or null. */
  private peers: Set<MemoryStore> | null = null;
  private closed = false;
  /** This tab's recent writes, until a state from elsewhere is seen to hold them. */
  private own: OwnWrite[] = [];

  constructor(private readonly options: StoreOptions) {
    // Passing the page's own localStorage is the same as passing nothing: tabs sync as usual.
    const custom = options.storage && options.storage !== pageStorage() ? options.storage : undefined;
    this.storage = options.persist ? openStorage(custom) : null;
    const stored = this.readStored();
    this.current = stored ?? options.seed();
    publish(this.current);
    // A fresh seed, or an older state just migrated, is saved so every tab reads the same. When
    // even that does not fit, the demo runs in memory only, and says so once.
    if (!stored || stored.version !== this.storedVersion) {
      try {
        this.write(this.current);
      } catch (error) {
        this.storage = null;
        console.warn('Chorus: the demo data cannot be saved in this browser; changes will be lost on reload.', error);
      }
    }
    if (!options.persist) return;
    if (custom) {
      let byKey = realmPeers.get(custom);
      if (!byKey) realmPeers.set(custom, (byKey = new Map<string, Set<MemoryStore>>()));
      let peers = byKey.get(options.key);
      if (!peers) byKey.set(options.key, (peers = new Set<MemoryStore>()));
      peers.add(this);
      this.peers = peers;
      return;
    }
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`${options.key}:sync`);
      this.channel.onmessage = (event: MessageEvent<SyncMessage>) => this.receive(event.data?.state);
      // In Node an open channel holds the process alive; a script that made an adapter must still end.
      (this.channel as BroadcastChannel & { unref?: () => void }).unref?.();
    }
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  /** The latest state, including writes other tabs made that no message has announced yet. */
  read(): MemoryState {
    this.refresh();
    return this.current;
  }

  /**
   * Applies `change` to a draft of the latest state and publishes the result; the previous state
   * is left untouched and shares every record `change` did not write (draft.ts). If `change`
   * throws (a validation error), nothing is written. If storage refuses the write (full, revoked),
   * nothing happened either: the call fails, so the widget says so and keeps the user's draft,
   * rather than reporting a success a reload would undo.
   */
  mutate<T>(change: (draft: MemoryState) => T): T {
    this.refresh();
    const prev = this.current;
    const id = writeId();
    const { next, result } = produce(prev, (draft) => {
      const outcome = change(draft);
      draft.rev = prev.rev + 1;
      draft.writes = [...(prev.writes ?? []).slice(1 - WRITES_KEPT), id];
      return outcome;
    });
    this.commit(prev, next);
    if (this.storage || this.channel || this.peers) this.own = [...this.own.slice(1 - WRITES_KEPT), { id, before: prev, after: next, at: Date.now() }];
    return result;
  }

  /** Replaces everything with a fresh seed, in every tab. */
  reset(): void {
    this.refresh();
    const prev = this.current;
    const next = this.options.seed();
    next.rev = prev.rev + 1;
    next.epoch = writeId();
    this.own = [];
    publish(next);
    this.commit(prev, next);
  }

  close(): void {
    this.closed = true;
    this.peers?.delete(this);
    this.channel?.close();
    globalThis.removeEventListener?.('storage', this.onStorage);
  }

  private commit(prev: MemoryState, next: MemoryState): void {
    this.write(next);
    this.current = next;
    // The whole state travels, so tabs stay in sync even when storage is unavailable.
    this.channel?.postMessage({ state: next } satisfies SyncMessage);
    for (const peer of this.peers ?? []) {
      if (peer !== this) queueMicrotask(() => peer.closed || peer.refresh());
    }
    this.options.onChange(prev, next);
  }

  private receive(state: unknown): void {
    if (!isMemoryState(state) || state === this.current) return;
    // Another tab wrote on a state that lacked some of ours: ours go again, on top of theirs.
    const now = Date.now();
    const holds = new Set(state.writes ?? []);
    this.own = this.own.filter((w) => now - w.at < OWN_WRITES_MS && !holds.has(w.id) && w.after.epoch === state.epoch);
    if (this.own.length) return this.rebase(state);
    if (state.rev <= this.current.rev) return;
    publish(state);
    const prev = this.current;
    this.current = state;
    this.options.onChange(prev, state);
  }

  private rebase(theirs: MemoryState): void {
    publish(theirs);
    let merged = theirs;
    for (const write of this.own) merged = mergeWrite(merged, write.before, write.after) as MemoryState;
    const prev = this.current;
    const ids = [...(theirs.writes ?? []), ...this.own.map((w) => w.id)];
    const next = { ...merged, rev: Math.max(theirs.rev, prev.rev) + 1, writes: ids.slice(-WRITES_KEPT) };
    publish(next);
    // Our writes stay listed until a state from elsewhere holds them: a tab that has not seen this
    // one yet may still write without them.
    try {
      this.commit(prev, next);
    } catch {
      this.current = next;
    }
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === this.options.key) this.refresh();
  };

  private refresh(): void {
    const stored = this.readStored();
    if (stored) this.receive(stored);
  }

  /** The stored state if it changed since we last looked, migrated to the current version if need be. */
  private readStored(): MemoryState | null {
    if (!this.storage) return null;
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.options.key);
    } catch {
      return null;
    }
    if (raw === null || raw === this.lastRaw) return null;
    this.lastRaw = raw;
    try {
      const parsed: unknown = JSON.parse(raw);
      this.storedVersion = (parsed as { version?: unknown } | null)?.version;
      if (isMemoryState(parsed)) return parsed;
      return this.options.migrate?.(parsed) ?? null;
    } catch {
      return null;
    }
  }

  private write(state: MemoryState): void {
    if (!this.storage) return;
    const raw = JSON.stringify(state);
    try {
      this.storage.setItem(this.options.key, raw);
      this.lastRaw = raw;
    } catch (error) {
      throw new NetworkError('This browser could not save the change: its storage is full or blocked.', { cause: error });
    }
  }
}
