import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import {
  BADGES,
  LEADERBOARD_LIVE_TOPICS,
  METRICS,
  PERIODS,
  type BoardQuery,
  type EarnedBadge,
  type LeaderboardConfig,
  type Metric,
  type Period,
  type Row,
  type Scope,
  type TeamScore,
} from '../../core/leaderboard.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { WidgetController, type WidgetSetup } from '../../controllers/widget.controller.js';
import { WindowingController } from '../../controllers/windowing.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enLeaderboard } from '../../i18n/en.leaderboard.js';
import { playMoves, positionsOf, type Positions } from '../../ui/flip.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { badgeCard } from './badge-icon.js';
import { BoardController, type BoardMoves } from './board.controller.js';
import { rowView, type RowOptions } from './board.view.js';
import { moveAnnouncement } from './moves.js';
import { SummaryController } from './summary.controller.js';
import { leaderboardStyles } from './leaderboard.styles.js';

export type { LeaderboardPort } from '../../adapter/leaderboard.port.js';

type Setup = WidgetSetup<'leaderboard', { config: LeaderboardConfig }>;

/** From this many rows the board renders only what is in view (the virtualizer is loaded then, not before). */
export const WINDOWED_FROM = 150;
/** Rows either side of the viewer's with "Show my place". */
const AROUND = 5;
const SCOPES: readonly Scope[] = ['people', 'teams'];
const TEAM_SCORES: readonly TeamScore[] = ['total', 'per-head'];

/**
 * Rankings from the activity the other widgets record (kudos given and received, shares and their
 * clicks, poll votes), with badges. Standard competition ranking (1, 2, 2, 4) with ties said as
 * ties; rank changes against the previous period as arrows and in words; the viewer's own row
 * pinned when outside the top ("You are 37th of 412") and the board around them on request. The
 * viewer opts out (and back in) from the widget. Follows the kudos, share and poll live topics:
 * rows slide to their new places (unless reduced motion is asked for) and the change is announced.
 * Long boards page in from the backend and render only the rows in view.
 *
 * @summary Fair rankings and badges from kudos, shares and polls.
 * @tag chorus-leaderboard
 *
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The element also shows it.
 *
 * @csspart base - The outer section.
 * @csspart options - The period, metric and scope choices.
 * @csspart board - The list of rows.
 * @csspart row - One row of the board.
 * @csspart pinned - The viewer's own row when it is below the rows shown.
 * @csspart summary - The viewer's standing, badges and opt-out.
 *
 * @cssproperty --chorus-accent - Accent colour: buttons, the viewer's row.
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-surface-subtle - Rows' background on hover and the viewer's summary.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-success - Rank up.
 * @cssproperty --chorus-danger - Rank down and errors.
 * @cssproperty --chorus-radius - Corner radius.
 *
 * @cssstate loading - While the first board loads.
 */
export class ChorusLeaderboard extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, fieldStyles, ...leaderboardStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** `week`, `month`, `quarter`, `all` or `rolling-30` (the last 30 days). The person may change it. */
  @property({ reflect: true }) period: Period = 'month';

  /** `points`, `kudos-received`, `kudos-given` or `shares`. The person may change it. */
  @property({ reflect: true }) metric: Metric = 'points';

  /** `people` or `teams`. The person may change it. */
  @property({ reflect: true }) scope: Scope = 'people';

  /** A team's score: `total` or `per-head` (fair to small teams). */
  @property({ attribute: 'team-score', reflect: true }) teamScore: TeamScore = 'total';

  /** The board's heading. Defaults to "Leaderboard" in the page's language. */
  @property() heading = '';

  /** Rows from the top (1–100); "Show more" pages in the rest. */
  @property({ type: Number }) limit = 10;

  /** Hides the period, metric and scope choices (a fixed board: "Top sharers this month"). */
  @property({ type: Boolean, attribute: 'hide-options' }) hideOptions = false;

  @state() private aroundMe = false;
  /** The row that takes Tab in the board (roving tabindex). */
  @state() private active = 0;
  private readonly windowing = new WindowingController(this, WINDOWED_FROM);

  private readonly widget: WidgetController<'leaderboard', { config: LeaderboardConfig }> = new WidgetController(this, {
    port: 'leaderboard',
    load: async (port, { signal }) => ({ config: await port.getLeaderboardConfig({ signal }) }),
    loading: () => this.board.status !== 'ready' && this.board.status !== 'error',
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enLeaderboard);
  private readonly announcer = new AnnouncerController(this);
  private readonly board = new BoardController(this, {
    pageSize: () => this.widget.value?.config.maxLimit ?? 100,
    fail: (operation, error) => this.reportError(operation, error),
  });
  private readonly summary = new SummaryController(this, {
    fail: (operation, error) => this.reportError(operation, error),
    announce: (badges) => this.announceBadges(badges),
  });
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private movedFrom?: Positions;

  constructor() {
    super();
    for (const topic of LEADERBOARD_LIVE_TOPICS)
      new LiveController(
        this,
        topic,
        () => this.widget.adapter,
        () => this.liveChanged(),
      );
  }

  private get query(): BoardQuery {
    const limit = Math.min(Math.max(1, Math.floor(this.limit) || 10), this.widget.value?.config.maxLimit ?? 100);
    const base = { period: this.period, metric: this.metric, scope: this.scope, teamScore: this.teamScore, limit };
    return this.aroundMe ? { ...base, around: AROUND } : base;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const port = this.widget.value?.port;
    this.board.sync(port, this.query);
    this.summary.sync(port);
    if (['period', 'metric', 'scope', 'teamScore', 'aroundMe'].some((k) => changed.has(k as keyof ChorusLeaderboard))) this.active = 0;
  }

  protected override updated(): void {
    if (!this.movedFrom) return;
    const before = this.movedFrom;
    this.movedFrom = undefined;
    // Long boards are windowed: the virtualizer places those rows itself.
    if (!this.windowing.windowed(this.board.rows.length)) playMoves(this.renderRoot.querySelector('.rows'), before);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
  }

  // ---- live ----------------------------------------------------------------------------------------

  /** Activity happened elsewhere (a kudos, a share, a vote): events come in bursts, so refresh once. */
  private liveChanged(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 150);
  }

  private async refresh(): Promise<void> {
    const positions = positionsOf(this.renderRoot.querySelector('.rows'));
    const moves = await this.board.refresh();
    void this.summary.load();
    if (!moves) return;
    this.movedFrom = positions;
    this.announceMoves(moves);
  }

  private announceMoves(moves: BoardMoves): void {
    const text = moveAnnouncement(this.localize, moves, this.board.pinned);
    if (text) this.announcer.announce(text);
  }

  private announceBadges(badges: readonly EarnedBadge[]): void {
    const t = this.localize;
    this.announcer.announce(
      badges
        .map((b) =>
          t.term(
            'leaderboard.new-badge',
            t.term(BADGES[b.id].nameKey as 'leaderboard.badge.firstKudos'),
            t.term(BADGES[b.id].descriptionKey as 'leaderboard.badge.firstKudos'),
          ),
        )
        .join(' '),
    );
  }

  // ---- the person's choices -----------------------------------------------------------------------

  private choose<K extends 'period' | 'metric' | 'scope' | 'teamScore'>(key: K, value: ChorusLeaderboard[K]): void {
    (this as ChorusLeaderboard)[key] = value;
  }

  private toggleAround(): void {
    this.aroundMe = !this.aroundMe;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.around')?.focus());
  }

  private async showMore(): Promise<void> {
    const from = this.board.rows.length;
    const added = await this.board.showMore();
    if (!added) return;
    this.announcer.announce(this.localize.term('leaderboard.loaded-more', added));
    await this.focusRow(from);
  }

  private async setOptOut(optedOut: boolean): Promise<void> {
    if (!(await this.summary.setOptOut(optedOut))) return;
    this.announcer.announce(this.localize.term(optedOut ? 'leaderboard.opt-out.done' : 'leaderboard.opt-in.done'));
    await this.board.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.opt')?.focus();
  }

  // ---- keyboard: arrows, Home, End, Page Up and Page Down move between rows ----------------------

  private onKeydown(event: KeyboardEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const at = Number(row.dataset['index']);
    const last = this.board.rows.length - 1;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last, PageDown: at + 10, PageUp: at - 10 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    void this.focusRow(Math.max(0, Math.min(last, to)));
  }

  private async focusRow(index: number): Promise<void> {
    this.active = index;
    await this.updateComplete;
    const list = this.renderRoot.querySelector<HTMLElement>('.rows');
    const find = () => list?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!find() && list) {
      // A windowed row out of view: scroll it in, then focus it once laid out.
      await this.windowing.reveal(list, index);
      await this.updateComplete;
    }
    find()?.focus();
  }

  // ---- rendering -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="leaderboard frame" aria-labelledby="heading" dir=${t.dir()} lang=${t.lang()}>
      <h2 class="title" id="heading" dir="auto">${this.heading || t.term('leaderboard.heading')}</h2>
      ${this.widget.render({
        loading: () => this.skeleton(),
        error: (error, retry) => loadErrorView(t, error, { heading: t.term('leaderboard.load-error'), retry, loading: () => this.skeleton() }),
        body: (setup) => this.body(setup),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup): TemplateResult {
    const t = this.localize;
    const b = this.board;
    const content = () => {
      if (b.status === 'error' && !b.board)
        return loadErrorView(t, b.error, { heading: t.term('leaderboard.load-error'), retry: () => b.load(), loading: () => this.skeleton() });
      if (!b.board) return this.skeleton();
      if (!b.rows.length && !b.pinned) return emptyView(t.term('leaderboard.empty'), { part: 'empty' });
      return this.boardView();
    };
    return html`${this.hideOptions ? nothing : this.options()} ${this.badgeNotice()} ${content()} ${this.summaryView(setup)}`;
  }

  private options(): TemplateResult {
    const t = this.localize;
    const select = <K extends 'period' | 'metric' | 'scope' | 'teamScore'>(
      key: K,
      id: string,
      values: readonly ChorusLeaderboard[K][],
      label: string,
      word: (v: string) => string,
    ) =>
      html`<div class="option">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => this.choose(key, (e.target as HTMLSelectElement).value as ChorusLeaderboard[K])}>
          ${values.map((v) => html`<option .value=${v} ?selected=${v === this[key]}>${word(v)}</option>`)}
        </select>
      </div>`;
    return html`<div class="options" part="options" role="group" aria-label=${t.term('leaderboard.options')}>
      ${select('period', 'period', PERIODS, t.term('leaderboard.period'), (v) => t.term(`leaderboard.period.${v as Period}`))}
      ${select('metric', 'metric', METRICS, t.term('leaderboard.metric'), (v) => t.term(`leaderboard.metric.${v as Metric}`))}
      ${select('scope', 'scope', SCOPES, t.term('leaderboard.scope'), (v) => t.term(`leaderboard.scope.${v as Scope}`))}
      ${
        this.scope === 'teams'
          ? select('teamScore', 'team-score', TEAM_SCORES, t.term('leaderboard.team-score'), (v) => t.term(`leaderboard.team-score.${v as TeamScore}`))
          : nothing
      }
    </div>`;
  }

  private caption(): string {
    const t = this.localize;
    return t.term(
      'leaderboard.caption',
      t.term(`leaderboard.scope.${this.scope}`),
      t.term(`leaderboard.metric.${this.metric}`),
      t.term(`leaderboard.period.${this.period}`),
    );
  }

  private boardView(): TemplateResult {
    const t = this.localize;
    const b = this.board;
    const board = b.board!;
    const rows = b.rows;
    const o: RowOptions = { t, metric: this.metric, perHead: this.scope === 'teams' && this.teamScore === 'per-head', total: board.total, active: this.active };
    const windowed = this.windowing.windowed(rows.length);
    const last = rows.at(-1);
    const pinned = b.pinned;
    const busy = b.status === 'loading';
    return html`<p class="caption" id="caption">${this.caption()}</p>
      <div
        class="rows ${windowed ? 'windowed' : ''}"
        part="board"
        role="list"
        aria-labelledby="heading caption"
        aria-busy=${busy ? 'true' : 'false'}
        @keydown=${this.onKeydown}
        @focusin=${(e: FocusEvent) => {
          const index = (e.target as HTMLElement).dataset?.['index'];
          if (index !== undefined) this.active = Number(index);
        }}
      >
        ${this.windowing.items(
          rows,
          (row) => row.entrant.id,
          (row, i) => rowView(row, i, o),
          true,
        )}
      </div>
      ${board.moreTied && last ? html`<p class="more-tied">${t.term('leaderboard.more-tied', board.moreTied, t.term('leaderboard.ordinal', last.rank))}</p>` : nothing}
      ${pinned ? this.pinnedView(pinned, board.total) : nothing}
      <div class="board-actions">
        ${
          b.hasMore
            ? html`<button type="button" class="secondary more" aria-disabled=${b.more === 'loading' ? 'true' : 'false'} @click=${() => void this.showMore()}>
                ${b.more === 'loading' ? t.term('leaderboard.loading-more') : t.term('leaderboard.more')}
              </button>`
            : nothing
        }
        ${
          pinned || this.aroundMe
            ? html`<button type="button" class="ghost around" @click=${() => this.toggleAround()}>
                ${this.aroundMe ? t.term('leaderboard.top') : t.term('leaderboard.around-me')}
              </button>`
            : nothing
        }
      </div>
      ${b.more === 'error' ? html`<p class="form-error" role="alert">${t.term('leaderboard.more-failed')}</p>` : nothing}`;
  }

  private pinnedView(row: Row, total: number): TemplateResult {
    const t = this.localize;
    const place = t.term('leaderboard.your-place', t.term('leaderboard.ordinal', row.rank), total);
    return html`<div class="pinned" part="pinned">
      <p class="place">${place}</p>
      <div role="list" aria-label=${place}>
        ${rowView(row, row.rank - 1, { t, metric: this.metric, perHead: this.scope === 'teams' && this.teamScore === 'per-head', total, active: -1 })}
      </div>
    </div>`;
  }

  private badgeNotice(): TemplateResult | typeof nothing {
    const t = this.localize;
    const fresh = this.summary.fresh;
    if (!fresh.length) return nothing;
    return html`<div class="notice success new-badges">
      <ul class="badge-list">${fresh.map((b) => badgeCard(t, b.id))}</ul>
      <button type="button" class="ghost" @click=${() => this.summary.dismissFresh()}>${t.term('common.dismiss')}</button>
    </div>`;
  }

  private summaryView(setup: Setup): TemplateResult | typeof nothing {
    const t = this.localize;
    const s = this.summary.summary;
    if (!s) return nothing;
    const policy = setup.config.optOutPolicy;
    const standing =
      s.rank !== null
        ? t.term('leaderboard.summary.rank', t.term('leaderboard.ordinal', s.rank), s.total, t.term('leaderboard.score.points', s.score))
        : t.term('leaderboard.not-ranked');
    const earned = [...new Set(s.badges.map((b) => b.id))];
    return html`<div class="summary" part="summary">
      <h3 class="summary-title">${t.term('leaderboard.badges')}</h3>
      ${earned.length ? html`<ul class="badge-list">${earned.map((id) => badgeCard(t, id))}</ul>` : html`<p class="hint">${t.term('leaderboard.no-badges')}</p>`}
      <p class="standing">${s.optedOut ? t.term(policy === 'hide' ? 'leaderboard.opted-out.hide' : 'leaderboard.opted-out.pseudonym') : standing}</p>
      <div class="opt-row">
        <button type="button" class="secondary opt" aria-disabled=${this.summary.optOut === 'saving' ? 'true' : 'false'} @click=${() => void this.setOptOut(!s.optedOut)}>
          ${s.optedOut ? t.term('leaderboard.opt-in') : t.term('leaderboard.opt-out')}
        </button>
        ${this.summary.optOut === 'error' ? html`<span class="form-error" role="alert">${t.term('leaderboard.opt-failed')}</span>` : nothing}
      </div>
    </div>`;
  }

  private skeleton(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span><span class="bone"></span><span class="bone short"></span>`);
  }
}
