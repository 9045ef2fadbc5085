import { expect } from '@open-wc/testing';
import { ValidationError } from '../../../src/core/errors.js';
import type { Kudos, KudosFilter } from '../../../src/core/kudos.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/memory.adapter.js';
import { draft, idem, makeAdapter, rejection } from './helpers.js';

async function all(adapter: MemoryAdapter, filter?: KudosFilter, limit = 20): Promise<Kudos[]> {
  const items: Kudos[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Kudos[]; nextCursor: string | null } = await adapter.kudos!.listKudos({ filter, cursor, limit });
    expect(page.items.length).to.be.at.most(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

function expectNewestFirst(items: Kudos[]): void {
  for (let i = 1; i < items.length; i++) expect(items[i - 1]!.createdAt >= items[i]!.createdAt).to.equal(true);
}

describe('memory adapter: listing kudos', () => {
  it('pages through all 200 kudos newest first, without duplicates or gaps (as a moderator)', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const items = await all(adapter);
    expect(items).to.have.length(200);
    expect(new Set(items.map((k) => k.id)).size).to.equal(200);
    expectNewestFirst(items);
    const big = await adapter.kudos!.listKudos({ limit: 100 });
    expect(big.items.map((k) => k.id)).to.deep.equal(items.slice(0, 100).map((k) => k.id));
  });

  it('uses 20 as the default page size and null as the last cursor', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const first = await adapter.kudos!.listKudos({});
    expect(first.items).to.have.length(20);
    expect(first.nextCursor).to.be.a('string');
    const firstHalf = await adapter.kudos!.listKudos({ limit: 100 });
    const secondHalf = await adapter.kudos!.listKudos({ limit: 100, cursor: firstHalf.nextCursor });
    expect(secondHalf.items).to.have.length(100);
    expect(secondHalf.nextCursor).to.equal(null);
    // More than 100 per page is capped, as a server would.
    expect((await adapter.kudos!.listKudos({ limit: 500 })).items).to.have.length(100);
  });

  it('keeps paging stable when kudos are given and deleted between pages', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const first = await adapter.kudos!.listKudos({ limit: 10 });
    await adapter.kudos!.giveKudos(draft(), idem());
    await adapter.kudos!.deleteKudos(first.items[9]!.id);
    const second = await adapter.kudos!.listKudos({ limit: 10, cursor: first.nextCursor });
    const ids = (await all(adapter)).map((k) => k.id);
    const after = ids.indexOf(first.items[8]!.id);
    expect(second.items.map((k) => k.id)).to.deep.equal(ids.slice(after + 1, after + 11));
  });

  it('refuses a cursor it did not make', async () => {
    const error = await rejection(makeAdapter().kudos!.listKudos({ cursor: 'not-a-cursor' }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).forField('cursor')?.code).to.equal('invalid');
  });

  it('filters by company value', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const everything = await all(adapter);
    const items = await all(adapter, { valueId: 'own-it' }, 7);
    expect(items.length).to.be.at.least(5);
    expect(items.every((k) => k.valueId === 'own-it')).to.equal(true);
    expect(items.length).to.equal(everything.filter((k) => k.valueId === 'own-it').length);
    expectNewestFirst(items);
    expect(await all(adapter, { valueId: 'no-such-value' })).to.deep.equal([]);
  });

  it('filters by person: kudos given to or by them', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const everything = await all(adapter);
    const items = await all(adapter, { personId: 'p-13' }, 5);
    const expected = everything.filter((k) => k.author.id === 'p-13' || k.recipients.some((r) => r.id === 'p-13'));
    expect(items.map((k) => k.id)).to.deep.equal(expected.map((k) => k.id));
    expect(items.some((k) => k.author.id === 'p-13')).to.equal(true);
    expect(items.some((k) => k.author.id !== 'p-13')).to.equal(true);
  });

  it('filters by team: kudos where the author or a recipient is in the team', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const everything = await all(adapter);
    const items = await all(adapter, { teamId: 't-sales' });
    const inSales = (k: Kudos) => [k.author, ...k.recipients].some((p) => p.teamId === 't-sales');
    expect(items.length).to.be.at.least(20);
    expect(items.every(inSales)).to.equal(true);
    expect(items.map((k) => k.id)).to.deep.equal(everything.filter(inSales).map((k) => k.id));
    expect(items.some((k) => k.author.teamId !== 't-sales')).to.equal(true);
  });

  it('combines filters', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const items = await all(adapter, { teamId: 't-eng', valueId: 'customer-first' });
    for (const k of items) {
      expect(k.valueId).to.equal('customer-first');
      expect([k.author, ...k.recipients].some((p) => p.teamId === 't-eng')).to.equal(true);
    }
  });

  it('shows private kudos only to their author, recipients and moderators', async () => {
    const moderator = await all(makeAdapter({ userId: 'p-29' }));
    const privateOnes = moderator.filter((k) => k.visibility === 'private');
    expect(privateOnes.length).to.be.at.least(5);
    for (const userId of ['p-01', 'p-13', 'p-22']) {
      const seen = await all(makeAdapter({ userId }));
      const involved = (k: Kudos) => k.author.id === userId || k.recipients.some((r) => r.id === userId);
      expect(seen.filter((k) => k.visibility === 'private').every(involved), userId).to.equal(true);
      expect(seen.length, userId).to.equal(200 - privateOnes.filter((k) => !involved(k)).length);
    }
  });

  it('builds views for the viewer: people, reactions with mine and newest reactors, comment counts', async () => {
    const adapter = makeAdapter({ userId: 'p-29' });
    const items = await all(adapter);
    const withReactions = items.find((k) => k.reactions.some((r) => r.count > 3))!;
    for (const r of withReactions.reactions) {
      expect(r.people.length).to.equal(Math.min(3, r.count));
      for (const p of r.people) expect(Object.keys(p).sort()).to.deep.equal(['id', 'name']);
    }
    expect(items.some((k) => k.commentCount > 0)).to.equal(true);
    const k = items[0]!;
    expect(k.author.name).to.be.a('string');
    expect(k.author).not.to.have.property('roles');
    // Reacting puts the viewer first in the names and marks the summary as theirs.
    const target = items.find((x) => x.reactions.length && !x.reactions[0]!.mine)!;
    const emoji = target.reactions[0]!.emoji;
    const updated = await adapter.kudos!.setReaction(target.id, emoji, true);
    const summary = updated.reactions.find((r) => r.emoji === emoji)!;
    expect(summary.mine).to.equal(true);
    expect(summary.count).to.equal(target.reactions[0]!.count + 1);
    expect(summary.people[0]).to.deep.equal({ id: 'p-29', name: 'Nadia Haddad' });
  });

  it('orders reaction summaries as the config offers them', async () => {
    const adapter = makeAdapter();
    const config = await adapter.kudos!.getKudosConfig();
    for (const k of await all(adapter)) {
      const ranks = k.reactions.map((r) => config.reactions.indexOf(r.emoji));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    }
  });
});
