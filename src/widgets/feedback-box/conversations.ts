import { ConflictError, NotFoundError, ValidationError, isAbort, type ChorusError } from '../../core/errors.js';
import { FeedbackRepliedEvent, FeedbackReplyEvent } from '../../core/feedback.events.js';
import type { FeedbackThread } from '../../core/feedback.js';
import { isPlausibleToken, validateReply } from '../../core/feedback.rules.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import type { Box } from './box.js';
import { failureText } from './failure-text.js';
import { ReplyDraft } from './reply-draft.js';
import { forgetToken, isKeptToken, keepToken, keptTokens, markSeen, type KeptToken } from './token-store.js';

export interface KeptThread {
  entry: KeptToken;
  thread?: FeedbackThread;
  /** NotFoundError: the thread is gone; anything else: it could not load now. */
  error?: ChorusError;
}

export interface OpenThread {
  token: string;
  thread: FeedbackThread;
  kept: boolean;
}

export const answersIn = (thread: FeedbackThread): number => thread.messages.filter((m) => m.from === 'recipient').length;

/**
 * "Your conversations": the threads of the reply tokens kept on this device, a thread opened by
 * a pasted token, and the sender's anonymous replies. Tokens travel only to the adapter; they are
 * never shown again after the "Sent" view (the list shows the topic and the date).
 */
export class Conversations {
  list: KeptThread[] = [];
  loading = false;
  loaded = false;
  open: OpenThread | null = null;
  opening = false;
  paste = '';
  pasteError = '';
  /** The token whose "Forget" awaits confirmation. */
  forgetting: string | null = null;
  readonly reply: ReplyDraft;
  private abort?: AbortController;
  /** The senders' live channels open, per reply token (opened by the token alone, never a session). */
  private readonly watching = new Map<string, () => void>();

  constructor(
    private readonly box: Box,
    private readonly draftKey: () => string,
  ) {
    this.reply = new ReplyDraft(() => this.changed());
  }

  private changed(): void {
    this.box.host.requestUpdate();
  }

  get unread(): number {
    return this.list.filter((k) => k.thread && answersIn(k.thread) > k.entry.seenAnswers).length;
  }

  /** Loads every kept thread (on showing the view, so nothing is asked for until the sender looks). */
  async refresh(): Promise<void> {
    const setup = this.box.setup();
    if (!setup) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const entries = keptTokens();
    // Known rows stay while they reload, so the list does not flash.
    const before = new Map(this.list.map((k) => [k.entry.token, k]));
    this.list = entries.map((entry) => ({ ...before.get(entry.token), entry }));
    this.loading = true;
    this.changed();
    const rows = await Promise.all(
      entries.map(async (entry): Promise<KeptThread> => {
        try {
          return { entry, thread: await setup.port.getFeedbackThread(entry.token, { signal: abort.signal }) };
        } catch (error) {
          if (isAbort(error)) return { entry };
          return { entry, error: this.box.fail('getFeedbackThread', error) };
        }
      }),
    );
    if (abort.signal.aborted) return;
    // What changed on the device meanwhile (a thread opened and seen, one forgotten) wins.
    const now = new Map(keptTokens().map((e) => [e.token, e]));
    this.list = rows.flatMap((row) => {
      const entry = now.get(row.entry.token);
      return entry ? [{ ...row, entry }] : [];
    });
    this.loading = false;
    this.loaded = true;
    this.watch();
    this.changed();
  }

  /** Watches the threads of the kept tokens and the open one, and no others. */
  private watch(): void {
    const port = this.box.setup()?.port;
    const tokens = new Set([...this.list.map((k) => k.entry.token), ...(this.open ? [this.open.token] : [])]);
    for (const [token, stop] of this.watching) {
      if (!tokens.has(token)) {
        stop();
        this.watching.delete(token);
      }
    }
    if (!port?.watchFeedbackThread) return;
    for (const token of tokens) {
      if (!this.watching.has(token))
        this.watching.set(
          token,
          port.watchFeedbackThread(token, () => void this.liveChanged(token)),
        );
    }
  }

  /** Stops every live channel (another adapter, or the box left the page). */
  unwatch(): void {
    for (const stop of this.watching.values()) stop();
    this.watching.clear();
  }

  /**
   * A watched thread changed (an answer, a status): its row shows it at once, and an open thread
   * shows the answer without moving the focus, marked seen since it is on screen.
   */
  async liveChanged(token: string): Promise<void> {
    const setup = this.box.setup();
    if (!setup) return;
    let thread: FeedbackThread;
    try {
      thread = await setup.port.getFeedbackThread(token);
    } catch {
      return; // the next change or a reload tries again
    }
    this.list = this.list.map((k) => (k.entry.token === token ? { entry: k.entry, thread } : k));
    if (this.open?.token === token) {
      const answered = answersIn(thread) > answersIn(this.open.thread);
      this.open = { ...this.open, thread };
      if (this.open.kept) this.markSeen(token, thread);
      if (answered) this.box.announce(this.box.t.term('feedback.thread.live.answer'));
    }
    this.changed();
  }

  /** Opens the thread of `token` (kept, pasted, or just sent). */
  async openToken(token: string, from: 'list' | 'paste' | 'sent'): Promise<boolean> {
    const setup = this.box.setup();
    if (!setup || this.opening) return false;
    const t = this.box.t;
    this.opening = true;
    this.pasteError = '';
    this.changed();
    try {
      const thread = await setup.port.getFeedbackThread(token);
      this.show({ token, thread, kept: isKeptToken(token) });
      if (from === 'paste') this.paste = '';
      return true;
    } catch (error) {
      const typed = this.box.fail('getFeedbackThread', error);
      const text =
        typed instanceof NotFoundError || typed instanceof ValidationError
          ? t.term('feedback.paste.not-found')
          : failureText(t, typed, t.term('feedback.conversation.error'));
      if (from === 'paste') {
        // The pasted text stays in the field to check or correct.
        this.pasteError = text;
        this.box.focus('#paste');
      } else {
        this.box.announce(text);
        this.list = this.list.map((k) => (k.entry.token === token ? { entry: k.entry, error: typed } : k));
      }
      return false;
    } finally {
      this.opening = false;
      this.changed();
    }
  }

  private show(open: OpenThread): void {
    this.open = open;
    this.forgetting = null;
    this.reply.load(`${this.draftKey()}:reply:${open.thread.id}`);
    if (open.kept) this.markSeen(open.token, open.thread);
    this.watch();
    this.box.focus('#thread-title');
  }

  private markSeen(token: string, thread: FeedbackThread): void {
    markSeen(token, answersIn(thread));
    this.list = this.list.map((k) => (k.entry.token === token ? { entry: { ...k.entry, seenAnswers: answersIn(thread) }, thread } : k));
  }

  async openPasted(): Promise<void> {
    const token = this.paste.trim();
    const t = this.box.t;
    if (!token) {
      this.pasteError = t.term('feedback.paste.required');
      this.changed();
      this.box.focus('#paste');
      return;
    }
    if (!isPlausibleToken(token)) {
      this.pasteError = t.term('feedback.paste.not-found');
      this.changed();
      this.box.focus('#paste');
      return;
    }
    await this.openToken(token, 'paste');
  }

  setPaste(text: string): void {
    this.paste = text;
    this.pasteError = '';
    this.changed();
  }

  back(): void {
    const token = this.open?.token;
    this.open = null;
    this.changed();
    void this.refresh();
    this.box.focus(token ? `[data-token-row="${this.rowIndex(token)}"] .open-thread` : '#tab-conversations');
  }

  private rowIndex(token: string): number {
    return this.list.findIndex((k) => k.entry.token === token);
  }

  /** Keeps a thread opened with a pasted token. */
  keepOpen(): void {
    const open = this.open;
    if (!open) return;
    if (
      keepToken({
        token: open.token,
        categoryId: open.thread.categoryId,
        sentAt: open.thread.createdAt,
        seenAnswers: answersIn(open.thread),
      })
    ) {
      this.open = { ...open, kept: true };
      this.box.announce(this.box.t.term('feedback.thread.kept'));
      this.box.focus('#thread-title');
    }
    this.changed();
  }

  askForget(token: string | null): void {
    this.forgetting = token;
    this.changed();
    if (token) this.box.focus('.forget-confirm [data-action="cancel"]');
  }

  forget(token: string): void {
    const index = this.rowIndex(token);
    forgetToken(token);
    this.list = this.list.filter((k) => k.entry.token !== token);
    this.forgetting = null;
    if (this.open?.token === token) this.open = { ...this.open, kept: false };
    this.box.announce(this.box.t.term('feedback.conversation.forgotten'));
    this.changed();
    // Focus stays in the list: the row that took its place, or the heading.
    const next = this.list[Math.min(index, this.list.length - 1)];
    this.box.focus(next ? `[data-token-row="${this.rowIndex(next.entry.token)}"] .open-thread` : '#tab-conversations');
  }

  async sendReply(): Promise<void> {
    const setup = this.box.setup();
    const open = this.open;
    const reply = this.reply;
    if (!setup || !open || reply.sending) return;
    const t = this.box.t;
    let message: string;
    try {
      message = validateReply(reply.message, setup.config);
    } catch (error) {
      reply.fail(error instanceof ValidationError && error.fieldErrors[0] ? fieldErrorText(t, error.fieldErrors[0]) : String(error));
      this.box.focus('#reply');
      return;
    }
    if (!this.box.host.dispatchEvent(new FeedbackReplyEvent())) {
      reply.fail(t.term('feedback.reply.vetoed'));
      return;
    }
    reply.sending = true;
    reply.error = '';
    this.changed();
    try {
      const thread = await setup.port.replyToFeedback(open.token, message, { idempotencyKey: reply.keyFor(message) });
      reply.clear();
      this.open = { ...open, thread };
      if (open.kept) this.markSeen(open.token, thread);
      this.box.announce(t.term('feedback.reply.sent'));
      this.box.host.dispatchEvent(new FeedbackRepliedEvent());
      this.box.focus('#reply');
    } catch (error) {
      reply.answered(error);
      const typed = this.box.fail('replyToFeedback', error);
      if (typed instanceof ConflictError) {
        reply.fail(t.term('feedback.reply.closed'));
        void this.reload();
      } else if (typed instanceof ValidationError && typed.fieldErrors[0]) {
        reply.fail(fieldErrorText(t, typed.fieldErrors[0]));
      } else {
        reply.fail(failureText(t, typed, t.term('feedback.reply.failed'), true));
      }
      this.box.focus('#reply');
    }
  }

  /** The open thread as it is now (after a conflict: it was closed meanwhile). */
  private async reload(): Promise<void> {
    const setup = this.box.setup();
    const open = this.open;
    if (!setup || !open) return;
    try {
      const thread = await setup.port.getFeedbackThread(open.token);
      if (this.open?.token === open.token) this.open = { ...this.open, thread };
      this.changed();
    } catch {
      /* the error already shown says enough */
    }
  }

  /** Switching views or users: nothing of an opened thread stays on screen. */
  reset(): void {
    this.abort?.abort();
    this.unwatch();
    this.open = null;
    this.forgetting = null;
    this.loading = false;
    this.changed();
  }
}
