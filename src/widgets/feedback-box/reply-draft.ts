import { dropDraft, loadDraft, newKey, saveDraft, type ReplyDraftData } from './draft-store.js';

/**
 * The reply (sender) or answer (recipient) being written in an open thread: its text and
 * idempotency key survive a reload and a failed send (sessionStorage), its error and sending
 * state are shown next to it.
 */
export class ReplyDraft {
  message = '';
  idempotencyKey = newKey();
  error = '';
  sending = false;
  private key = '';

  constructor(private readonly changed: () => void) {}

  /** Switches to the draft stored under `key` (one per thread). */
  load(key: string): void {
    if (key === this.key) return;
    this.key = key;
    const saved = loadDraft<ReplyDraftData>(key, () => ({ message: '', idempotencyKey: newKey() }));
    this.message = String(saved.message ?? '');
    this.idempotencyKey = String(saved.idempotencyKey || newKey());
    this.error = '';
    this.sending = false;
    this.changed();
  }

  set(message: string): void {
    this.message = message;
    this.error = '';
    if (this.key) saveDraft(this.key, { message, idempotencyKey: this.idempotencyKey } satisfies ReplyDraftData);
    this.changed();
  }

  fail(error: string): void {
    this.error = error;
    this.sending = false;
    this.changed();
  }

  /** After it was stored: empty, with a fresh key for the next one. */
  clear(): void {
    this.message = '';
    this.error = '';
    this.sending = false;
    this.idempotencyKey = newKey();
    if (this.key) dropDraft(this.key);
    this.changed();
  }
}
