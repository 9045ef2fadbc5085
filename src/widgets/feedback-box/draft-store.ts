import { idempotencyKey } from '../../core/idempotency-key.js';

/*
 * The feedback box's drafts (kept through controllers/draft.controller.ts). The idempotency key is
 * part of the draft, so a send retried after a failure (even after a reload) is stored only once.
 */

/** Where a box keeps its drafts: per page and per `draft-key` (or element id), like the composers. */
export function draftStorageKey(draftKey: string): string {
  return `chorus:feedback-draft:${location.pathname}#${draftKey}`;
}

export interface SendDraft {
  categoryId: string;
  score: number | null;
  message: string;
  /** Made with the draft and kept until it is sent. */
  idempotencyKey: string;
}

export interface ReplyDraftData {
  message: string;
  idempotencyKey: string;
}

export function emptySendDraft(): SendDraft {
  return { categoryId: '', score: null, message: '', idempotencyKey: idempotencyKey() };
}
