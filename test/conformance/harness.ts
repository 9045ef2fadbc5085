import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { ChorusAdapter } from '../../src/adapter/port.js';
import type { CurrentUser } from '../../src/core/people.js';
import { USER_KEYS, type ConformanceTarget, type UserKey } from './target.js';

/*
 * What every conformance suite (kudos, poll, feedback…) shares: the users signed in once per
 * target, `check` (a test that is skipped when the target cannot run it, saying why, or run as
 * TODO when the target lists it as a known gap), groups, and the report of what was skipped. The
 * target is closed after the last of its suites, whichever that is, so the suites run in any order.
 */

export const T = { call: 20_000, live: 30_000 } as const;

export interface User {
  key: UserKey;
  adapter: ChorusAdapter;
  me: CurrentUser;
}

/** What a check needs from the target; anything missing skips it, with the reason printed. */
export interface Needs {
  users?: UserKey[];
  live?: boolean;
  rateLimit?: boolean;
  exclusive?: boolean;
  /** Any other reason to skip, or false. */
  unless?: string | false;
}

export interface SuiteOptions {
  /** `kudos`, `poll`, `feedback`: in the suite's title, its report and its idempotency keys. */
  feature: string;
  /** The users every check needs (more per check with `needs.users`). */
  everyone: UserKey[];
  /** The feature's port: on a target whose adapters lack it, every check is skipped, saying so. */
  port?: keyof ChorusAdapter;
  /** Ports without which the suite cannot run at all: missing, they fail it. */
  requires?: (keyof ChorusAdapter)[];
}

export interface Suite {
  target: ConformanceTarget;
  caps: ConformanceTarget['capabilities'];
  /** Unique to this run of this suite: put it in what the suite writes, to recognise it. */
  run: string;
  has(key: UserKey): boolean;
  u(key: UserKey): User;
  /** The person id of a user. */
  id(key: UserKey): string;
  /** A number never used before in this suite. */
  next(): number;
  /** A fresh idempotency key. */
  key(): string;
  check(checkId: string, title: string, needs: Needs, fn: () => Promise<void>, timeout?: number): void;
  /** Checks that share needs: a group the target cannot run is reported once, not check by check. */
  group(title: string, needs: Needs, body: () => void): void;
  /** Runs `setup` once the users are signed in and the port is there (to read the feature's configuration). */
  onReady(setup: () => Promise<void>): void;
}

/** Each target's users, signed in once for all its suites. */
const signedIn = new WeakMap<ConformanceTarget, Promise<Record<UserKey, User>>>();
/** How many suites of each target have not finished yet: the last one closes it. */
const open = new WeakMap<ConformanceTarget, number>();

function signIn(target: ConformanceTarget): Promise<Record<UserKey, User>> {
  let users = signedIn.get(target);
  if (!users) {
    users = (async () => {
      const all = {} as Record<UserKey, User>;
      await Promise.all(
        USER_KEYS.filter((k) => target.users[k]).map(async (k) => {
          const adapter = await target.as(k);
          assert.ok(adapter.me, `user ${k}'s adapter lacks the me port`);
          try {
            all[k] = { key: k, adapter, me: await adapter.me.getCurrentUser() };
          } catch (error) {
            throw new Error(`user ${k} could not sign in (GET /me): ${String(error)}`, { cause: error });
          }
        }),
      );
      return all;
    })();
    signedIn.set(target, users);
  }
  return users;
}

/** Declares one feature's suite against `target`; `body` declares its checks with the suite's `check` and `group`. */
export function conformanceSuite(target: ConformanceTarget, options: SuiteOptions, body: (suite: Suite) => void): void {
  const { feature } = options;
  const caps = target.capabilities;
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let users = {} as Record<UserKey, User>;
  let n = 0;
  /** Why no check can run (the target has no such port), once known. */
  let noPort: string | null = null;
  const skipped: string[] = [];
  const todo: string[] = [];
  /** The suite's own setup (`onReady`), run once the users are signed in. */
  let ready = async () => {};
  /** Set while the checks of a skipped group are declared: the group is listed, not each check. */
  let inSkippedGroup = false;

  const has = (key: UserKey) => !!target.users[key];

  function whyNot(needs: Needs): string | false {
    const missing = (needs.users ?? []).filter((k) => !has(k));
    if (missing.length) return `needs user${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
    if (needs.live && !caps.live) return 'the target has no live updates';
    if (needs.rateLimit && !caps.rateLimit) return 'the target does not say which rate limit it enforces';
    if (needs.exclusive && !caps.exclusive) return 'others may write to this backend meanwhile (not exclusive)';
    return needs.unless ?? false;
  }

  const suite: Suite = {
    target,
    caps,
    run,
    has,
    u: (key) => users[key],
    id: (key) => users[key].me.id,
    next: () => ++n,
    key: () => `conformance-${feature}-${run}-${++n}`,
    check(checkId, title, needs, fn, timeout = T.call) {
      const skip = whyNot({ ...needs, users: [...options.everyone, ...(needs.users ?? [])] });
      const gap = caps.knownGaps?.[checkId];
      if (skip && !inSkippedGroup) skipped.push(`${checkId}: ${skip}`);
      else if (gap) todo.push(`${checkId}: ${gap}`);
      it(`${title} [${checkId}]`, { skip, todo: gap ?? false, timeout }, async (t: TestContext) => {
        if (noPort) t.skip(noPort);
        else await fn();
      });
    },
    group(title, needs, declare) {
      const skip = whyNot(needs);
      if (skip) skipped.push(`${title} (all of it): ${skip}`);
      describe(title, { skip }, () => {
        // Node may or may not build a skipped group's checks; either way they are listed once.
        inSkippedGroup = !!skip;
        declare();
        inSkippedGroup = false;
      });
    },
    onReady(setup) {
      ready = setup;
    },
  };

  open.set(target, (open.get(target) ?? 0) + 1);
  describe(`${feature} conformance: ${target.name}`, () => {
    before(
      async () => {
        users = await signIn(target);
        for (const k of Object.keys(users) as UserKey[]) {
          const lacking = (options.requires ?? []).filter((port) => !users[k].adapter[port]);
          assert.deepEqual(lacking, [], `user ${k}'s adapter lacks the ${lacking.join(', ')} port`);
        }
        const without = options.port ? (Object.keys(users) as UserKey[]).filter((k) => !users[k].adapter[options.port!]) : [];
        if (without.length) noPort = `the target has no ${options.port} port (user${without.length > 1 ? 's' : ''} ${without.join(', ')})`;
        else await ready();
      },
      { timeout: 60_000 },
    );

    after(
      async () => {
        const list = (items: string[]) => items.map((s) => `  - ${s}`).join('\n');
        if (noPort) console.log(`${target.name}: skipped every ${feature} check: ${noPort}`);
        else if (skipped.length) console.log(`${target.name}: skipped ${skipped.length} ${feature} check(s):\n${list(skipped)}`);
        if (todo.length) console.log(`${target.name}: ${todo.length} known ${feature} gap(s), run as TODO:\n${list(todo)}`);
        const left = open.get(target)! - 1;
        open.set(target, left);
        if (left === 0) await target.close();
      },
      { timeout: 60_000 },
    );

    body(suite);
  });
}
