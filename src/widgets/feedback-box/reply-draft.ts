import { dropDraft, dropSendKey, readDraft, refused, sendKeyFor, writeDraft, type SendKey } from '../../controllers/draft.controller.js';
import type { ReplyDraftData } from './draft-store.js';

/**
 * The reply (sender) or answer (recipient) being written in an open thread: its text and
 * idempotency key survive a reload and a failed send (sessionStorage), its error and sending
 * state are shown next to it.
 */
export class ReplyDraft {
  message = '';
  error = '';
  sending = false;
  private key = '';
  private readonly sendKeys = new Map<string, SendKey>();

  constructor(private readonly changed: () => void) {}

  /** Switches to the draft stored under `key` (one per thread). */
  load(key: string): void {
    if (key === this.key) return;
    this.key = key;
    const saved = readDraft<ReplyDraftData>(key) ?? {};
    this.message = String(saved.message ?? '');
    this.error = '';
    this.sending = false;
    this.changed();
  }

  set(message: string): void {
    this.message = message;
    this.error = '';
    if (this.key) writeDraft(this.key, { message } satisfies ReplyDraftData);
    this.changed();
  }

  /** The Idempotency-Key to send `message` with: the same for a retry of the same text, across reloads. */
  keyFor(message: string): string {
    return sendKeyFor(this.key || undefined, message, this.sendKeys);
  }

  /** After a failed send: a refusal stored nothing, so its key goes; a lost answer keeps it. */
  answered(error: unknown): void {
    if (refused(error)) dropSendKey(this.key || undefined, this.sendKeys);
  }

  fail(error: string): void {
    this.error = error;
    this.sending = false;
    this.changed();
  }

  /** After it was stored: empty, and its key gone. */
  clear(): void {
    this.message = '';
    this.error = '';
    this.sending = false;
    if (this.key) dropDraft(this.key);
    dropSendKey(this.key || undefined, this.sendKeys);
    this.changed();
  }
}
