import assert from 'node:assert/strict';
import { RateLimitedError } from '../../src/core/errors.js';
import type { Kudos, KudosConfig, KudosDraft, KudosFilter } from '../../src/core/kudos.js';
import { sleep } from './assertions.js';
import type { Suite } from './harness.js';
import type { UserKey } from './target.js';

/* What the kudos checks use on top of the port: the suite's own kudos, and finding them on the wall. */

/** A grapheme of four UTF-16 code units: limits counted in code units would be off by 4×. */
export const EMOJI = '👍🏽';

export interface KudosKit extends Suite {
  /** The backend's kudos configuration, read once the users are signed in. */
  config: KudosConfig;
  /** A message only this run writes. */
  text(what: string): string;
  draft(to: UserKey[], overrides?: Partial<KudosDraft>): KudosDraft;
  /** Gives kudos as `by`; a few ms apart, so "newest first" never hinges on equal timestamps. */
  give(by: UserKey, to: UserKey[], overrides?: Partial<KudosDraft>): Promise<Kudos>;
  /** The kudos as `viewer` sees it on the wall (paging through at most `pages` pages), or undefined. */
  find(viewer: UserKey, kudosId: string, filter?: KudosFilter, pages?: number): Promise<Kudos | undefined>;
  mustFind(viewer: UserKey, kudosId: string, filter?: KudosFilter): Promise<Kudos>;
  /** One emoji's reactions on a kudos (none: count 0). */
  reaction(kudos: Kudos, emoji: string): Kudos['reactions'][number];
}

export function kudosKit(suite: Suite): KudosKit {
  const { u, id, key, next, run } = suite;
  let lastGive = 0;

  const kit: KudosKit = {
    ...suite,
    config: undefined as unknown as KudosConfig,

    text: (what) => `Conformance ${run} #${next()}: ${what}`,

    draft(to, overrides = {}) {
      return {
        recipientIds: to.map(id),
        message: kit.text('thank you for the careful review and the kind words.'),
        valueId: kit.config.requireValue ? kit.config.values[0]!.id : null,
        image: null,
        visibility: 'public',
        ...overrides,
      };
    },

    async give(by, to, overrides = {}) {
      const wait = lastGive + 3 - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await u(by).adapter.kudos!.giveKudos(kit.draft(to, overrides), { idempotencyKey: key() });
      } catch (error) {
        if (!(error instanceof RateLimitedError) || by === 'd') throw error;
        // A backend shared between runs: the suite itself stays under 10 kudos per user and minute.
        throw new Error(
          `user ${by} hit the backend's rate limit (retry in ${error.retryAfterSeconds ?? '?'} s): were the checks run twice within its window?`,
          { cause: error },
        );
      } finally {
        lastGive = Date.now();
      }
    },

    async find(viewer, kudosId, filter = {}, pages = 10) {
      let cursor: string | null = null;
      for (let i = 0; i < pages; i++) {
        const page = await u(viewer).adapter.kudos!.listKudos({ filter, cursor, limit: 50 });
        const found = page.items.find((k) => k.id === kudosId);
        if (found) return found;
        cursor = page.nextCursor;
        if (!cursor) return undefined;
      }
      return undefined;
    },

    async mustFind(viewer, kudosId, filter = {}) {
      const found = await kit.find(viewer, kudosId, filter);
      assert.ok(found, `${viewer} should see kudos ${kudosId} (filter ${JSON.stringify(filter)})`);
      return found;
    },

    reaction: (kudos, emoji) => kudos.reactions.find((r) => r.emoji === emoji) ?? { emoji, count: 0, mine: false, people: [] },
  };

  suite.onReady(async () => {
    kit.config = await u('a').adapter.kudos!.getKudosConfig();
  });
  return kit;
}
