/*
 * The feedback box's drafts (kept through controllers/draft.controller.ts). A send's idempotency
 * key is kept next to its draft (the draft controller's send keys), bound to what was sent: a send
 * retried after a failure (even after a reload) is stored only once, and an edited text is a new
 * send, never refused as a reused key.
 */

/** Where a box keeps its drafts: per page and per `draft-key` (or element id), like the composers. */
export function draftStorageKey(draftKey: string): string {
  return `chorus:feedback-draft:${location.pathname}#${draftKey}`;
}

export interface SendDraft {
  categoryId: string;
  score: number | null;
  message: string;
}

export interface ReplyDraftData {
  message: string;
}

export function emptySendDraft(): SendDraft {
  return { categoryId: '', score: null, message: '' };
}
