import type { ChorusAdapter, KudosPort } from '../../src/adapter/port.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { KudosDraft } from '../../src/core/kudos.js';

/*
 * Backends for the kudos wall's stories: the embedded adapter in memory (nothing persists
 * between stories), and variants of it for the loading, empty and failing states.
 */
export const storyAdapter = (latency: number | [number, number] = [200, 500]) => new MemoryAdapter({ persist: false, latency });

/** The same backend with some kudos calls replaced. */
export function withKudos(base: MemoryAdapter, overrides: Partial<KudosPort>): ChorusAdapter {
  const kudos = Object.assign(Object.create(base.kudos) as KudosPort, overrides);
  return { people: base.people, me: base.me, live: base.live, kudos };
}

export const loadingAdapter = () => withKudos(storyAdapter(), { getKudosConfig: () => new Promise(() => {}) });
export const emptyAdapter = () => withKudos(storyAdapter(), { listKudos: async () => ({ items: [], nextCursor: null }) });
export const failingAdapter = () => new MemoryAdapter({ persist: false, latency: 300, failureRate: 1 });

/** Gives kudos as `authorIndex`'s person, so stories can show content the seed does not have. */
async function give(adapter: MemoryAdapter, authorIndex: number, draft: Partial<KudosDraft> & { recipients: number[] }) {
  const users = adapter.listUsers();
  const me = adapter.currentUserId;
  adapter.setCurrentUser(users[authorIndex]!.id);
  await adapter.kudos.giveKudos(
    {
      recipientIds: draft.recipients.map((i) => users[i]!.id),
      message: draft.message ?? '',
      valueId: draft.valueId ?? null,
      image: draft.image ?? null,
      visibility: draft.visibility ?? 'public',
    },
    { idempotencyKey: crypto.randomUUID() },
  );
  adapter.setCurrentUser(me);
}

export async function longContentAdapter(): Promise<MemoryAdapter> {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, rateLimit: { max: 100 } });
  await give(adapter, 3, {
    recipients: [1],
    valueId: 'own-it',
    message:
      'Supercalifragilisticexpialidocious-level-debugging-of-the-payments-reconciliation-pipeline-without-a-single-space ' +
      'and then some. '.repeat(3) +
      'When the quarter-end close broke at 11 pm you stayed until it was green, wrote down every step for the next person, and still joined the 9 am stand-up with a smile. '.repeat(
        2,
      ),
  });
  await give(adapter, 4, {
    recipients: [2],
    message: '<img src=x onerror="alert(1)"> <script>alert("hi")</script> **not markdown** & &amp; entities stay text.',
  });
  await give(adapter, 5, { recipients: [6], message: 'شكراً جزيلاً on the Arabic launch — مبروك! 🎉 Mixed-direction text stays readable.' });
  await give(adapter, 7, { recipients: [8], message: '🎉🎉🎉🚀🚀🚀👏🏽👏🏽👏🏽👩🏽‍💻🧑🏿‍🚀🏳️‍🌈 Emoji, skin tones and flags count as single characters.' });
  return adapter;
}

export async function manyRecipientsAdapter(): Promise<MemoryAdapter> {
  const adapter = new MemoryAdapter({ persist: false, latency: 0 });
  await give(adapter, 2, {
    recipients: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    valueId: 'better-together',
    message: 'To the whole launch crew: the weekend cut-over went without a single customer ticket. Thank you for the rehearsals, the runbooks and the pizza.',
  });
  return adapter;
}
