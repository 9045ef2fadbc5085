import assert from 'node:assert/strict';
import { isAbort, RateLimitedError } from '../../src/core/errors.js';
import { rejection, rejectsWith } from './assertions.js';
import { T } from './harness.js';
import type { KudosKit } from './kudos.kit.js';

/* The kudos checks of requests as such: cancelled ones, and the rate limit. */
export function kudosRequestChecks(kit: KudosKit): void {
  const { check, group, u, caps, key, give, draft, text } = kit;

  group('cancellation', {}, () => {
    check('abort.before', 'a call with an aborted signal rejects with an AbortError and changes nothing', {}, async () => {
      const aborted = AbortSignal.abort();
      const a = u('a').adapter;
      const marker = text('never sent.');
      const calls: [string, () => Promise<unknown>][] = [
        ['getCurrentUser', () => a.me!.getCurrentUser({ signal: aborted })],
        ['searchPeople', () => a.people!.searchPeople(u('b').me.name, { signal: aborted })],
        ['listTeams', () => a.people!.listTeams({ signal: aborted })],
        ['listPeopleNames', () => a.people!.listPeopleNames!({ signal: aborted })],
        ['getKudosConfig', () => a.kudos!.getKudosConfig({ signal: aborted })],
        ['listKudos', () => a.kudos!.listKudos({ limit: 5 }, { signal: aborted })],
        ['giveKudos', () => a.kudos!.giveKudos(draft(['b'], { message: marker }), { idempotencyKey: key(), signal: aborted })],
      ];
      for (const [name, call] of calls) {
        const error = await rejection(call(), `${name} with an aborted signal`);
        assert.ok(isAbort(error), `${name}: expected an AbortError, got ${String(error)}`);
      }
      const page = await a.kudos!.listKudos({ limit: 50 });
      assert.ok(!page.items.some((k) => k.message === marker), 'the aborted kudos was not created');
    });

    check('abort.during', 'a call aborted while under way rejects with an AbortError', {}, async () => {
      // Aborted in the same tick: the call cannot have finished, so the abort must win.
      const controller = new AbortController();
      const pending = u('a').adapter.kudos!.listKudos({ limit: 50 }, { signal: controller.signal });
      controller.abort();
      const error = await rejection(pending, 'listKudos aborted while under way');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });

  group('rate limit', { rateLimit: true, users: ['d'] }, () => {
    check(
      'rate-limit',
      'giving more kudos than the limit allows fails with RateLimitedError and a wait',
      { rateLimit: true, users: ['d'] },
      async () => {
        const limit = caps.rateLimit!;
        for (let i = 0; i < limit.max; i++) await give('d', ['a']);
        const error = await rejectsWith(give('d', ['a']), RateLimitedError, `kudos number ${limit.max + 1}`);
        assert.ok(
          error.retryAfterSeconds !== null && error.retryAfterSeconds >= 1 && error.retryAfterSeconds <= limit.windowSeconds,
          `retryAfterSeconds ${error.retryAfterSeconds} is within 1..${limit.windowSeconds}`,
        );
      },
      // limit.max + 1 writes one after another, where other checks make a few: 4 s alone, past 20 s on a busy machine.
      3 * T.call,
    );
  });
}
