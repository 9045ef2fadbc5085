import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import { NetworkError, NotFoundError, isAbort } from '../../core/errors.js';
import { PollVoteEvent, PollVotedEvent } from '../../core/poll.events.js';
import type { PollLiveEvent } from '../../core/live.js';
import type { CurrentUser } from '../../core/people.js';
import type { Poll, PollLimits } from '../../core/poll.js';
import { canCreatePolls } from '../../core/poll.rules.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { fieldsetStyles } from '../../base/fieldset.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { WidgetController, type WidgetSetup } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enPoll } from '../../i18n/en.poll.js';
import { errorText } from '../../i18n/error-text.js';
import { emptyView, loadErrorView, noticeView, type Notice } from '../../ui/states.js';
import { BallotController } from './ballot.controller.js';
import { refused } from '../../controllers/draft.controller.js';
import { forgetBallot, ownReceipt, ownVote, saveBallot, unansweredVote, voteAnswered, voteKey } from './ballot-store.js';
import type { ChorusPollComposer } from './composer.element.js';
import { PollCreationController } from './creation.controller.js';
import { DeadlineController } from './deadline.controller.js';
import { ballotCard, manageActions, pollSkeleton, resultsCard, type PollCardContext } from './poll-card.view.js';
import { pollStyles } from './poll.styles.js';
import { liveChange, type WriteInDecision } from './results.js';
import { downloadCsv, pollResultsCsv } from './export.js';
import { withVote } from './tally.js';
import { voteRefusal } from './vote-refusal.js';

type Setup = WidgetSetup<'polls', { limits: PollLimits }>;

type View = 'ballot' | 'results';

/**
 * A poll: single or multiple choice (with a maximum and an optional written "Other" answer), or
 * an eNPS question on a 0–10 scale. Named or anonymous; results as accessible bars when the poll
 * lets this viewer see them, updated live and announced politely; a countdown to the deadline.
 * People with the `poll-author` or `admin` role can create polls in it, and the poll's managers
 * approve written answers and close it. Talks to the backend only through the adapter port.
 *
 * Anonymous polls: the backend never links a voter to their ballot, so the widget keeps the
 * voter's receipt and their own choice on their device (localStorage), to show "Your vote" and
 * let them change it.
 *
 * @summary A poll or eNPS question with live, accessible results.
 * @tag chorus-poll
 *
 * @fires chorus-poll-vote - Before a vote is sent (cancelable). `event.pollId`, `event.vote`.
 * @fires chorus-poll-voted - After the backend counted a vote. `event.poll`, `event.vote`.
 * @fires chorus-poll-create - Before a new poll is sent (cancelable). `event.draft`.
 * @fires chorus-poll-created - After a poll was created; the element then shows it. `event.poll` (copy `poll.id`).
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The poll also shows it.
 *
 * @csspart base - The outer section.
 * @csspart poll - The poll's card (the form while voting).
 * @csspart question - The question (the fieldset's legend while voting).
 * @csspart option - One choice while voting.
 * @csspart scale - The eNPS 0–10 scale.
 * @csspart vote - The Vote button.
 * @csspart results - The results, or the message saying why they are hidden.
 * @csspart result - One row of the results.
 * @csspart bar - The bar of a result row (and the eNPS breakdown bar).
 * @csspart badge - "Leading", "Your vote" and "Awaiting approval" badges.
 * @csspart score - The eNPS score.
 * @csspart composer - The poll composer's surface.
 *
 * @cssproperty --chorus-accent - Accent colour: Vote button, bars, selected choices. Defaults to Fluent's brand colour.
 * @cssproperty --chorus-poll-bar - Colour of the result bars (default: the accent colour).
 * @cssproperty --chorus-poll-bar-track - Colour behind the bars (default: the strong surface colour).
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-surface-strong - Bar tracks and skeletons.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-success - Promoters in the eNPS breakdown.
 * @cssproperty --chorus-danger - Errors, and detractors in the eNPS breakdown.
 * @cssproperty --chorus-radius - Corner radius of the card.
 * @cssproperty --chorus-font-size - Base font size (the font family is inherited from the page).
 *
 * @cssstate loading - While the poll loads.
 * @cssstate voted - The current user has voted.
 * @cssstate closed - The poll is closed.
 */
export class ChorusPoll extends ChorusElement {
  static override styles = [...ChorusElement.styles, formStyles, fieldsetStyles, pollStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this poll only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** The id of the poll to show. Without it (and without `topic`), poll authors see the composer to create one. */
  @property({ attribute: 'poll-id', reflect: true }) pollId?: string;

  /**
   * Without `poll-id`: shows the newest poll of this topic that is open when the element loads
   * (`town-hall`), or says there is none yet. Place the element once; the next poll of the topic
   * takes its place. With `poll-id`, that poll is shown and this is ignored.
   */
  @property({ reflect: true }) topic?: string;

  /** Also offers the composer below the poll to people who may create polls. */
  @property({ type: Boolean, reflect: true }) composer = false;

  /** The clock for the countdown (tests and stories may pin it). Defaults to `Date.now`. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private current?: Poll;
  /** The poll the topic's lookup found: its id, null for none, undefined before it answered. */
  @state() private found?: string | null;
  @state() private view: View | null = null;
  @state() private sending = false;
  private recovering = false;
  @state() private notice: Notice | null = null;
  @state() private approving: ReadonlySet<string> = new Set();
  @state() private confirmingClose = false;

  @query('chorus-poll-composer') private composerEl?: ChorusPollComposer;

  /** The port, the user and the limits: what the poll needs before it can draw anything. */
  private readonly widget: WidgetController<'polls', { limits: PollLimits }> = new WidgetController(this, {
    port: 'polls',
    load: async (polls, { signal }) => ({ limits: await polls.getPollLimits({ signal }) }),
    // By id: until that poll is here. By topic: until the lookup answered, and its poll is here.
    loading: (): boolean =>
      this.wanted &&
      this.load.status !== TaskStatus.ERROR &&
      (this.pollId ? this.current?.id !== this.pollId : this.found === undefined || (!!this.found && this.current?.id !== this.found)),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enPoll);
  private readonly announcer = new AnnouncerController(this);
  private readonly ballot = new BallotController(this, this.localize, (text) => this.announcer.announce(text));
  private readonly creation = new PollCreationController(this, {
    t: this.localize,
    port: () => this.widget.value?.port,
    composer: () => this.composerEl,
    fail: (operation, error) => this.reportError(operation, error),
    created: (poll) => {
      // Placed by topic: the new poll is shown here, the element stays placed by its topic.
      if (this.pollId || !this.topic) this.pollId = poll.id;
      else this.found = poll.id;
      this.adopt(poll);
      this.announcer.announce(this.localize.term(poll.topic ? 'poll.compose.created.topic' : 'poll.compose.created'));
    },
  });
  private refetchAbort?: AbortController;

  constructor() {
    super();
    new LiveController(
      this,
      'poll',
      () => this.widget.adapter,
      (event) => this.onLive(event),
    );
    new DeadlineController(
      this,
      () => this.current,
      () => this.now(),
      () => void this.refetch(true),
    );
  }

  /** Whether a poll is asked for, by id or by topic. */
  private get wanted(): boolean {
    return !!this.pollId || !!this.topic;
  }

  /** The id of the poll shown: `poll-id`, else the one the topic's lookup found. */
  private get shownId(): string | undefined {
    return this.pollId || (this.topic && this.found) || undefined;
  }

  private readonly load: Task<readonly [Setup | undefined, string | undefined, string | undefined], Poll | null> = new Task(this, {
    args: () => [this.widget.value, this.pollId || undefined, this.topic || undefined] as const,
    task: async ([setup, pollId, topic], { signal }) => {
      if (!setup || (!pollId && !topic)) return initialState as never;
      if (!pollId) return setup.port.findLatestPoll({ topic }, { signal });
      const poll = await setup.port.getPoll(pollId, { signal });
      // A backend that answers another poll has failed: shown as a load error, not "Loading…" forever.
      if (poll.id !== pollId) throw new NetworkError(`Asked for poll ${pollId}, the service answered poll ${poll.id}.`);
      return poll;
    },
    // Only the latest run gets here: a poll for an id (or topic) already changed again is dropped.
    onComplete: (poll) => {
      if (!this.pollId) this.found = poll?.id ?? null;
      if (poll) this.adopt(poll);
    },
    onError: (error) => void (isAbort(error) || this.reportError(this.pollId ? 'getPoll' : 'findLatestPoll', error)),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another topic (or an id given) is another lookup.
    if (changed.has('topic') || changed.has('pollId')) {
      this.found = undefined;
      if (this.current && this.current.id !== this.shownId) {
        this.current = undefined;
        this.view = null;
        this.notice = null;
        this.confirmingClose = false;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.customStates.set('voted', !!this.current?.voted);
    this.customStates.set('closed', this.current?.status === 'closed');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.refetchAbort?.abort();
  }

  // ---- the poll and the user's own vote --------------------------------------------------------

  private get user(): CurrentUser | undefined {
    return this.widget.value?.user;
  }

  private canChange(poll: Poll): boolean {
    return poll.status === 'open' && poll.voted && poll.allowChangeVote && (!poll.anonymous || !!ownReceipt(poll, this.user?.id));
  }

  /** Takes a poll from the backend; the ballot starts from the user's own vote, once per poll and user. */
  private adopt(poll: Poll): void {
    const before = this.current;
    this.current = poll;
    if (before && before.status !== poll.status) this.view = null;
    // A device record of a vote the backend does not know (a reset demo, a new poll) is stale.
    if (poll.anonymous && !poll.voted) forgetBallot(poll.id, this.user?.id);
    if (this.ballot.startFrom(`${poll.id}|${this.user?.id ?? ''}`, () => ownVote(poll, this.user?.id))) this.view = null;
    if (poll.anonymous && poll.voted && !this.sending) void this.recoverVote(poll);
  }

  /**
   * An anonymous vote the backend counted but whose answer this page never got (a reload
   * mid-vote): sent again with its key, the backend replays its answer and the receipt (the only
   * way to change that vote) is kept after all.
   */
  private async recoverVote(poll: Poll): Promise<void> {
    const setup = this.widget.value;
    const userId = this.user?.id;
    const unanswered = unansweredVote(poll.id, userId);
    if (!setup || !unanswered || this.recovering) return;
    this.recovering = true;
    try {
      const { poll: saved, receipt } = await setup.port.vote(poll.id, unanswered.vote, { idempotencyKey: unanswered.key, receipt: unanswered.receipt });
      saveBallot(saved.id, userId, { receipt: receipt ?? unanswered.receipt, vote: unanswered.vote });
      voteAnswered(poll.id, userId);
      if (this.current?.id === saved.id) {
        this.ballot.forget();
        this.adopt(saved);
      }
    } catch (error) {
      if (refused(error)) voteAnswered(poll.id, userId);
    } finally {
      this.recovering = false;
    }
  }

  private get mode(): View {
    const poll = this.current!;
    return this.view ?? (poll.status !== 'closed' && !poll.voted ? 'ballot' : 'results');
  }

  // ---- live updates ------------------------------------------------------------------------------

  private onLive(event: PollLiveEvent): void {
    // A reset (changes were missed) may concern any poll: this one refetches too.
    if ((event.type === 'changed' && event.pollId !== this.shownId) || !this.current || this.sending) return;
    void this.refetch(true);
  }

  private async refetch(announce: boolean): Promise<void> {
    const setup = this.widget.value;
    const pollId = this.shownId;
    if (!setup || !pollId) return;
    this.refetchAbort?.abort();
    const abort = (this.refetchAbort = new AbortController());
    try {
      const poll = await setup.port.getPoll(pollId, { signal: abort.signal });
      // Our own vote in flight answers with the newest poll; a refetch must not overwrite it.
      if (this.sending || pollId !== this.shownId || poll.id !== pollId) return;
      const before = this.current;
      this.adopt(poll);
      if (announce && before) {
        const text = liveChange(before, poll, this.localize, ownVote(poll, this.user?.id));
        if (text) this.announcer.announce(text);
      }
    } catch {
      // A live refresh that fails changes nothing; the next event or a reload tries again.
    }
  }

  // ---- actions -----------------------------------------------------------------------------------

  private failNotice(lead: string, operation: string, error: unknown): void {
    this.notice = { text: `${lead} ${errorText(this.localize, this.reportError(operation, error))}`, tone: 'error' };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const setup = this.widget.value;
    const poll = this.current;
    if (!setup || !poll || this.sending || poll.status !== 'open') return;
    const vote = this.ballot.vote(poll);
    if (!this.ballot.check(poll, vote, setup.limits)) {
      void this.updateComplete.then(() => this.ballot.focus(this.renderRoot));
      return;
    }
    if (!this.dispatchEvent(new PollVoteEvent(poll.id, vote))) {
      this.notice = { text: this.localize.term('poll.vote.vetoed'), tone: 'info' };
      this.announcer.announce(this.notice.text);
      return;
    }
    const changing = poll.voted;
    const receipt = ownReceipt(poll, this.user?.id);
    // Optimistic: the vote shows at once, and rolls back if the backend refuses it.
    this.current = withVote(poll, ownVote(poll, this.user?.id), vote);
    this.view = 'results';
    this.sending = true;
    this.notice = null;
    try {
      const key = voteKey(poll.id, this.user?.id, { vote, receipt });
      const { poll: saved, receipt: newReceipt } = await setup.port.vote(poll.id, vote, { idempotencyKey: key, receipt });
      if (saved.anonymous) saveBallot(saved.id, this.user?.id, { receipt: newReceipt ?? receipt, vote });
      voteAnswered(poll.id, this.user?.id);
      this.current = saved;
      this.view = null;
      const t = this.localize;
      this.announcer.announce(changing ? t.term('poll.voted.changed') : saved.results ? t.term('poll.voted') : t.term('poll.voted.hidden'));
      this.dispatchEvent(new PollVotedEvent(saved, vote));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.question')?.focus());
    } catch (error) {
      // Back to the poll as it was, the user's choices still selected, with a clear reason. A lost
      // answer keeps the vote's key: voting again is replayed, not refused as a second vote.
      if (refused(error)) voteAnswered(poll.id, this.user?.id);
      this.current = poll;
      const { text, now = poll } = await voteRefusal(this.localize, this.ballot, this.reportError('vote', error), () => setup.port.getPoll(poll.id));
      this.current = now;
      if (now.status === 'open' && now.voted && !this.canChange(now)) {
        // Already counted elsewhere and not changeable: the results, and why this vote was refused.
        this.view = null;
        this.notice = { text, tone: 'error' };
      } else {
        this.view = 'ballot';
        this.ballot.voteError = text;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.vote-error')?.focus());
      }
    } finally {
      this.sending = false;
    }
  }

  private async decide(writeInId: string, text: string, decision: WriteInDecision): Promise<void> {
    const setup = this.widget.value;
    const poll = this.current;
    if (!setup || !poll || this.approving.has(writeInId)) return;
    this.approving = new Set([...this.approving, writeInId]);
    const approve = decision === 'approve';
    try {
      this.adopt(await (approve ? setup.port.approveWriteIn(poll.id, writeInId) : setup.port.rejectWriteIn(poll.id, writeInId)));
      this.announcer.announce(this.localize.term(approve ? 'poll.writein.approved' : 'poll.writein.rejected', text));
    } catch (error) {
      const failed = approve ? this.localize.term('poll.writein.failed') : this.localize.term('poll.writein.reject-failed');
      this.failNotice(failed, approve ? 'approveWriteIn' : 'rejectWriteIn', error);
    } finally {
      this.approving = new Set([...this.approving].filter((id) => id !== writeInId));
    }
  }

  private async closePoll(): Promise<void> {
    const setup = this.widget.value;
    const poll = this.current;
    if (!setup || !poll) return;
    this.confirmingClose = false;
    try {
      this.adopt(await setup.port.closePoll(poll.id));
      this.view = null;
      this.notice = { text: this.localize.term('poll.manage.closed'), tone: 'info' };
      this.announcer.announce(this.notice.text);
    } catch (error) {
      this.failNotice(this.localize.term('poll.manage.close.failed'), 'closePoll', error);
    }
  }

  private showResults(): void {
    const poll = this.current!;
    // Leaving a change unsent puts the selection back to the vote that counts.
    if (poll.voted) this.ballot.forget();
    this.adopt(poll);
    this.view = 'results';
  }

  private changeVote(): void {
    this.ballot.forget();
    this.adopt(this.current!);
    this.view = 'ballot';
    void this.updateComplete.then(() => this.ballot.focus(this.renderRoot));
  }

  // ---- rendering -----------------------------------------------------------------------------------

  protected override render() {
    const t = this.localize;
    // A labelled region, like the wall and the feedback box, so the poll is a landmark of its own,
    // named by its question: two polls on one page are two landmarks told apart.
    const label = this.current?.question ? t.term('poll.label.question', this.current.question) : t.term('poll.label');
    return html`<section part="base" class="poll" aria-label=${label} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.render({ loading: () => this.skeleton(), error: (e, retry) => this.loadError(e, retry), body: (setup) => this.body(setup) })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup) {
    const t = this.localize;
    const author = canCreatePolls(setup.user);
    if (!this.wanted) {
      return author ? this.creation.render(setup.limits, true) : emptyView(t.term('poll.none'));
    }
    const shownId = this.shownId;
    // Placed by topic, and no poll of it is open: said so; authors may create the next one here.
    const none = !shownId && this.found === null;
    const card = () => {
      const poll = this.current;
      return poll && poll.id === shownId ? this.card(poll) : none ? emptyView(t.term('poll.none.topic')) : this.skeleton();
    };
    return html`${this.creation.renderCreated(shownId)}
      ${this.load.render({
        initial: () => this.skeleton(),
        pending: card,
        error: (error) => (shownId && this.current?.id === shownId ? card() : this.loadError(error, () => this.load.run())),
        complete: card,
      })}
      ${author && (this.composer || none) ? this.creation.render(setup.limits, false) : nothing}`;
  }

  private card(poll: Poll) {
    const context: PollCardContext = {
      t: this.localize,
      now: this.now(),
      ballot: this.ballot,
      sending: this.sending,
      mine: ownVote(poll, this.user?.id),
      canChange: this.canChange(poll),
      hasReceipt: !!ownReceipt(poll, this.user?.id),
      approving: this.approving,
      notice: noticeView(this.localize, this.notice, () => (this.notice = null)),
      manage: manageActions(poll, this.localize, this.confirmingClose, {
        ask: (on) => (this.confirmingClose = on),
        close: () => void this.closePoll(),
        exportCsv: () => downloadCsv(pollResultsCsv(poll, this.localize), `poll-${poll.id}.csv`),
      }),
      submit: (e) => void this.submit(e),
      showResults: () => this.showResults(),
      changeVote: () => this.changeVote(),
      backToVote: () => (this.view = 'ballot'),
      decide: (id, text, decision) => void this.decide(id, text, decision),
    };
    return this.mode === 'ballot' ? ballotCard(poll, context) : resultsCard(poll, context);
  }

  private skeleton() {
    return pollSkeleton(this.localize);
  }

  private loadError(error: unknown, retry: () => unknown) {
    const t = this.localize;
    if (error instanceof NotFoundError) return html`<div class="load-error" role="alert"><p>${t.term('poll.not-found')}</p></div>`;
    return loadErrorView(t, error, { heading: t.term('poll.load-error'), retry, loading: () => this.skeleton() });
  }
}
