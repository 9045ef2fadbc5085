import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter, PollPort } from '../../adapter/port.js';
import {
  ChorusError, ConflictError, NetworkError, NotFoundError, UnsupportedError, ValidationError, isAbort, isChorusError,
} from '../../core/errors.js';
import { ChorusErrorEvent, PollCreateEvent, PollCreatedEvent, PollVoteEvent, PollVotedEvent } from '../../core/events.js';
import type { PollLiveEvent } from '../../core/live.js';
import type { CurrentUser } from '../../core/people.js';
import type { Poll, PollLimits, PollVote } from '../../core/poll.js';
import { canCreatePolls, foldLabel } from '../../core/poll.rules.js';
import { idempotencyKey } from '../../core/idempotency-key.js';
import { graphemeCount } from '../../core/text.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { formStyles } from '../../base/form.styles.js';
import { AdapterController } from '../../controllers/adapter.controller.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enPoll } from '../../i18n/en.poll.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import { OTHER, choices } from './ballot.js';
import { forgetBallot, loadBallot, saveBallot } from './ballot-store.js';
import { PollComposerSubmitEvent, type ChorusPollComposer } from './composer.element.js';
import { MAX_TIMEOUT, nextTick, timeLeft } from './deadline.js';
import { enpsResults, enpsScale } from './enps.js';
import { pollStyles } from './poll.styles.js';
import { hiddenResults, optionResults, percent } from './results.js';
import { resultTable, withVote } from './tally.js';

interface Setup {
  polls: PollPort;
  user: CurrentUser | undefined;
  limits: PollLimits;
}

interface Notice {
  text: string;
  tone: 'error' | 'info';
}

type View = 'ballot' | 'results';

const icon = {
  clock: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5a6.5 6.5 0 110 13 6.5 6.5 0 010-13zm0 1.5a5 5 0 100 10A5 5 0 008 3zm.75 1.5V7.7l2.2 1.3-.75 1.3-2.95-1.75V4.5z"/></svg>`,
  shield: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l5.5 2v4.2c0 3.4-2.3 6.2-5.5 7.3-3.2-1.1-5.5-3.9-5.5-7.3V3zm0 1.6L4 4v3.2c0 2.6 1.6 4.8 4 5.8 2.4-1 4-3.2 4-5.8V4z"/></svg>`,
};

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
  static override styles = [...ChorusElement.styles, formStyles, pollStyles];

  /** Overrides the provider's (or the page's default) adapter for this poll only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** The id of the poll to show. Without it, poll authors see the composer to create one. */
  @property({ attribute: 'poll-id', reflect: true }) pollId?: string;

  /** Also offers the composer below the poll to people who may create polls. */
  @property({ type: Boolean, reflect: true }) composer = false;

  /** The clock for the countdown (tests and stories may pin it). Defaults to `Date.now`. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private current?: Poll;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private writeIn = '';
  @state() private score: number | null = null;
  @state() private view: View | null = null;
  @state() private sending = false;
  @state() private voteError = '';
  @state() private choiceError = '';
  @state() private writeInError = '';
  @state() private notice: Notice | null = null;
  @state() private approving: ReadonlySet<string> = new Set();
  @state() private confirmingClose = false;
  @state() private composerOpen = false;
  @state() private creating = false;
  @state() private created: Poll | null = null;

  @query('chorus-poll-composer') private composerEl?: ChorusPollComposer;

  private readonly adapters = new AdapterController(this);
  private readonly localize = new ChorusLocalize(this, () => this.adapters.locale, enPoll);
  private readonly announcer = new AnnouncerController(this);
  private readonly internals = this.attachInternals();
  /** `${pollId}|${userId}` whose own vote the selection was loaded from. */
  private selectionOf = '';
  private refetchAbort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  /** The deadline already refetched for, so a clock that disagrees with the backend's cannot loop. */
  private refetchedAt?: string;

  constructor() {
    super();
    new LiveController(this, 'poll', () => this.adapters.adapter, (event) => this.onLive(event));
  }

  /** The port, the user and the limits: what the poll needs before it can draw anything. */
  private readonly setup = new Task(this, {
    args: () => [this.adapters.adapter] as const,
    task: async ([adapter], { signal }): Promise<Setup> => {
      const knownUser = this.adapters.context?.user;
      if (!adapter) return initialState as never;
      const polls = adapter.polls;
      if (!polls) throw new UnsupportedError('polls');
      const [user, limits] = await Promise.all([knownUser ?? adapter.me?.getCurrentUser({ signal }), polls.getPollLimits({ signal })]);
      return { polls, user, limits };
    },
  });

  private readonly load = new Task(this, {
    args: () => [this.setup.value, this.pollId] as const,
    task: async ([setup, pollId], { signal }) => {
      if (!setup || !pollId) return initialState as never;
      const poll = await setup.polls.getPoll(pollId, { signal });
      this.adopt(poll);
      return poll;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pollId') && this.current && this.current.id !== this.pollId) {
      this.current = undefined;
      this.view = null;
      this.notice = null;
      this.confirmingClose = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const poll = this.current;
    const failed = this.setup.status === TaskStatus.ERROR || (!!this.pollId && this.load.status === TaskStatus.ERROR);
    this.setState('loading', !failed && (this.setup.status !== TaskStatus.COMPLETE || (!!this.pollId && poll?.id !== this.pollId)));
    this.setState('voted', !!poll?.voted);
    this.setState('closed', poll?.status === 'closed');
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.refetchAbort?.abort();
  }

  private setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  // ---- the poll and the user's own vote --------------------------------------------------------

  private get user(): CurrentUser | undefined {
    return this.setup.value?.user;
  }

  /** The user's vote: from the backend in named polls, from this device in anonymous ones. */
  private ownVote(poll: Poll): PollVote | null {
    if (poll.myVote) return poll.myVote;
    if (!poll.anonymous || !poll.voted) return null;
    return loadBallot(poll.id, this.user?.id)?.vote ?? null;
  }

  private receipt(poll: Poll): string | null {
    return poll.anonymous ? (loadBallot(poll.id, this.user?.id)?.receipt ?? null) : null;
  }

  private canChange(poll: Poll): boolean {
    return poll.status === 'open' && poll.voted && poll.allowChangeVote && (!poll.anonymous || !!this.receipt(poll));
  }

  /** Takes a poll from the backend; the selection starts from the user's own vote, once per poll and user. */
  private adopt(poll: Poll): void {
    const before = this.current;
    this.current = poll;
    if (before && before.status !== poll.status) this.view = null;
    // A device record of a vote the backend does not know (a reset demo, a new poll) is stale.
    if (poll.anonymous && !poll.voted) forgetBallot(poll.id, this.user?.id);
    const of = `${poll.id}|${this.user?.id ?? ''}`;
    if (of === this.selectionOf) return;
    this.selectionOf = of;
    const mine = this.ownVote(poll);
    this.selected = new Set([...(mine?.optionIds ?? []), ...(mine?.writeIn ? [OTHER] : [])]);
    this.writeIn = mine?.writeIn ?? '';
    this.score = mine?.score ?? null;
    this.view = null;
    this.clearErrors();
  }

  private clearErrors(): void {
    this.voteError = '';
    this.choiceError = '';
    this.writeInError = '';
  }

  private get mode(): View {
    const poll = this.current!;
    return this.view ?? (poll.status !== 'closed' && !poll.voted ? 'ballot' : 'results');
  }

  // ---- live updates and the clock ---------------------------------------------------------------

  private onLive(event: PollLiveEvent): void {
    if (event.pollId !== this.pollId || !this.current || this.sending) return;
    void this.refetch(true);
  }

  private async refetch(announce: boolean): Promise<void> {
    const setup = this.setup.value;
    const pollId = this.pollId;
    if (!setup || !pollId) return;
    this.refetchAbort?.abort();
    const abort = (this.refetchAbort = new AbortController());
    try {
      const poll = await setup.polls.getPoll(pollId, { signal: abort.signal });
      // Our own vote in flight answers with the newest poll; a refetch must not overwrite it.
      if (this.sending || pollId !== this.pollId) return;
      const before = this.current;
      this.adopt(poll);
      if (announce && before) this.announceChange(before, poll);
    } catch {
      // A live refresh that fails changes nothing; the next event or a reload tries again.
    }
  }

  private announceChange(before: Poll, after: Poll): void {
    const t = this.localize;
    if (before.status !== 'closed' && after.status === 'closed') return this.announcer.announce(t.term('poll.live.closed'));
    if (before.status === 'scheduled' && after.status === 'open') return this.announcer.announce(t.term('poll.live.opened'));
    if (!after.results || JSON.stringify(before.results) === JSON.stringify(after.results)) return;
    const parts = [t.term('poll.live.updated', t.term('poll.votes', after.results.totalVotes))];
    if (after.kind === 'enps' && after.results.enps) {
      parts.push(`${t.term('poll.enps.score')} ${t.number(after.results.enps.score, { signDisplay: 'exceptZero' })}.`);
    } else {
      const table = resultTable(after, after.results, this.ownVote(after));
      const leader = table.tied ? undefined : table.rows.find((r) => r.leading);
      if (leader) parts.push(t.term('poll.live.leader', leader.label, percent(t, leader.percent)));
    }
    this.announcer.announce(parts.join(' '));
  }

  /** Re-renders the countdown as its text changes, and refetches when the poll opens or closes. */
  private schedule(): void {
    clearTimeout(this.timer);
    const poll = this.current;
    if (!poll || !this.isConnected) return;
    const target = poll.status === 'open' ? poll.closesAt : poll.status === 'scheduled' ? poll.opensAt : null;
    if (!target) return;
    const left = Date.parse(target) - this.now();
    if (left <= 0) {
      if (this.refetchedAt === target) return;
      this.refetchedAt = target;
      void this.refetch(true);
      return;
    }
    const delay = poll.status === 'open' ? nextTick(left) : left;
    this.timer = setTimeout(() => this.requestUpdate(), Math.min(delay, MAX_TIMEOUT));
  }

  // ---- actions -----------------------------------------------------------------------------------

  private fail(operation: string, error: unknown): ChorusError {
    const typed = isChorusError(error) ? error : new NetworkError(String(error), { cause: error });
    this.dispatchEvent(new ChorusErrorEvent(operation, typed));
    return typed;
  }

  private toggle(id: string, checked: boolean): void {
    const poll = this.current!;
    const next = new Set(poll.kind === 'multiple' ? this.selected : []);
    if (checked) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.voteError = '';
    this.choiceError = '';
    if (!next.has(OTHER)) this.writeInError = '';
    if (poll.kind === 'multiple') {
      const max = poll.maxChoices;
      if (checked && next.size > max) {
        // Kept as chosen: the user decides which one to uncheck.
        this.choiceError = this.localize.term('poll.too-many', max);
        this.announcer.announce(this.choiceError);
      }
    }
  }

  private chooseScore(score: number): void {
    this.score = score;
    this.voteError = '';
    this.choiceError = '';
  }

  private setWriteIn(text: string): void {
    this.writeIn = text;
    this.writeInError = '';
    this.voteError = '';
  }

  private ballot(): PollVote {
    const poll = this.current!;
    if (poll.kind === 'enps') return { optionIds: [], writeIn: null, score: this.score };
    return {
      optionIds: poll.options.map((o) => o.id).filter((id) => this.selected.has(id)),
      writeIn: this.selected.has(OTHER) ? this.writeIn.trim() : null,
      score: null,
    };
  }

  /** The backend's own checks, made first here so most mistakes need no round trip. */
  private check(poll: Poll, vote: PollVote, limits: PollLimits): boolean {
    const t = this.localize;
    this.clearErrors();
    if (poll.kind === 'enps') {
      if (vote.score === null) this.choiceError = t.term('poll.enps.required');
    } else {
      const count = vote.optionIds.length + (this.selected.has(OTHER) ? 1 : 0);
      const max = poll.kind === 'single' ? 1 : poll.maxChoices;
      if (count === 0) this.choiceError = t.term('poll.choose.required');
      else if (count > max) this.choiceError = t.term('poll.too-many', max);
      if (this.selected.has(OTHER)) {
        if (!vote.writeIn) this.writeInError = t.term('poll.other.required');
        else if (graphemeCount(vote.writeIn) > limits.writeInMax) this.writeInError = t.term('common.field.too-long', limits.writeInMax);
      }
    }
    return !this.choiceError && !this.writeInError;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const setup = this.setup.value;
    const poll = this.current;
    if (!setup || !poll || this.sending || poll.status !== 'open') return;
    const vote = this.ballot();
    if (!this.check(poll, vote, setup.limits)) {
      void this.updateComplete.then(() => this.focusChoices());
      return;
    }
    if (!this.dispatchEvent(new PollVoteEvent(poll.id, vote))) {
      this.notice = { text: this.localize.term('poll.vote.vetoed'), tone: 'info' };
      this.announcer.announce(this.notice.text);
      return;
    }
    const changing = poll.voted;
    const receipt = this.receipt(poll);
    // Optimistic: the vote shows at once, and rolls back if the backend refuses it.
    this.current = withVote(poll, this.ownVote(poll), vote);
    this.view = 'results';
    this.sending = true;
    this.notice = null;
    try {
      const { poll: saved, receipt: newReceipt } = await setup.polls.vote(poll.id, vote, { idempotencyKey: idempotencyKey(), receipt });
      if (saved.anonymous) saveBallot(saved.id, this.user?.id, { receipt: newReceipt ?? receipt, vote });
      this.current = saved;
      this.view = null;
      const t = this.localize;
      this.announcer.announce(changing ? t.term('poll.voted.changed') : saved.results ? t.term('poll.voted') : t.term('poll.voted.hidden'));
      this.dispatchEvent(new PollVotedEvent(saved, vote));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.question')?.focus());
    } catch (error) {
      // Back to the poll as it was, the user's choices still selected, with a clear reason.
      this.current = poll;
      const text = await this.voteErrorText(this.fail('vote', error), poll);
      const now = this.current;
      if (now.status === 'open' && now.voted && !this.canChange(now)) {
        // Already counted elsewhere and not changeable: the results, and why this vote was refused.
        this.view = null;
        this.notice = { text, tone: 'error' };
      } else {
        this.view = 'ballot';
        this.voteError = text;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.vote-error')?.focus());
      }
    } finally {
      this.sending = false;
    }
  }

  private async voteErrorText(error: ChorusError, poll: Poll): Promise<string> {
    const t = this.localize;
    if (error instanceof ValidationError) {
      const field = error.fieldErrors[0];
      if (field?.field === 'writeIn') {
        this.writeInError = fieldErrorText(t, field);
        return t.term('poll.vote.failed');
      }
      if (field?.field === 'receipt') return t.term('poll.error.receipt');
      if (field?.code === 'too-many' && field.params?.max !== undefined) return `${t.term('poll.vote.failed')} ${t.term('poll.too-many', field.params.max)}`;
      if (field?.code === 'invalid' && field.field === 'optionIds') return t.term('poll.error.unknown-option');
      if (field?.field === 'score') return t.term('poll.enps.required');
      return `${t.term('poll.vote.failed')} ${field ? fieldErrorText(t, field) : errorText(t, error)}`;
    }
    if (error instanceof ConflictError) {
      // A conflict has several causes; the poll as it is now says which.
      try {
        const now = await this.setup.value!.polls.getPoll(poll.id);
        this.current = now;
        if (now.status === 'closed') return t.term('poll.error.closed');
        if (now.status === 'scheduled') return t.term('poll.error.not-open');
        if (now.voted) return now.anonymous ? t.term('poll.error.already-voted-anonymous') : t.term('poll.error.already-voted');
      } catch {
        /* fall through to the general message */
      }
    }
    return `${t.term('poll.vote.failed')} ${errorText(t, error)} ${t.term('poll.vote.kept')}`;
  }

  private focusChoices(): void {
    const root = this.renderRoot;
    const target = this.writeInError ? root.querySelector<HTMLElement>('#write-in') : root.querySelector<HTMLElement>('fieldset input:checked, fieldset input');
    target?.focus();
  }

  private async approve(writeInId: string, text: string): Promise<void> {
    const setup = this.setup.value;
    const poll = this.current;
    if (!setup || !poll || this.approving.has(writeInId)) return;
    this.approving = new Set([...this.approving, writeInId]);
    try {
      this.adopt(await setup.polls.approveWriteIn(poll.id, writeInId));
      this.announcer.announce(this.localize.term('poll.writein.approved', text));
    } catch (error) {
      this.notice = { text: `${this.localize.term('poll.writein.failed')} ${errorText(this.localize, this.fail('approveWriteIn', error))}`, tone: 'error' };
    } finally {
      this.approving = new Set([...this.approving].filter((id) => id !== writeInId));
    }
  }

  private async closePoll(): Promise<void> {
    const setup = this.setup.value;
    const poll = this.current;
    if (!setup || !poll) return;
    this.confirmingClose = false;
    try {
      this.adopt(await setup.polls.closePoll(poll.id));
      this.view = null;
      this.notice = { text: this.localize.term('poll.manage.closed'), tone: 'info' };
      this.announcer.announce(this.notice.text);
    } catch (error) {
      this.notice = { text: `${this.localize.term('poll.manage.close.failed')} ${errorText(this.localize, this.fail('closePoll', error))}`, tone: 'error' };
    }
  }

  private async create(event: PollComposerSubmitEvent): Promise<void> {
    const setup = this.setup.value;
    const composer = this.composerEl;
    if (!setup || !composer || this.creating) return;
    const t = this.localize;
    composer.error = '';
    composer.fieldErrors = [];
    if (!this.dispatchEvent(new PollCreateEvent(event.draft))) {
      composer.error = t.term('poll.compose.vetoed');
      return;
    }
    this.creating = true;
    try {
      const poll = await setup.polls.createPoll(event.draft, { idempotencyKey: idempotencyKey() });
      composer.clear();
      this.composerOpen = false;
      this.created = poll;
      this.pollId = poll.id;
      this.adopt(poll);
      this.announcer.announce(`${t.term('poll.compose.created')} ${t.term('poll.compose.id')}: ${poll.id}`);
      this.dispatchEvent(new PollCreatedEvent(poll));
    } catch (error) {
      const typed = this.fail('createPoll', error);
      composer.error = `${t.term('poll.compose.failed')} ${errorText(t, typed)}`;
      if (typed instanceof ValidationError) {
        composer.fieldErrors = typed.fieldErrors;
        void composer.updateComplete.then(() => composer.focusFirstInvalid());
      }
    } finally {
      this.creating = false;
    }
  }

  // ---- rendering -----------------------------------------------------------------------------------

  protected override render() {
    const t = this.localize;
    return html`<section part="base" class="poll" dir=${t.dir()} lang=${t.lang()}>
      ${this.setup.render({
        initial: () => this.skeleton(),
        pending: () => this.skeleton(),
        error: (error) => this.loadError(error, () => this.setup.run()),
        complete: (setup) => this.body(setup),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup) {
    const t = this.localize;
    const author = canCreatePolls(setup.user);
    if (!this.pollId) {
      return author ? this.composerSurface(setup, true) : html`<p class="empty">${t.term('poll.none')}</p>`;
    }
    const card = () => {
      const poll = this.current;
      return poll && poll.id === this.pollId ? this.card(poll) : this.skeleton();
    };
    return html`${this.createdNotice()}
      ${this.load.render({
        initial: () => this.skeleton(),
        pending: card,
        error: (error) => (this.current?.id === this.pollId ? card() : this.loadError(error, () => this.load.run())),
        complete: card,
      })}
      ${author && this.composer ? this.composerSurface(setup, false) : nothing}`;
  }

  private card(poll: Poll) {
    return this.mode === 'ballot' ? this.ballotCard(poll) : this.resultsCard(poll);
  }

  private header(poll: Poll): TemplateResult {
    const t = this.localize;
    // User text takes its own direction (dir="auto"), so an English question reads right in an RTL page.
    return html`${poll.description ? html`<p class="description" dir="auto">${poll.description}</p>` : nothing}
      <div class="meta" id="meta">
        ${this.deadline(poll)}
        ${poll.anonymous ? html`<span class="meta-item anonymous">${icon.shield}<span>${t.term('poll.anonymous')}</span></span>` : nothing}
        <span class="meta-item by">${t.term('poll.by', poll.createdBy.name)}</span>
      </div>`;
  }

  private deadline(poll: Poll): TemplateResult | typeof nothing {
    const t = this.localize;
    const full = (iso: string) => t.date(iso, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
    if (poll.status === 'scheduled' && poll.opensAt) {
      return html`<span class="meta-item status scheduled">${icon.clock}<time datetime=${poll.opensAt}>${t.term('poll.opens-on', full(poll.opensAt))}</time></span>`;
    }
    if (poll.status === 'closed') {
      const at = poll.closesAt;
      return html`<span class="meta-item status closed"><span class="dot" aria-hidden="true"></span>${at
        ? html`<time datetime=${at}>${t.term('poll.closed-on', t.date(at, { dateStyle: 'medium' }))}</time>`
        : t.term('poll.closed-on', '')}</span>`;
    }
    if (!poll.closesAt) return nothing;
    const [value, unit] = timeLeft(Date.parse(poll.closesAt) - this.now());
    const soon = unit === 'second' || unit === 'minute';
    return html`<span class="meta-item status open${soon ? ' soon' : ''}">${icon.clock}<time datetime=${poll.closesAt} title=${full(poll.closesAt)}
      >${t.term('poll.closes', t.relativeTime(value, unit, { numeric: 'always' }))}</time></span>`;
  }

  private ballotCard(poll: Poll) {
    const t = this.localize;
    const open = poll.status === 'open';
    const disabled = !open || this.sending;
    const multiple = poll.kind === 'multiple';
    const count = this.selected.size;
    const hint = multiple
      ? html`<p class="hint" id="hint">${t.term('poll.choose-up-to', poll.maxChoices)} <span class="count${count > poll.maxChoices ? ' over' : ''}">${t.term('poll.chosen', count, poll.maxChoices)}</span></p>`
      : poll.kind === 'enps' ? html`<p class="hint visually-hidden" id="hint">${t.term('poll.enps.scale', t.term('poll.enps.low'), t.term('poll.enps.high'))}</p>` : nothing;
    const described = ['meta', hint === nothing ? '' : 'hint', this.choiceError ? 'choice-error' : ''].filter(Boolean).join(' ');
    return html`<form class="card" part="poll" novalidate @submit=${this.submit}>
      <fieldset ?disabled=${disabled} aria-describedby=${described}>
        <legend class="question" part="question" dir="auto">${poll.question}</legend>
        ${this.header(poll)}
        ${hint}
        ${poll.kind === 'enps'
          ? enpsScale(this.score, disabled, t, (n) => this.chooseScore(n))
          : choices(poll, {
              t, selected: this.selected, writeIn: this.writeIn, disabled, invalid: !!this.choiceError,
              writeInError: this.writeInError, toggle: (id, checked) => this.toggle(id, checked), setWriteIn: (text) => this.setWriteIn(text),
            })}
        ${this.choiceError ? html`<p class="field-error" id="choice-error">${this.choiceError}</p>` : nothing}
      </fieldset>
      ${this.voteError ? html`<p class="form-error vote-error" role="alert" tabindex="-1">${this.voteError}</p>` : nothing}
      ${this.noticeView()}
      <div class="actions">
        ${open
          ? html`<button type="submit" class="primary" part="vote" aria-disabled=${this.sending ? 'true' : 'false'}>
              ${this.sending ? t.term('poll.voting') : poll.voted ? t.term('poll.vote.update') : t.term('poll.vote')}</button>`
          : poll.status === 'scheduled' ? html`<p class="muted">${t.term('poll.not-open')}</p>` : nothing}
        ${poll.voted && open
          ? html`<button type="button" class="secondary" @click=${() => this.showResults()}>${t.term('poll.keep')}</button>`
          : poll.results ? html`<button type="button" class="secondary" @click=${() => this.showResults()}>${t.term('poll.see-results')}</button>` : nothing}
        ${this.manageActions(poll)}
      </div>
    </form>`;
  }

  private showResults(): void {
    const poll = this.current!;
    // Leaving a change unsent puts the selection back to the vote that counts.
    if (poll.voted) this.selectionOf = '';
    this.adopt(poll);
    this.view = 'results';
  }

  private resultsCard(poll: Poll) {
    const t = this.localize;
    const mine = this.ownVote(poll);
    const open = poll.status === 'open';
    return html`<div class="card" part="poll">
      <h2 class="question" part="question" tabindex="-1" dir="auto">${poll.question}</h2>
      ${this.header(poll)}
      <div class="results" part="results" aria-busy=${this.sending ? 'true' : 'false'}>
        ${poll.results
          ? poll.kind === 'enps' && poll.results.enps
            ? enpsResults(poll.results, mine?.score ?? null, t)
            : optionResults(poll, poll.results, mine, { t, approving: this.approving, approve: (id, text) => void this.approve(id, text) })
          : this.sending ? html`<p class="hidden-results">${t.term('poll.voting')}</p>` : html`${hiddenResults(poll, t)}${this.ownVoteNote(poll, mine)}`}
        ${this.ownAnswerNote(poll, mine)}
      </div>
      ${this.noticeView()}
      <div class="actions">
        ${this.sending ? html`<p class="muted saving">${t.term('poll.voting')}</p>` : nothing}
        ${!this.sending && this.canChange(poll) ? html`<button type="button" class="secondary" @click=${() => this.changeVote()}>${t.term('poll.change')}</button>` : nothing}
        ${!this.sending && !poll.voted && open ? html`<button type="button" class="secondary" @click=${() => (this.view = 'ballot')}>${t.term('poll.back-to-vote')}</button>` : nothing}
        ${poll.anonymous && poll.voted && open && poll.allowChangeVote && !this.receipt(poll) ? html`<p class="muted">${t.term('poll.voted-elsewhere')}</p>` : nothing}
        ${this.manageActions(poll)}
      </div>
    </div>`;
  }

  private changeVote(): void {
    this.selectionOf = '';
    this.adopt(this.current!);
    this.view = 'ballot';
    void this.updateComplete.then(() => this.focusChoices());
  }

  /** With the results hidden, what the user chose is still theirs to see. */
  private ownVoteNote(poll: Poll, mine: PollVote | null) {
    if (!mine) return nothing;
    const t = this.localize;
    const labels = poll.kind === 'enps'
      ? [t.number(mine.score ?? 0)]
      : [...poll.options.filter((o) => mine.optionIds.includes(o.id)).map((o) => o.label), ...(mine.writeIn ? [mine.writeIn] : [])];
    return html`<p class="own"><span class="badge mine" part="badge">${t.term('poll.your-vote.is', t.list(labels))}</span></p>`;
  }

  /** The user's written answer while it awaits approval: counted, but not yet shown among the results. */
  private ownAnswerNote(poll: Poll, mine: PollVote | null) {
    if (!mine?.writeIn || !poll.results) return nothing;
    const shown = poll.results.writeIns.some((w) => foldLabel(w.text) === foldLabel(mine.writeIn!));
    if (shown) return nothing;
    const t = this.localize;
    return html`<p class="note own-answer"><span class="badge mine" part="badge">${t.term('poll.your-answer', mine.writeIn)}</span> ${t.term('poll.your-answer.pending')}</p>`;
  }

  private manageActions(poll: Poll) {
    if (!poll.canManage || poll.status === 'closed') return nothing;
    const t = this.localize;
    if (!this.confirmingClose) {
      return html`<button type="button" class="ghost manage" @click=${() => (this.confirmingClose = true)}>${t.term('poll.manage.close')}</button>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="confirm-close">
      <p id="confirm-close">${t.term('poll.manage.close.confirm')}</p>
      <button type="button" class="danger" @click=${() => void this.closePoll()}>${t.term('poll.manage.close')}</button>
      <button type="button" class="secondary" @click=${() => (this.confirmingClose = false)}>${t.term('common.cancel')}</button>
    </div>`;
  }

  private noticeView() {
    if (!this.notice) return nothing;
    return html`<div class="notice ${this.notice.tone}" role=${this.notice.tone === 'error' ? 'alert' : 'status'}>
      <span>${this.notice.text}</span>
      <button type="button" class="ghost" @click=${() => (this.notice = null)}>${this.localize.term('common.dismiss')}</button>
    </div>`;
  }

  private createdNotice() {
    const poll = this.created;
    if (!poll || poll.id !== this.pollId) return nothing;
    const t = this.localize;
    return html`<div class="notice info created" role="status">
      <span>${t.term('poll.compose.created')}</span>
      <label class="poll-id">${t.term('poll.compose.id')} <input readonly .value=${poll.id} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} /></label>
      <button type="button" class="ghost" @click=${() => (this.created = null)}>${t.term('common.dismiss')}</button>
    </div>`;
  }

  private composerSurface(setup: Setup, standalone: boolean) {
    const t = this.localize;
    const open = standalone || this.composerOpen;
    return html`<div class="composer-surface${standalone ? '' : ' below'}" part="composer">
      ${standalone
        ? nothing
        : html`<button type="button" class="secondary toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="composer"
            @click=${() => (this.composerOpen = !this.composerOpen)}>${t.term('poll.compose.toggle')}</button>`}
      ${open
        ? html`<chorus-poll-composer id="composer" .theme=${this.theme} .limits=${setup.limits} .now=${this.now} ?sending=${this.creating}
            .draftKey=${`chorus:poll-draft:${location.pathname}#${this.id}`}
            @chorus-poll-composer-submit=${(e: PollComposerSubmitEvent) => void this.create(e)}></chorus-poll-composer>`
        : nothing}
    </div>`;
  }

  private skeleton() {
    return html`<div class="card skeleton" role="status"><span class="visually-hidden">${this.localize.term('common.loading')}</span>
      <span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span>
    </div>`;
  }

  private loadError(error: unknown, retry: () => unknown) {
    const t = this.localize;
    if (isAbort(error)) return this.skeleton();
    if (error instanceof NotFoundError) return html`<div class="load-error" role="alert"><p>${t.term('poll.not-found')}</p></div>`;
    const message = error instanceof ChorusError ? errorText(t, error) : errorText(t, null);
    return html`<div class="load-error" role="alert">
      <p><strong>${t.term('poll.load-error')}</strong> ${message}</p>
      ${error instanceof UnsupportedError ? nothing : html`<button class="secondary" @click=${() => void retry()}>${t.term('common.retry')}</button>`}
    </div>`;
  }
}
