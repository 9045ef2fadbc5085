import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { FeedbackReceipt } from '../../core/feedback.js';
import { isFeedbackRecipient } from '../../core/feedback.rules.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { fieldsetStyles } from '../../base/fieldset.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { LiveController } from '../../controllers/live.controller.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enFeedback } from '../../i18n/en.feedback.js';
import { loadOnce } from '../../base/load-once.js';
import { adoptPartStyles } from '../../base/part-styles.js';
import { loadErrorView } from '../../ui/states.js';
import { THREADS_MODULE, type Box, type Setup, type SetupData } from './box.js';
import { draftStorageKey } from './draft-store.js';
import { failureText } from './failure-text.js';
import { feedbackBoxStyles } from './feedback-box.styles.js';
import { boxLoading, lineLoading, listLoading } from './loading.view.js';
import { SendForm } from './send-form.js';
import { sendFormView } from './send-form.view.js';
import { sentView } from './sent.view.js';
import { tabList, type Tab } from '../../ui/tabs.js';
import type { Threads } from './threads.js';

export type FeedbackBoxView = 'send' | 'conversations' | 'inbox';

const VIEWS: readonly FeedbackBoxView[] = ['send', 'conversations', 'inbox'];

/**
 * Anonymous feedback that is really anonymous. A sender picks a topic, optionally a mood or eNPS
 * score, and writes; nothing that identifies them is sent (no name, cookie or device id) and a
 * gentle note points out e-mail addresses, phone numbers or their own name in the text before it
 * goes. They get a secret reply token, shown once, to read answers and reply — still anonymously —
 * under "Your conversations". Drafts survive reloads and failed sends (and a retried send is
 * stored once). People with the `feedback-recipient` or `admin` role also get the inbox: a
 * summary per topic (small groups withheld), filters, and answers, close and reopen. Those two
 * views come from a module loaded when either is first shown (a sender who only sends never fetches it).
 *
 * Nothing identifying is put in the events either: the sender's events carry no detail at all.
 *
 * @summary An anonymous feedback box with reply tokens, conversations and a recipients' inbox.
 * @tag chorus-feedback-box
 *
 * @fires chorus-feedback-send - Before feedback is sent (cancelable). Carries nothing, on purpose.
 * @fires chorus-feedback-sent - After feedback was stored. Carries nothing (no id, token or text), on purpose.
 * @fires chorus-feedback-reply - Before the sender's anonymous reply is sent (cancelable). Carries nothing.
 * @fires chorus-feedback-replied - After the sender's reply was stored. Carries nothing.
 * @fires chorus-feedback-answer - Before a recipient's answer is sent (cancelable). `event.threadId`, `event.message`.
 * @fires chorus-feedback-answered - After a recipient's answer was stored. `event.thread`.
 * @fires chorus-feedback-status - Before a recipient closes or reopens a thread (cancelable). `event.threadId`, `event.status`.
 * @fires chorus-feedback-status-changed - After a thread was closed or reopened. `event.thread`.
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The box also shows it.
 *
 * @csspart base - The outer section (the card).
 * @csspart heading - The heading.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart panel - The panel of the selected tab.
 * @csspart intro - Why the box is anonymous, with its details.
 * @csspart form - The feedback form.
 * @csspart score - The optional mood or eNPS scale.
 * @csspart message-input - The message field.
 * @csspart warning - The note about personal details found in the message.
 * @csspart send - The Send button.
 * @csspart sent - The "Sent" view with the reply token.
 * @csspart token - The reply token field.
 * @csspart copy - The Copy button.
 * @csspart conversations - The sender's conversations.
 * @csspart conversation - One conversation in that list.
 * @csspart paste - The form to open a conversation with a reply token.
 * @csspart thread - An open conversation.
 * @csspart message - One message in a conversation.
 * @csspart reply - The reply or answer composer.
 * @csspart badge - Status and "New answer" badges.
 * @csspart inbox - The recipients' inbox.
 * @csspart summary - The summary per topic.
 * @csspart filters - The inbox filters.
 * @csspart inbox-item - One conversation in the inbox.
 * @csspart more - The "Load more" button.
 *
 * @cssproperty --chorus-accent - Accent colour: buttons, the selected tab, selected choices. Defaults to Fluent's brand colour.
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-surface-subtle - Backgrounds of notes and the sender's messages.
 * @cssproperty --chorus-surface-strong - Skeletons.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-warning - Border of the personal-details note (default: an amber).
 * @cssproperty --chorus-danger - Errors.
 * @cssproperty --chorus-success - The "sent" check mark.
 * @cssproperty --chorus-radius - Corner radius of the card.
 * @cssproperty --chorus-font-size - Base font size (the font family is inherited from the page).
 *
 * @cssstate loading - While the box loads.
 * @cssstate sending - While feedback is being sent.
 * @cssstate sent - While the reply token is shown.
 * @cssstate unread - A conversation kept on this device has an answer not seen yet.
 */
export class ChorusFeedbackBox extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, formStyles, fieldStyles, fieldsetStyles, ...feedbackBoxStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this box only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /**
   * The view shown: `send`, `conversations` or `inbox` (also when the user switches tabs). Setting
   * `inbox` shows the inbox tab even when the page does not know the user is a recipient (the
   * backend still decides).
   */
  @property() view: FeedbackBoxView = 'send';

  /** Where drafts are kept between reloads (sessionStorage); defaults to the element's `id`. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** Heading text; defaults to the localized "Anonymous feedback". */
  @property() heading?: string;

  /** The clock for relative times (tests and stories may pin it). Defaults to `Date.now`. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** The port, the configuration and (when the page knows one) the user. */
  private readonly widget: WidgetController<'feedback', SetupData> = new WidgetController(this, {
    port: 'feedback',
    // The directory is asked for its names only once the sender types (send-form.ts).
    load: async (port, { adapter, signal }) => ({ config: await port.getFeedbackConfig({ signal }), people: adapter.people }),
    // Only for the name check and the inbox tab; a page without sign-in still sends feedback.
    userOptional: true,
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enFeedback);
  private readonly announcer = new AnnouncerController(this);
  private inboxForced = false;
  /** The view and setup whose data was last loaded, so a view loads once per visit. */
  private entered: { view: FeedbackBoxView; setup: Setup } | null = null;

  private readonly box: Box = {
    host: this,
    t: this.localize,
    setup: () => this.widget.value,
    announce: (text) => this.announcer.announce(text),
    fail: (operation, error) => this.reportError(operation, error),
    focus: (selector) => {
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    },
  };

  private readonly sendForm = new SendForm(this.box);
  /** The conversations and the inbox, once their module has loaded (most people only send). */
  private threads?: Threads;
  private threadsLoading = false;
  /** Why their module did not load (shown with a retry), else null. */
  private threadsError: unknown = null;
  /** The reply token of "Open the conversation" after sending, until the conversations can open it. */
  private pendingToken: string | null = null;

  constructor() {
    super();
    // Recipients' inbox: a thread arrived or changed (only recipients hear it).
    new LiveController(
      this,
      'feedback',
      () => this.widget.adapter,
      // A reset (changes missed in an outage): the inbox reloads, and an open thread is refetched.
      // Before the inbox's module has loaded there is no inbox on screen to update.
      (event) => void (event.type === 'reset' ? this.threads?.inbox.reloadAfterGap() : this.threads?.inbox.liveChanged(event.threadId)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.threads?.conversations.unwatch();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the kept threads are watched again when "Your conversations" is next shown.
    this.entered = null;
    this.requestUpdate();
  }

  private get storageKey(): string {
    return draftStorageKey(this.draftKey || this.id);
  }

  private get showInbox(): boolean {
    return this.inboxForced || isFeedbackRecipient(this.widget.value?.user);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) {
      if (!VIEWS.includes(this.view)) this.view = 'send';
      if (this.view === 'inbox') this.inboxForced = true;
    }
    this.sendForm.load(this.storageKey);
    this.enter();
  }

  /**
   * Loads what the shown view needs, once per visit (here, so its loading state is part of this
   * render): the module of the conversations and the inbox first, then the kept conversations, or
   * the inbox. A new adapter starts both afresh.
   */
  private enter(): void {
    const setup = this.widget.value;
    if (!setup || this.widget.setup.status !== TaskStatus.COMPLETE) return;
    this.sendForm.fit(setup.config);
    const threads = this.threads;
    if (this.entered && this.entered.setup !== setup) threads?.reset();
    if (this.entered?.view === this.view && this.entered.setup === setup) return;
    if (this.view !== 'send' && !threads) return this.loadThreads();
    this.entered = { view: this.view, setup };
    if (this.view === 'conversations') void threads?.conversations.refresh();
    if (this.view === 'inbox') void threads?.inbox.load();
  }

  /** Imports the conversations' and inbox's module once; its styles join this box's. */
  private loadThreads(): void {
    if (this.threads || this.threadsLoading || this.threadsError) return;
    this.threadsLoading = true;
    loadOnce(THREADS_MODULE, () => import('./threads.js'))
      .then(
        (module) => {
          const { Threads, threadStyles } = module as typeof import('./threads.js');
          adoptPartStyles(this.renderRoot as ShadowRoot, threadStyles);
          this.threads = new Threads(this.box, () => this.storageKey);
          this.openPending();
        },
        (error: unknown) => (this.threadsError = error),
      )
      .finally(() => {
        this.threadsLoading = false;
        this.requestUpdate();
      });
  }

  private retryThreads(): void {
    this.threadsError = null;
    this.box.focus(`#tab-${this.view}`);
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.customStates.set('sending', this.sendForm.sending);
    this.customStates.set('sent', !!this.sendForm.receipt && this.view === 'send');
    this.customStates.set('unread', (this.threads?.conversations.unread ?? 0) > 0);
  }

  // ---- navigation ------------------------------------------------------------------------------

  private select(view: FeedbackBoxView, focus: boolean): void {
    if (view === this.view) return;
    // The reply token is shown once: leaving the "Sent" view forgets it from the screen.
    if (this.view === 'send' && this.sendForm.receipt) this.sendForm.leaveSent();
    this.view = view;
    if (focus) this.box.focus(`#tab-${view}`);
  }

  private openSent(receipt: FeedbackReceipt): void {
    this.pendingToken = receipt.replyToken;
    this.select('conversations', false);
    this.openPending();
  }

  /** Opens the conversation asked for after sending, once the conversations' module is there. */
  private openPending(): void {
    const token = this.pendingToken;
    if (!token || !this.threads) return;
    this.pendingToken = null;
    void this.threads.conversations.openToken(token, 'sent');
  }

  private sendMore(): void {
    this.sendForm.leaveSent();
    this.box.focus('input[name="category"]');
  }

  private chooseScore(score: number | null): void {
    this.sendForm.edit({ score });
    if (score === null) {
      this.announcer.announce(this.localize.term('feedback.score.cleared'));
      this.box.focus('input[name="score"]');
    }
  }

  private category(id: string): string {
    return this.widget.value?.config.categories.find((c) => c.id === id)?.label ?? id;
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render() {
    const t = this.localize;
    return html`<section part="base" class="box" aria-labelledby="heading" dir=${t.dir()} lang=${t.lang()}>
      <h2 id="heading" class="heading" part="heading">${this.heading ?? t.term('feedback.heading')}</h2>
      ${this.widget.setup.render({
        initial: () => this.skeleton(),
        pending: () => (this.widget.value ? this.body(this.widget.value) : this.skeleton()),
        error: (error) => this.loadError(error),
        complete: (setup) => this.body(setup),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup): TemplateResult {
    const t = this.localize;
    const unread = this.threads?.conversations.unread ?? 0;
    const tabs: Tab<FeedbackBoxView>[] = [
      { id: 'send', label: t.term('feedback.tab.send'), short: t.term('feedback.tab.send.short') },
      {
        id: 'conversations',
        label: t.term('feedback.tab.conversations'),
        short: t.term('feedback.tab.conversations.short'),
        badge: unread ? t.term('feedback.tab.unread', unread) : undefined,
        badgeShort: unread ? t.number(unread) : undefined,
      },
      ...(this.showInbox ? [{ id: 'inbox' as const, label: t.term('feedback.tab.inbox'), short: t.term('feedback.tab.inbox.short') }] : []),
    ];
    const view = tabs.some((tab) => tab.id === this.view) ? this.view : 'send';
    return html`${tabList(tabs, view, { label: t.term('feedback.tabs'), dir: t.dir(), select: (id, focus) => this.select(id, focus) })}
      <div class="panel" role="tabpanel" id=${`panel-${view}`} aria-labelledby=${`tab-${view}`} part="panel">
        ${view === 'send' ? this.sendPanel(setup) : this.threadsPanel(view, setup)}
      </div>`;
  }

  private sendPanel(setup: Setup): TemplateResult {
    const t = this.localize;
    const receipt = this.sendForm.receipt;
    if (receipt) return sentView(this.sendForm, receipt, t, { open: (r) => this.openSent(r), more: () => this.sendMore() }, setup.config.deliverAfterHour);
    return sendFormView(this.sendForm, setup.config, t, { chooseScore: (score) => this.chooseScore(score) });
  }

  /** "Your conversations" or the inbox; while their module loads, the loading state their data has too. */
  private threadsPanel(view: 'conversations' | 'inbox', setup: Setup): TemplateResult {
    const t = this.localize;
    const threads = this.threads;
    if (threads) {
      const options = { t: this.localize, now: this.now(), category: (id: string) => this.category(id) };
      return view === 'conversations' ? threads.conversationsPanel(setup, options) : threads.inboxPanel(setup, options);
    }
    if (this.threadsError)
      return loadErrorView(t, this.threadsError, {
        heading: t.term(view === 'conversations' ? 'feedback.conversations.load-error' : 'feedback.inbox.error'),
        retry: () => this.retryThreads(),
        loading: () => listLoading(t),
      });
    if (view === 'inbox') return listLoading(t);
    return lineLoading(t.term(this.pendingToken ? 'feedback.thread.loading' : 'common.loading'));
  }

  private skeleton(): TemplateResult {
    return boxLoading(this.localize);
  }

  private loadError(error: unknown): TemplateResult {
    const t = this.localize;
    return loadErrorView(t, error, {
      heading: t.term('feedback.load-error'),
      retry: () => this.widget.retry(),
      loading: () => this.skeleton(),
      reason: (e) => failureText(t, e, ''),
    });
  }
}
