import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import { isAbort } from '../../core/errors.js';
import type { Board, BoardQuery, Row } from '../../core/leaderboard.js';

export type BoardStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a live refresh changed: each entrant's rank before it, for the announcement and the animation. */
export interface BoardMoves {
  before: ReadonlyMap<string, number>;
  rows: readonly Row[];
}

export interface BoardOptions {
  /** Rows per "Show more" page (the backend's maxLimit). */
  pageSize(): number;
  fail(operation: string, error: unknown): void;
}

const sameQuery = (a: BoardQuery | undefined, b: BoardQuery) => !!a && JSON.stringify(a) === JSON.stringify(b);

/**
 * The board's rows as the widget shows them: the first page for the query (the top `limit`, or the
 * rows around the viewer), later pages appended by `showMore()` (offset paging, ranked by the
 * backend), and live refreshes that replace the first page in place. A newer load makes older
 * answers stale: only the latest is kept.
 */
export class BoardController implements ReactiveController {
  status: BoardStatus = 'idle';
  error: unknown = null;
  rows: Row[] = [];
  /** The latest first page's answer: pinned row, total, ties cut, opt-out. */
  board: Board | null = null;
  more: 'idle' | 'loading' | 'error' = 'idle';

  private port?: LeaderboardPort;
  private query?: BoardQuery;
  private run = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: BoardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    // A reconnected board loads again.
    this.query = undefined;
  }

  /** Loads the board when the port or the query changed. */
  sync(port: LeaderboardPort | undefined, query: BoardQuery): void {
    if (!port || (port === this.port && sameQuery(this.query, query))) return;
    this.port = port;
    this.query = query;
    void this.load();
  }

  /** The viewer's row, pinned under the board, when it is not among the rows shown. */
  get pinned(): Row | null {
    const me = this.board?.me ?? null;
    return me && !this.rows.some((r) => r.isMe) ? me : null;
  }

  /** Whether rows remain beyond those shown (never around the viewer: that window is whole). */
  get hasMore(): boolean {
    return !!this.board && this.query?.around === undefined && this.rows.length < this.board.total;
  }

  async load(): Promise<void> {
    const { port, query } = this;
    if (!port || !query) return;
    const run = ++this.run;
    this.abort?.abort();
    const signal = (this.abort = new AbortController()).signal;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const board = await port.getBoard(query, { signal });
      if (run !== this.run) return;
      this.board = board;
      this.rows = board.rows;
      this.status = 'ready';
      this.more = 'idle';
    } catch (error) {
      if (run !== this.run || isAbort(error)) return;
      this.error = error;
      this.status = 'error';
      this.o.fail('getBoard', error);
    }
    this.host.requestUpdate();
  }

  async showMore(): Promise<number> {
    const { port, query } = this;
    if (!port || !query || !this.hasMore || this.more === 'loading') return 0;
    const run = this.run;
    this.more = 'loading';
    this.host.requestUpdate();
    try {
      const page = await port.getBoard({ ...query, offset: this.rows.length, limit: this.o.pageSize() }, { signal: this.abort?.signal });
      if (run !== this.run) return 0;
      const known = new Set(this.rows.map((r) => r.entrant.id));
      const added = page.rows.filter((r) => !known.has(r.entrant.id));
      this.rows = [...this.rows, ...added];
      this.board = { ...this.board!, total: page.total, moreTied: page.moreTied };
      this.more = 'idle';
      this.host.requestUpdate();
      return added.length;
    } catch (error) {
      if (run !== this.run || isAbort(error)) return 0;
      this.more = 'error';
      this.o.fail('getBoard', error);
      this.host.requestUpdate();
      return 0;
    }
  }

  /**
   * Fetches the first page again (after activity elsewhere on the page) and puts it in place of the
   * one shown; rows of later pages stay until the next load. Resolves with what moved, or null when
   * nothing was shown or the answer is stale.
   */
  async refresh(): Promise<BoardMoves | null> {
    const { port, query } = this;
    if (!port || !query || this.status !== 'ready') return null;
    const run = this.run;
    try {
      const board = await port.getBoard(query, { signal: this.abort?.signal });
      if (run !== this.run) return null;
      const before = new Map([...this.rows, ...(this.board?.me ? [this.board.me] : [])].map((r) => [r.entrant.id, r.rank]));
      const fresh = new Set(board.rows.map((r) => r.entrant.id));
      const rest = this.rows.slice(this.board?.rows.length ?? 0).filter((r) => !fresh.has(r.entrant.id));
      this.board = board;
      this.rows = [...board.rows, ...rest];
      this.host.requestUpdate();
      return { before, rows: board.rows };
    } catch (error) {
      // The board shown stays; the next event or load tries again.
      if (!isAbort(error)) this.o.fail('getBoard', error);
      return null;
    }
  }
}
