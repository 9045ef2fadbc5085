import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isChorusError } from '../core/errors.js';
import { idempotencyKey } from '../core/idempotency-key.js';

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

/*
 * A draft's send key: the Idempotency-Key of the send the draft is waiting on, stored next to it
 * (`<key>#send`), with what was sent under it. A retry of the same thing (a press after a lost
 * answer, or after a reload mid-send) carries the same key, so the backend stores it once; once
 * the draft changed, a send is a new request and gets a new key (the backend answers 409 to a key
 * reused for another body). The key goes when the backend has answered: success, or a refusal
 * that stored nothing.
 */
export interface SendKey {
  key: string;
  sent: string;
}

/** True when the backend answered and stored nothing: a new send needs a new key. */
export function refused(error: unknown): boolean {
  return isChorusError(error) && error.kind !== 'network' && error.kind !== 'rate-limited';
}

/**
 * The Idempotency-Key for sending `payload` from the draft stored at `at` (or only in `memory`
 * when there is no storage key): the same key while the same payload is retried, a new one when
 * it changed.
 */
export function sendKeyFor(at: string | undefined, payload: unknown, memory: Map<string, SendKey>, slot = ''): string {
  const sent = JSON.stringify(payload);
  const held = (at ? readDraft<SendKey>(`${at}#send`) : null) ?? memory.get(slot);
  if (held && typeof held.key === 'string' && held.sent === sent) return held.key;
  const fresh = { key: idempotencyKey(), sent };
  memory.set(slot, fresh);
  if (at) writeDraft(`${at}#send`, fresh);
  return fresh.key;
}

/** The send the draft at `at` (or, with no storage key, `memory`'s `slot`) is waiting on: its key and what was sent, or null. */
export function heldSend<P>(at: string | undefined, memory?: Map<string, SendKey>, slot = ''): { key: string; payload: P } | null {
  const held = (at ? readDraft<SendKey>(`${at}#send`) : null) ?? memory?.get(slot);
  if (!held || typeof held.key !== 'string' || typeof held.sent !== 'string') return null;
  try {
    return { key: held.key, payload: JSON.parse(held.sent) as P };
  } catch {
    return null;
  }
}

/** Forgets the send key of the draft at `at`. */
export function dropSendKey(at: string | undefined, memory: Map<string, SendKey>, slot = ''): void {
  memory.delete(slot);
  if (at) dropDraft(`${at}#send`);
}

/**
 * A host's draft under a key it may change (`draftKey`, the element's id): restores the stored
 * draft before the first render with that key, and saves and clears it. `part` names one of
 * several drafts under the same key (a comment per card).
 */
export class DraftController<T extends object> implements ReactiveController {
  private restoredKey: string | undefined;
  private readonly sendKeys = new Map<string, SendKey>();

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

  /** Clears the draft after it was sent, its send key with it. */
  clear(part?: string): void {
    const key = this.storageKey(part);
    if (key) dropDraft(key);
    dropSendKey(key, this.sendKeys, part);
  }

  /**
   * The Idempotency-Key to send `payload` (what the request carries) with: kept with the draft,
   * across reloads, until the backend has answered (`answered`, or `clear` after success).
   */
  sendKey(payload: unknown, part?: string): string {
    return sendKeyFor(this.storageKey(part), payload, this.sendKeys, part);
  }

  /** After a failed send: a refusal stored nothing, so its key goes; a lost answer keeps it. */
  answered(error: unknown, part?: string): void {
    if (refused(error)) dropSendKey(this.storageKey(part), this.sendKeys, part);
  }
}
