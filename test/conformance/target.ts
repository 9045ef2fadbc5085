import type { ChorusAdapter } from '../../src/adapter/port.js';
import type { RateLimit } from '../../src/core/kudos.rules.js';

/*
 * What the kudos conformance suite runs against: a backend reached through the port, as several
 * users. Each `*.test.ts` file next to this one builds a target (the embedded adapter, the REST
 * adapter on MSW, on the reference server, on PostgreSQL, or on any URL) and hands it to
 * `kudosConformance` in kudos.suite.ts.
 */

/**
 * The users the suites act as. `a`, `b` and `c` are ordinary employees (no moderator, admin or
 * poll-author role), three different people; `moderator` has the `moderator` or `admin` role. `d`
 * is only needed for the rate-limit check, which uses up that person's allowance. `pollAuthor`
 * (role `poll-author` or `admin`) creates the polls of poll.suite.ts; without it, the poll checks
 * that need a poll are skipped. `recipient` (role `feedback-recipient` or `admin`) reads and
 * answers the feedback inbox of feedback.suite.ts; without it, the inbox checks are skipped.
 * `postAuthor` (role `post-author`, not `post-approver`) and `postApprover` (role `post-approver`)
 * write and approve posts in the share card's publishing checks; without them, those are skipped.
 * `insights` (role `insights` or `admin`) reads the programme's figures; without it, those checks are skipped.
 */
export type UserKey = 'a' | 'b' | 'c' | 'moderator' | 'd' | 'pollAuthor' | 'recipient' | 'postAuthor' | 'postApprover' | 'insights';
export const USER_KEYS: readonly UserKey[] = ['a', 'b', 'c', 'moderator', 'd', 'pollAuthor', 'recipient', 'postAuthor', 'postApprover', 'insights'];

export interface ConformanceCapabilities {
  /**
   * Nobody else writes to the backend while the suite runs (a fresh database, a fresh mock).
   * Enables the exact checks: whole pages compared with one long page, the wall walked to its
   * end. Against a shared backend, the suite only checks what it created itself.
   */
  exclusive: boolean;
  /** The backend serves live updates (`live.subscribe`). */
  live: boolean;
  /** The per-person kudos limit the backend enforces, checked with user `d`; null: not checked. */
  rateLimit: RateLimit | null;
  /**
   * Checks this target is known to fail, by check id, with why. They still run, as TODO: the
   * output shows whether they pass, and they do not fail the run. Fix the target, then remove
   * the entry.
   */
  knownGaps?: Partial<Record<string, string>>;
}

export interface ConformanceTarget {
  /** Shown in test names: `memory`, `rest → msw`, `rest → server (pglite)`… */
  name: string;
  /** The person id each user signs in as (the suite checks it with `me`). */
  users: Partial<Record<UserKey, string>>;
  /** An adapter acting as that user; the same one each time it is asked for. */
  as(user: UserKey): Promise<ChorusAdapter>;
  capabilities: ConformanceCapabilities;
  /** Disposes of the adapters and stops whatever the target started. Called once, after the suite. */
  close(): Promise<void>;
}
