import { idempotencyKey } from '../../core/idempotency-key.js';
import { dropDraft, readDraft, writeDraft } from '../../controllers/draft.controller.js';
import type { ReplyDraftData } from './draft-store.js';

/**
 * The reply (sender) or answer (recipient) being written in an open thread: its text and
 * idempotency key survive a reload and a failed send (sessionStorage), its error and sending
 * state are shown next to it.
 */
export class ReplyDraft {
  message = '';
  idempotencyKey = idempotencyKey();
  error = '';
  sending = false;
  private key = '';

  constructor(private readonly changed: () => void) {}

  /** Switches to the draft stored under `key` (one per thread). */
  load(key: string): void {
    if (key === this.key) return;
    this.key = key;
    const saved = readDraft<ReplyDraftData>(key) ?? {};
    this.message = String(saved.message ?? '');
    this.idempotencyKey = String(saved.idempotencyKey || idempotencyKey());
    this.error = '';
    this.sending = false;
    this.changed();
  }

  set(message: string): void {
    this.message = message;
    this.error = '';
    if (this.key) writeDraft(this.key, { message, idempotencyKey: this.idempotencyKey } satisfies ReplyDraftData);
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
    this.idempotencyKey = idempotencyKey();
    if (this.key) dropDraft(this.key);
    this.changed();
  }
}
