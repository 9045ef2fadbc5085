import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Drafts live in sessionStorage: what a user typed survives a reload and a failed send, and goes
 * when the tab closes (a shared computer keeps nothing). Storage may be blocked, full or throw on
 * any call (privacy settings, sandboxed frames), so every call is guarded: a draft that cannot be
 * stored still lives in memory, and a send that succeeded is never reported as failed because
 * its draft could not be cleared.
 */

/** The draft stored under `key`, or null when there is none or storage cannot be read. */
export function readDraft<T extends object>(key: string): Partial<T> | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as unknown;
    return saved && typeof saved === 'object' ? (saved as Partial<T>) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: object): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or blocked: the draft still lives in memory */
  }
}

export function dropDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* blocked storage kept nothing to drop */
  }
}

/**
 * A host's draft under a key it may change (`draftKey`, the element's id): restores the stored
 * draft before the first render with that key, and saves and clears it. `part` names one of
 * several drafts under the same key (a comment per card).
 */
export class DraftController<T extends object> implements ReactiveController {
  private restoredKey: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string | undefined,
    private readonly restore?: (saved: Partial<T>) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.key();
    if (key === this.restoredKey) return;
    this.restoredKey = key;
    const saved = key ? readDraft<T>(key) : null;
    if (saved) this.restore?.(saved);
  }

  private storageKey(part?: string): string | undefined {
    const key = this.key();
    return key && part ? `${key}:${part}` : key;
  }

  load(part?: string): Partial<T> | null {
    const key = this.storageKey(part);
    return key ? readDraft<T>(key) : null;
  }

  save(draft: T, part?: string): void {
    const key = this.storageKey(part);
    if (key) writeDraft(key, draft);
  }

  clear(part?: string): void {
    const key = this.storageKey(part);
    if (key) dropDraft(key);
  }
}
