/*
 * The reply tokens a sender chose to keep on this device (localStorage), so "Your conversations"
 * can find their threads again. The backend cannot help: it knows no sender. Whatever the
 * adapter, one list per browser profile; a token whose thread is gone is shown as such and can be
 * forgotten.
 */

export const TOKENS_KEY = 'chorus:feedback:tokens';

export interface KeptToken {
  token: string;
  categoryId: string;
  /** The thread's own (hour-rounded) creation time, not the moment of sending. */
  sentAt: string;
  /** Answers from recipients already seen here, to mark newer ones unread. */
  seenAnswers: number;
}

function isKept(value: unknown): value is KeptToken {
  const v = value as Partial<KeptToken> | null;
  return typeof v === 'object' && v !== null && typeof v.token === 'string' && typeof v.categoryId === 'string' && typeof v.sentAt === 'string';
}

/** Newest first. */
export function keptTokens(): KeptToken[] {
  try {
    const stored = JSON.parse(localStorage.getItem(TOKENS_KEY) ?? '[]') as unknown;
    if (!Array.isArray(stored)) return [];
    return stored.filter(isKept).map((t) => ({ ...t, seenAnswers: Number(t.seenAnswers) || 0 }));
  } catch {
    return [];
  }
}

function write(tokens: KeptToken[]): boolean {
  try {
    if (tokens.length) localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(TOKENS_KEY);
    return true;
  } catch {
    // Storage full or blocked (private mode): the sender still has the token to copy.
    return false;
  }
}

export function isKeptToken(token: string): boolean {
  return keptTokens().some((t) => t.token === token);
}

/** Keeps a token (once); false when the device would not store it. */
export function keepToken(entry: Omit<KeptToken, 'seenAnswers'> & { seenAnswers?: number }): boolean {
  const others = keptTokens().filter((t) => t.token !== entry.token);
  return write([{ seenAnswers: 0, ...entry }, ...others]);
}

export function forgetToken(token: string): void {
  write(keptTokens().filter((t) => t.token !== token));
}

/** Records that the sender has seen `answers` answers in the thread. */
export function markSeen(token: string, answers: number): void {
  const tokens = keptTokens();
  const entry = tokens.find((t) => t.token === token);
  if (!entry || entry.seenAnswers === answers) return;
  entry.seenAnswers = answers;
  write(tokens);
}
