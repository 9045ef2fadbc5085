import type { FeedbackConfig } from '../../core/feedback.js';
import type { KudosConfig } from '../../core/kudos.js';
import type { CurrentUser } from '../../core/people.js';
import type { PollLimits } from '../../core/poll.js';
import type { RateLimit } from './kudos.rules.js';
import type { MemoryState } from './state.js';
import type { MemoryStore } from './store.js';

/** What the memory ports share; the adapter builds it, so none of it is public API. */
export interface MemoryRuntime {
  readonly store: MemoryStore;
  readonly config: KudosConfig;
  /** Hosts kudos images may come from (MemoryAdapterOptions.imageHosts). */
  readonly imageHosts: readonly string[];
  readonly rateLimit: RateLimit;
  readonly pollLimits: PollLimits;
  readonly feedbackConfig: FeedbackConfig;
  /** Anonymous feedback writes (sends and replies) per device, i.e. per adapter instance. */
  readonly feedbackRateLimit: RateLimit;
  /** Reports that hide an item until a moderator looks (MemoryAdapterOptions.moderation; 0: never). */
  readonly autoHideReports: number;
  /** The signed-in user's id (changes with `setCurrentUser`). */
  userId(): string;
  now(): number;
  /** Latency, random failure and abort, as a request to a server would have. */
  roundTrip(signal?: AbortSignal): Promise<void>;
  /** The signed-in user as recorded in `state`. */
  viewer(state: MemoryState): CurrentUser;
}
