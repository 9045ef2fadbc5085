import { ConflictError, ValidationError, isAbort, type ChorusError } from '../../core/errors.js';
import { FeedbackAnswerEvent, FeedbackAnsweredEvent, FeedbackStatusChangedEvent, FeedbackStatusEvent } from '../../core/feedback.events.js';
import type { FeedbackStatus, FeedbackSummary, FeedbackThread } from '../../core/feedback.js';
import { validateReply } from '../../core/feedback.rules.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import type { Box } from './box.js';
import { failureText } from './failure-text.js';
import { ReplyDraft } from './reply-draft.js';

export interface InboxFilter {
  categoryId: string;
  status: FeedbackStatus | '';
}

const PAGE_SIZE = 10;

/**
 * The recipients' inbox: the summary per category (small groups withheld by the backend), the
 * filtered threads page by page, one open thread with the answer composer, close and reopen.
 */
export class Inbox {
  summary: FeedbackSummary | null = null;
  summaryError: ChorusError | null = null;
  filter: InboxFilter = { categoryId: '', status: '' };
  items: FeedbackThread[] = [];
  cursor: string | null = null;
  loading = false;
  loaded = false;
  error: ChorusError | null = null;
  loadingMore = false;
  moreError = '';
  open: FeedbackThread | null = null;
  opening = false;
  openError = '';
  statusBusy = false;
  notice: { text: string; tone: 'info' | 'error' } | null = null;
  readonly answer: ReplyDraft;
  private abort?: AbortController;

  constructor(
    private readonly box: Box,
    private readonly draftKey: () => string,
  ) {
    this.answer = new ReplyDraft(() => this.changed());
  }

  private changed(): void {
    this.box.host.requestUpdate();
  }

  get filtered(): boolean {
    return !!(this.filter.categoryId || this.filter.status);
  }

  private query(cursor?: string) {
    return {
      categoryId: this.filter.categoryId || undefined,
      status: this.filter.status || undefined,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    };
  }

  /** The summary and the first page for the current filter. */
  async load(withSummary = true): Promise<void> {
    const setup = this.box.setup();
    if (!setup) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    this.loading = true;
    this.error = null;
    this.moreError = '';
    this.changed();
    const summary = withSummary
      ? setup.port.getFeedbackSummary({ signal }).then(
          (s) => ((this.summary = s), (this.summaryError = null)),
          (error) => {
            if (!isAbort(error)) this.summaryError = this.box.fail('getFeedbackSummary', error);
          },
        )
      : Promise.resolve();
    try {
      const page = await setup.port.listFeedback(this.query(), { signal });
      this.items = page.items;
      this.cursor = page.nextCursor;
      this.loaded = true;
    } catch (error) {
      if (isAbort(error)) return;
      this.error = this.box.fail('listFeedback', error);
    } finally {
      await summary;
      if (!signal.aborted) {
        this.loading = false;
        this.changed();
      }
    }
  }

  setFilter(patch: Partial<InboxFilter>): void {
    this.filter = { ...this.filter, ...patch };
    void this.load(false);
  }

  clearFilters(): void {
    this.filter = { categoryId: '', status: '' };
    void this.load(false);
    this.box.focus('#inbox-category');
  }

  async loadMore(): Promise<void> {
    const setup = this.box.setup();
    if (!setup || this.loadingMore || !this.cursor) return;
    const t = this.box.t;
    this.loadingMore = true;
    this.moreError = '';
    this.changed();
    const signal = this.abort?.signal;
    try {
      const page = await setup.port.listFeedback(this.query(this.cursor), { signal });
      const known = new Set(this.items.map((i) => i.id));
      const added = page.items.filter((i) => !known.has(i.id));
      this.items = [...this.items, ...added];
      this.cursor = page.nextCursor;
      this.box.announce(t.term('feedback.inbox.more.loaded', added.length));
      // The first new thread takes the focus the button had, so the keyboard continues where the list grew.
      if (added.length) this.box.focus(`[data-thread-index="${this.items.length - added.length}"]`);
    } catch (error) {
      if (!isAbort(error)) this.moreError = failureText(t, this.box.fail('listFeedback', error), t.term('feedback.inbox.error'));
    } finally {
      this.loadingMore = false;
      this.changed();
    }
  }

  async openThread(id: string): Promise<void> {
    const setup = this.box.setup();
    if (!setup || this.opening) return;
    const listed = this.items.find((i) => i.id === id);
    this.opening = true;
    this.openError = '';
    this.notice = null;
    // The listed thread shows at once; the fresh copy replaces it.
    if (listed) this.show(listed);
    this.changed();
    try {
      const thread = await setup.port.getFeedbackById(id);
      if (!this.open || this.open.id === id) this.show(thread);
    } catch (error) {
      this.openError = failureText(this.box.t, this.box.fail('getFeedbackById', error), this.box.t.term('feedback.conversation.error'));
    } finally {
      this.opening = false;
      this.changed();
    }
  }

  private show(thread: FeedbackThread): void {
    const first = this.open?.id !== thread.id;
    this.open = thread;
    this.replaceItem(thread);
    this.answer.load(`${this.draftKey()}:answer:${thread.id}`);
    if (first) this.box.focus('#thread-title');
  }

  private replaceItem(thread: FeedbackThread): void {
    this.items = this.items.map((i) => (i.id === thread.id ? thread : i));
  }

  back(): void {
    const id = this.open?.id;
    this.open = null;
    this.openError = '';
    this.notice = null;
    this.changed();
    const index = this.items.findIndex((i) => i.id === id);
    this.box.focus(index >= 0 ? `[data-thread-index="${index}"]` : '.inbox-list-heading');
  }

  async sendAnswer(): Promise<void> {
    const setup = this.box.setup();
    const thread = this.open;
    const answer = this.answer;
    if (!setup || !thread || answer.sending) return;
    const t = this.box.t;
    let message: string;
    try {
      message = validateReply(answer.message, setup.config);
    } catch (error) {
      answer.fail(error instanceof ValidationError && error.fieldErrors[0] ? fieldErrorText(t, error.fieldErrors[0]) : String(error));
      this.box.focus('#reply');
      return;
    }
    if (!this.box.host.dispatchEvent(new FeedbackAnswerEvent(thread.id, message))) {
      answer.fail(t.term('feedback.reply.vetoed'));
      return;
    }
    answer.sending = true;
    answer.error = '';
    this.notice = null;
    this.changed();
    try {
      const saved = await setup.port.answerFeedback(thread.id, message, { idempotencyKey: answer.keyFor(message) });
      answer.clear();
      this.show(saved);
      this.box.announce(t.term('feedback.answer.sent'));
      this.box.host.dispatchEvent(new FeedbackAnsweredEvent(saved));
      this.box.focus('#reply');
    } catch (error) {
      answer.answered(error);
      const typed = this.box.fail('answerFeedback', error);
      if (typed instanceof ConflictError) {
        answer.fail(t.term('feedback.reply.closed'));
        void this.refreshOpen();
      } else if (typed instanceof ValidationError && typed.fieldErrors[0]) {
        answer.fail(fieldErrorText(t, typed.fieldErrors[0]));
      } else {
        answer.fail(failureText(t, typed, t.term('feedback.answer.failed'), true));
      }
      this.box.focus('#reply');
    }
  }

  async setStatus(status: FeedbackStatus): Promise<void> {
    const setup = this.box.setup();
    const thread = this.open;
    if (!setup || !thread || this.statusBusy) return;
    const t = this.box.t;
    this.notice = null;
    if (!this.box.host.dispatchEvent(new FeedbackStatusEvent(thread.id, status))) {
      this.notice = { text: t.term('feedback.status.vetoed'), tone: 'info' };
      this.changed();
      return;
    }
    this.statusBusy = true;
    this.changed();
    try {
      const saved = await setup.port.setFeedbackStatus(thread.id, status);
      this.show(saved);
      this.notice = { text: t.term(status === 'closed' ? 'feedback.closed.done' : 'feedback.reopened.done'), tone: 'info' };
      this.box.announce(this.notice.text);
      this.box.host.dispatchEvent(new FeedbackStatusChangedEvent(saved));
      // The button pressed is replaced by its opposite; focus follows it.
      this.box.focus('.status-action');
    } catch (error) {
      this.notice = { text: failureText(t, this.box.fail('setFeedbackStatus', error), t.term('feedback.status.failed')), tone: 'error' };
    } finally {
      this.statusBusy = false;
      this.changed();
    }
  }

  /**
   * A thread arrived or changed elsewhere (a live event): its row is refreshed, or a new one that
   * fits the filter goes on top; an open thread shows the new message without moving the focus.
   */
  async liveChanged(threadId: string): Promise<void> {
    const setup = this.box.setup();
    if (!setup || !this.loaded) return;
    const t = this.box.t;
    let thread: FeedbackThread;
    try {
      thread = await setup.port.getFeedbackById(threadId);
    } catch {
      return; // gone, or not reachable now: the next event or a reload shows it
    }
    const known = this.items.some((i) => i.id === threadId);
    const fits = (!this.filter.categoryId || thread.categoryId === this.filter.categoryId) && (!this.filter.status || thread.status === this.filter.status);
    if (known) this.replaceItem(thread);
    else if (fits) {
      this.items = [thread, ...this.items];
      this.box.announce(t.term('feedback.inbox.live.new'));
    }
    if (this.open?.id === threadId) {
      const grew = thread.messages.length > this.open.messages.length;
      this.open = thread;
      if (grew && thread.messages.at(-1)?.from === 'sender') this.box.announce(t.term('feedback.thread.live.message'));
    }
    if (!known) {
      setup.port.getFeedbackSummary().then(
        (summary) => ((this.summary = summary), this.changed()),
        () => {},
      );
    }
    this.changed();
  }

  /** Changes were missed (a live gap): the list and summary load again, an open thread too. */
  async reloadAfterGap(): Promise<void> {
    if (!this.loaded) return;
    await Promise.all([this.load(), this.refreshOpen()]);
  }

  private async refreshOpen(): Promise<void> {
    const setup = this.box.setup();
    const thread = this.open;
    if (!setup || !thread) return;
    try {
      const fresh = await setup.port.getFeedbackById(thread.id);
      if (this.open?.id === fresh.id) this.show(fresh);
      this.changed();
    } catch {
      /* the error already shown says enough */
    }
  }

  reset(): void {
    this.abort?.abort();
    this.open = null;
    this.loading = false;
    this.changed();
  }
}
