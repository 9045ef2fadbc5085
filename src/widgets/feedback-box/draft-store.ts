/*
 * Drafts in sessionStorage: what the sender typed survives a reload and a failed send, and goes
 * when the tab closes (a shared computer keeps nothing). The idempotency key is part of the draft,
 * so a send retried after a failure (even after a reload) is stored only once.
 */

// crypto.randomUUID exists only in secure contexts; intranet pages are often plain http.
export const newKey = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `key-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

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
  return { categoryId: '', score: null, message: '', idempotencyKey: newKey() };
}

export function loadDraft<T extends object>(key: string, fallback: () => T): T {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<T> | null;
    if (saved && typeof saved === 'object') return { ...fallback(), ...saved };
  } catch {
    /* unreadable or blocked storage: start empty */
  }
  return fallback();
}

export function saveDraft(key: string, draft: object): void {
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
    /* nothing to do */
  }
}
