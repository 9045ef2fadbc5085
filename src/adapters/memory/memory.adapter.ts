import type { ChorusPorts } from '../../adapter/port-names.js';
import type { FeedbackPort, KudosPort, LivePort, MePort, PeoplePort, PollPort } from '../../adapter/port.js';
import { NotFoundError } from '../../core/errors.js';
import type { FeedbackConfig } from '../../core/feedback.js';
import { DEFAULT_FEEDBACK_CONFIG, DEFAULT_FEEDBACK_RATE_LIMIT } from '../../core/feedback.rules.js';
import type { KudosConfig } from '../../core/kudos.js';
import type { CurrentUser } from '../../core/people.js';
import type { PollLimits } from '../../core/poll.js';
import { MemoryFeedbackPort } from './feedback.port.js';
import { MemoryKudosPort } from './kudos.port.js';
import { DEFAULT_KUDOS_LIMITS, DEFAULT_RATE_LIMIT, type RateLimit } from '../../core/kudos.rules.js';
import { toCurrentUser } from './kudos.view.js';
import { roundTrip, type Latency, type NetworkKnobs } from './latency.js';
import { MemoryLivePort, kudosEvents, pollEvents, shareEvents, feedbackEvents, moderationEvents } from './live.port.js';
import { DEFAULT_AUTO_HIDE_REPORTS } from '../../core/moderation.rules.js';
import { isModerator } from '../../core/kudos.rules.js';
import { migrateState } from './migrate.js';
import { MemoryMePort, MemoryPeoplePort } from './people.port.js';
import { MemoryPollPort } from './poll.port.js';
import { DEFAULT_POLL_LIMITS } from './poll.rules.js';
import type { MemoryRuntime } from './runtime.js';
import { DEFAULT_USER_ID, REACTIONS, VALUES } from '../../seed/index.js';
import { seedState } from './seed.js';
import { peopleById, type MemoryState } from './state.js';
import { MemoryStore } from './store.js';
import type { ModerationPort } from '../../adapter/moderation.port.js';
import { MemoryModerationPort } from './moderation.port.js';
import { MemoryShareCardPort } from './share-card.port.js';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import { MemoryLeaderboardPort, type MemoryLeaderboardOptions } from './leaderboard.port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import { MemoryInsightsPort } from './insights.port.js';
/* create:imports */

export const DEFAULT_STORAGE_KEY = 'chorus:memory:v1';

export const DEFAULT_KUDOS_CONFIG: Readonly<KudosConfig> = {
  values: VALUES.map((v) => ({ ...v })),
  reactions: [...REACTIONS],
  ...DEFAULT_KUDOS_LIMITS,
};

export { DEFAULT_RATE_LIMIT };

export interface MemoryAdapterOptions {
  /** Who is signed in. Default: the one chosen last in this tab ("sign in as"), else a seeded employee. */
  userId?: string;
  /** localStorage key; tabs using the same key share and sync their data. Default `'chorus:memory:v1'`. */
  storageKey?: string;
  /** False keeps everything in memory: nothing stored, no cross-tab sync (tests). Default true. */
  persist?: boolean;
  /**
   * The Storage to persist into instead of `globalThis.localStorage` (ignored with `persist: false`).
   * Several adapters in one JS realm given the same `storage` object and `storageKey` behave like
   * browser tabs: they share the data, see each other's writes, and each one's live events are
   * computed for its own user — e.g. one adapter per user over a Map-backed Storage in Node, or
   * in a mock server. They sync only with each other (no BroadcastChannel, no other tabs), and
   * "sign in as" is not remembered in sessionStorage. Default: the page's localStorage.
   */
  storage?: Storage;
  /** Simulated latency per call: ms, or a `[min, max]` range. Default `[150, 400]`. */
  latency?: Latency;
  /** 0..1: the share of calls that fail with NetworkError. Default 0. */
  failureRate?: number;
  /** Overrides of the kudos rules, e.g. `{ requireValue: true, messageMax: 280 }`. */
  config?: Partial<KudosConfig>;
  /**
   * Hosts kudos images may come from: `images.example.com`, or `*.example.com` for its subdomains.
   * Default none: only small PNG, JPEG, GIF, WebP or AVIF `data:` images (core/image.rules.ts).
   */
  imageHosts?: readonly string[];
  /** Kudos one person may give per window. Default 10 per 60 s. */
  rateLimit?: Partial<RateLimit>;
  /** Overrides of the poll limits, e.g. `{ maxOptions: 6, writeInMax: 40 }`. */
  pollLimits?: Partial<PollLimits>;
  /** Overrides of the feedback box, e.g. `{ scoreKind: 'enps', minGroupSize: 3 }`; `categories` replaces the list. */
  feedbackConfig?: Partial<FeedbackConfig>;
  /**
   * Anonymous feedback sends and replies this adapter instance (the device) may make per window.
   * Counted in memory only, never stored. Default 10 per 600 s.
   */
  feedbackRateLimit?: Partial<RateLimit>;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
  /** The leaderboard's points per activity and opt-out policy (`pseudonym` unless `hide`). */
  leaderboard?: MemoryLeaderboardOptions;
  /** Reports that hide a kudos or comment until a moderator looks at it. Default 3; 0 never hides. */
  moderation?: { autoHideReports?: number };
}

/**
 * The embedded default adapter: a whole kudos, polls and feedback backend in the browser, with
 * seeded demo data, so a widget dropped on a page works before any server exists. It enforces the
 * rules a server would (validation, permissions, private visibility, one vote per person, anonymous
 * ballots no one can link to a voter, anonymous feedback that stores nothing about its sender,
 * idempotency, rate limits), keeps what the user did in localStorage and syncs the tabs of the
 * page. `latency` and `failureRate` may be changed at any time, to show loading and error states.
 */
export class MemoryAdapter implements ChorusPorts, NetworkKnobs {
  readonly people: PeoplePort;
  readonly me: MePort;
  readonly kudos: KudosPort;
  readonly polls: PollPort;
  readonly feedback: FeedbackPort;
  readonly moderation: ModerationPort;
  readonly live: LivePort;
  /** Also the mock's click-counting redirect (`followShareRef`). */
  readonly shareCard: MemoryShareCardPort;
  readonly leaderboard: LeaderboardPort;
  readonly insights: InsightsPort;
  /* create:ports */
  readonly storageKey: string;
  latency: Latency;
  failureRate: number;

  private readonly store: MemoryStore;
  private readonly hub = new MemoryLivePort();
  private readonly feedbackPort: MemoryFeedbackPort;
  private readonly config: KudosConfig;
  private readonly persist: boolean;
  /** Whether "sign in as" is remembered in this tab's sessionStorage. */
  private readonly remember: boolean;
  private userId: string;

  constructor(options: MemoryAdapterOptions = {}) {
    this.storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
    this.persist = options.persist ?? true;
    this.remember = this.persist && !options.storage;
    this.latency = options.latency ?? [150, 400];
    this.failureRate = options.failureRate ?? 0;
    this.config = { ...structuredClone(DEFAULT_KUDOS_CONFIG), ...structuredClone(options.config ?? {}) };
    const rateLimit = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
    const pollLimits = { ...DEFAULT_POLL_LIMITS, ...options.pollLimits };
    const feedbackConfig: FeedbackConfig = {
      ...structuredClone(DEFAULT_FEEDBACK_CONFIG),
      ...structuredClone(options.feedbackConfig ?? {}),
    };
    const feedbackRateLimit = { ...DEFAULT_FEEDBACK_RATE_LIMIT, ...options.feedbackRateLimit };
    const now = options.now ?? Date.now;

    this.store = new MemoryStore({
      key: this.storageKey,
      persist: this.persist,
      storage: options.storage,
      seed: () => seedState(now()),
      migrate: (stored) => migrateState(stored, now()),
      onChange: (prev, next) => this.announce(prev, next),
    });
    this.userId = DEFAULT_USER_ID;
    const remembered = this.rememberedUser();
    if (options.userId) this.setCurrentUser(options.userId);
    else if (remembered && this.knows(remembered)) this.userId = remembered;

    const runtime: MemoryRuntime = {
      store: this.store,
      config: this.config,
      imageHosts: [...(options.imageHosts ?? [])],
      rateLimit,
      pollLimits,
      feedbackConfig,
      feedbackRateLimit,
      autoHideReports: Math.max(0, Math.floor(options.moderation?.autoHideReports ?? DEFAULT_AUTO_HIDE_REPORTS)),
      userId: () => this.userId,
      now,
      roundTrip: (signal) => roundTrip(this, signal),
      viewer: (state) => this.viewer(state),
    };
    this.people = new MemoryPeoplePort(runtime);
    this.me = new MemoryMePort(runtime);
    this.kudos = new MemoryKudosPort(runtime);
    this.polls = new MemoryPollPort(runtime);
    this.feedback = this.feedbackPort = new MemoryFeedbackPort(runtime);
    this.moderation = new MemoryModerationPort(runtime);
    this.shareCard = new MemoryShareCardPort(runtime);
    this.leaderboard = new MemoryLeaderboardPort(runtime, options.leaderboard);
    this.insights = new MemoryInsightsPort(runtime);
    /* create:port-instances */
    this.live = this.hub;
  }

  get currentUserId(): string {
    return this.userId;
  }

  /** Everyone in the directory with their roles, for a demo's "sign in as" switcher. */
  listUsers(): CurrentUser[] {
    return this.store.read().people.map(toCurrentUser);
  }

  /**
   * Signs in as another person, in this adapter only (other tabs keep their own user); the
   * choice survives a reload of this tab. Widgets should reload their data afterwards.
   */
  setCurrentUser(id: string): void {
    if (!this.knows(id)) throw new NotFoundError(`No person with id "${id}".`);
    this.userId = id;
    if (!this.remember) return;
    try {
      sessionStorage.setItem(`${this.storageKey}:user`, id);
    } catch {
      // Not remembered across reloads; the switch itself still works.
    }
  }

  /** Back to the seeded demo data, in every tab; live subscribers see the differences. */
  reset(): void {
    this.store.reset();
  }

  /** Stops listening to other tabs and drops live subscribers (tests, hot reload). */
  dispose(): void {
    this.store.close();
    this.hub.clear();
  }

  private knows(id: string): boolean {
    return peopleById(this.store.read()).has(id);
  }

  private rememberedUser(): string | null {
    if (!this.remember) return null;
    try {
      return sessionStorage.getItem(`${this.storageKey}:user`);
    } catch {
      return null;
    }
  }

  private viewer(state: MemoryState): CurrentUser {
    const people = peopleById(state);
    // The user may vanish only through a reset to different data; fall back to the default.
    const user = people.get(this.userId) ?? people.get(DEFAULT_USER_ID) ?? state.people[0];
    if (!user) throw new NotFoundError('The demo directory is empty.');
    return user;
  }

  private announce(prev: MemoryState, next: MemoryState): void {
    if (this.hub.has('kudos')) this.hub.publish(kudosEvents(prev, next, this.config.reactions, this.userId));
    if (this.hub.has('poll')) this.hub.publish(pollEvents(prev, next));
    if (this.hub.has('share')) this.hub.publish(shareEvents(prev, next));
    if (this.hub.has('feedback')) this.hub.publish(feedbackEvents(prev, next, this.feedbackPort.cutoff(), this.feedbackPort.isRecipient(next)));
    if (this.hub.has('moderation') && isModerator(this.viewer(next))) this.hub.publish(moderationEvents(prev, next));
    this.feedbackPort.threadsChanged(prev, next);
  }
}
