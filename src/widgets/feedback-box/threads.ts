import { html, nothing, type TemplateResult } from 'lit';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { Box, Setup } from './box.js';
import { Conversations } from './conversations.js';
import { conversationsView } from './conversations.view.js';
import { Inbox } from './inbox.js';
import { inboxView } from './inbox.view.js';
import { lineLoading } from './loading.view.js';
import { threadView } from './thread.view.js';

/*
 * The sender's conversations and the recipients' inbox, with their open threads and their styles:
 * the box imports this module when either tab is first shown, since most people only send.
 */
export { threadStyles } from './threads.styles.js';

export interface PanelOptions {
  t: ChorusLocalize;
  now: number;
  category: (id: string) => string;
}

/** The state of both views and how each panel draws, for one box. */
export class Threads {
  readonly conversations: Conversations;
  readonly inbox: Inbox;

  constructor(box: Box, draftKey: () => string) {
    this.conversations = new Conversations(box, draftKey);
    this.inbox = new Inbox(box, draftKey);
  }

  /** Switching users or adapters: nothing of an opened thread stays on screen. */
  reset(): void {
    this.conversations.reset();
    this.inbox.reset();
  }

  conversationsPanel(setup: Setup, o: PanelOptions): TemplateResult {
    const { t, now } = o;
    const list = this.conversations;
    const open = list.open;
    if (!open) {
      return html`${list.opening && !list.paste ? lineLoading(t.term('feedback.thread.loading')) : nothing}
        ${conversationsView(list, o)}`;
    }
    return threadView({
      t,
      now,
      thread: open.thread,
      category: o.category(open.thread.categoryId),
      scoreKind: setup.config.scoreKind,
      perspective: 'sender',
      back: { label: t.term('feedback.thread.back'), go: () => list.back() },
      tools: open.kept
        ? nothing
        : html`<div class="thread-tools"><button type="button" class="secondary keep-thread" @click=${() => list.keepOpen()}>${t.term('feedback.thread.keep')}</button></div>`,
      composer: {
        draft: list.reply,
        max: setup.config.replyMax,
        label: t.term('feedback.reply.label'),
        send: t.term('feedback.reply.send'),
        closed: t.term('feedback.thread.closed'),
        input: (text) => list.reply.set(text),
        submit: () => void list.sendReply(),
      },
    });
  }

  inboxPanel(setup: Setup, o: PanelOptions): TemplateResult {
    const { t, now, category } = o;
    const inbox = this.inbox;
    const thread = inbox.open;
    if (!thread) return inboxView(inbox, { t, now, config: setup.config, category });
    const closed = thread.status === 'closed';
    const notice = inbox.notice;
    return threadView({
      t,
      now,
      thread,
      category: category(thread.categoryId),
      scoreKind: setup.config.scoreKind,
      perspective: 'recipient',
      back: { label: t.term('feedback.thread.back-inbox'), go: () => inbox.back() },
      tools: html`<div class="thread-tools">
        ${inbox.openError ? html`<p class="form-error" role="alert">${inbox.openError}</p>` : nothing}
        ${notice ? html`<p class="notice ${notice.tone}" role=${notice.tone === 'error' ? 'alert' : 'status'}>${notice.text}</p>` : nothing}
        <button type="button" class="secondary status-action" aria-disabled=${inbox.statusBusy ? 'true' : 'false'}
          @click=${() => void inbox.setStatus(closed ? 'open' : 'closed')}>${t.term(closed ? 'feedback.reopen' : 'feedback.close')}</button>
      </div>`,
      composer: {
        draft: inbox.answer,
        max: setup.config.replyMax,
        label: t.term('feedback.answer.label'),
        hint: setup.user ? t.term('feedback.answer.hint', setup.user.name) : undefined,
        send: t.term('feedback.answer.send'),
        closed: t.term('feedback.thread.closed-inbox'),
        input: (text) => inbox.answer.set(text),
        submit: () => void inbox.sendAnswer(),
      },
    });
  }
}
