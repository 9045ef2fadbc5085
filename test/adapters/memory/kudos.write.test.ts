import { expect } from '@open-wc/testing';
import { ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from '../../../src/core/errors.js';
import type { KudosDraft } from '../../../src/core/kudos.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/memory.adapter.js';
import { draft, idem, makeAdapter, rejection } from './helpers.js';

async function fieldError(adapter: MemoryAdapter, overrides: Partial<KudosDraft>, field: string) {
  const error = await rejection(adapter.kudos!.giveKudos(draft(overrides), idem()));
  expect(error).to.be.instanceOf(ValidationError);
  expect((error as ValidationError).kind).to.equal('validation');
  return (error as ValidationError).forField(field);
}

/** A private kudos the default user (p-01) is not part of, as the seed has them. */
async function privateOfOthers(): Promise<string> {
  const moderator = makeAdapter({ userId: 'p-29' });
  const { items } = await moderator.kudos!.listKudos({ limit: 100 });
  const k = items.find((x) => x.visibility === 'private' && x.author.id !== 'p-01' && !x.recipients.some((r) => r.id === 'p-01'))!;
  expect(k, 'seed has such a kudos').to.exist;
  return k.id;
}

describe('memory adapter: giving kudos', () => {
  it('creates a kudos at the top of the wall, authored by the current user', async () => {
    const adapter = makeAdapter();
    const kudos = await adapter.kudos!.giveKudos(
      draft({ recipientIds: ['p-03', 'p-02', 'p-03'], message: '  Thanks for the review!\n\n\n\nIt helped.  ', valueId: 'own-it' }),
      idem(),
    );
    expect(kudos.author.id).to.equal('p-01');
    expect(kudos.recipients.map((p) => p.name)).to.deep.equal(['Nguyễn Thị Mai', 'Søren Østergaard']);
    expect(kudos.message).to.equal('Thanks for the review!\n\nIt helped.');
    expect(kudos).to.include({ valueId: 'own-it', visibility: 'public', commentCount: 0, reportedByMe: false });
    expect(kudos.reactions).to.deep.equal([]);
    expect(Math.abs(Date.parse(kudos.createdAt) - Date.now())).to.be.below(5000);
    const { items } = await adapter.kudos!.listKudos({ limit: 1 });
    expect(items[0]).to.deep.equal(kudos);
  });

  it('accepts an image with alt text: a raster data:image, or https from a host the backend allows', async () => {
    const adapter = makeAdapter({ imageHosts: ['example.com'] });
    const image = { url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'A trophy' };
    expect((await adapter.kudos!.giveKudos(draft({ image }), idem())).image).to.deep.equal(image);
    const remote = { url: 'https://example.com/party.gif', alt: 'Team party' };
    expect((await adapter.kudos!.giveKudos(draft({ image: remote }), idem())).image).to.deep.equal(remote);
    // SVG can carry script and tracking; another host is not allowed.
    const svg = { url: 'data:image/svg+xml,%3Csvg%2F%3E', alt: 'A trophy' };
    expect(await fieldError(adapter, { image: svg }, 'image.url')).to.not.equal(undefined);
    expect(await fieldError(adapter, { image: { url: 'https://elsewhere.example.org/party.gif', alt: 'Team party' } }, 'image.url')).to.include({
      code: 'not-allowed',
    });
  });

  describe('validation', () => {
    it('counts message length in graphemes after trimming: too short, too long', async () => {
      const adapter = makeAdapter();
      expect(await fieldError(adapter, { message: '   Thanks!   ' }, 'message')).to.deep.include({
        code: 'too-short',
        params: { min: 10 },
      });
      expect(await fieldError(adapter, { message: '' }, 'message')).to.include({ code: 'required' });
      expect(await fieldError(adapter, { message: 'x'.repeat(501) }, 'message')).to.deep.include({
        code: 'too-long',
        params: { max: 500 },
      });
      // 500 family emoji are 500 graphemes but far more UTF-16 units: accepted.
      const family = '👨‍👩‍👧‍👦'.repeat(500);
      expect((await adapter.kudos!.giveKudos(draft({ message: family }), idem())).message).to.equal(family);
    });

    it('needs one to maxRecipients known colleagues, never yourself', async () => {
      const adapter = makeAdapter();
      expect(await fieldError(adapter, { recipientIds: [] }, 'recipientIds')).to.include({ code: 'required' });
      const eleven = Array.from({ length: 11 }, (_, i) => `p-${String(i + 2).padStart(2, '0')}`);
      expect(await fieldError(adapter, { recipientIds: eleven }, 'recipientIds')).to.deep.include({
        code: 'too-many',
        params: { max: 10 },
      });
      expect(await fieldError(adapter, { recipientIds: ['p-03', 'p-01'] }, 'recipientIds')).to.include({ code: 'self' });
      expect(await fieldError(adapter, { recipientIds: ['p-99'] }, 'recipientIds')).to.include({ code: 'invalid' });
      expect((await adapter.kudos!.giveKudos(draft({ recipientIds: eleven.slice(0, 10) }), idem())).recipients).to.have.length(10);
    });

    it('checks the company value: required when the config says so, known otherwise', async () => {
      expect(await fieldError(makeAdapter(), { valueId: 'made-up' }, 'valueId')).to.include({ code: 'invalid' });
      const strict = makeAdapter({ config: { requireValue: true } });
      expect(await fieldError(strict, { valueId: null }, 'valueId')).to.include({ code: 'required' });
      expect((await strict.kudos!.giveKudos(draft({ valueId: 'be-curious' }), idem())).valueId).to.equal('be-curious');
    });

    it('refuses images without alt text or with an unsafe address', async () => {
      const adapter = makeAdapter();
      expect(await fieldError(adapter, { image: { url: 'https://example.com/a.png', alt: '  ' } }, 'image.alt')).to.include({
        code: 'required',
      });
      expect(await fieldError(adapter, { image: { url: 'javascript:alert(1)', alt: 'x' } }, 'image.url')).to.include({ code: 'invalid' });
      expect(await fieldError(adapter, { image: { url: 'data:text/html,<b>', alt: 'x' } }, 'image.url')).to.include({ code: 'invalid' });
    });

    it('reports every field at fault at once', async () => {
      const error = (await rejection(makeAdapter().kudos!.giveKudos(draft({ message: 'short', recipientIds: [] }), idem()))) as ValidationError;
      expect(error.fieldErrors.map((f) => f.field).sort()).to.deep.equal(['message', 'recipientIds']);
      expect(error.message).to.be.a('string').and.not.be.empty;
    });

    it('takes limits from config overrides', async () => {
      const adapter = makeAdapter({ config: { messageMax: 280, maxRecipients: 2, messageMin: 20 } });
      const config = await adapter.kudos!.getKudosConfig();
      expect(config).to.include({ messageMax: 280, maxRecipients: 2, messageMin: 20, commentMax: 300, requireValue: false });
      expect(config.values).to.have.length(6);
      expect(config.reactions).to.deep.equal(['👏', '🎉', '❤️', '🙌', '🚀', '😂']);
      expect(await fieldError(adapter, { message: 'y'.repeat(281) }, 'message')).to.deep.include({
        code: 'too-long',
        params: { max: 280 },
      });
      expect(await fieldError(adapter, { message: 'Thanks a lot!' }, 'message')).to.deep.include({
        code: 'too-short',
        params: { min: 20 },
      });
      expect(await fieldError(adapter, { recipientIds: ['p-02', 'p-03', 'p-04'] }, 'recipientIds')).to.include({ code: 'too-many' });
    });
  });

  describe('idempotency', () => {
    it('returns the first result for a repeated key and never creates twice', async () => {
      const adapter = makeAdapter();
      const options = { idempotencyKey: 'retry-me' };
      const first = await adapter.kudos!.giveKudos(draft(), options);
      const again = await adapter.kudos!.giveKudos(draft({ message: 'A different body that should be ignored.' }), options);
      expect(again).to.deep.equal(first);
      const { items } = await adapter.kudos!.listKudos({ limit: 3 });
      expect(items.filter((k) => k.id === first.id)).to.have.length(1);
      expect(items[1]!.message).not.to.equal(first.message);
    });

    it('holds for calls in flight at the same time', async () => {
      const adapter = makeAdapter({ latency: [5, 30] });
      const results = await Promise.all([1, 2, 3].map(() => adapter.kudos!.giveKudos(draft(), { idempotencyKey: 'same' })));
      expect(new Set(results.map((k) => k.id)).size).to.equal(1);
    });

    it('scopes keys per user, and lets a failed call be retried with the same key', async () => {
      const adapter = makeAdapter({ failureRate: 1 });
      await rejection(adapter.kudos!.giveKudos(draft(), { idempotencyKey: 'k' }));
      adapter.failureRate = 0;
      const mine = await adapter.kudos!.giveKudos(draft(), { idempotencyKey: 'k' });
      adapter.setCurrentUser('p-02');
      const theirs = await adapter.kudos!.giveKudos(draft(), { idempotencyKey: 'k' });
      expect(theirs.id).not.to.equal(mine.id);
    });

    it('applies to comments too', async () => {
      const adapter = makeAdapter();
      const { items } = await adapter.kudos!.listKudos({ limit: 1 });
      const id = items[0]!.id;
      const first = await adapter.kudos!.addComment(id, 'Well deserved!', { idempotencyKey: 'c1' });
      const again = await adapter.kudos!.addComment(id, 'Well deserved!', { idempotencyKey: 'c1' });
      expect(again).to.deep.equal(first);
      expect((await adapter.kudos!.listComments(id)).filter((c) => c.id === first.id)).to.have.length(1);
      expect((await adapter.kudos!.listKudos({ limit: 1 })).items[0]!.commentCount).to.equal(items[0]!.commentCount + 1);
    });
  });

  describe('rate limit', () => {
    it('refuses an 11th kudos within a minute with RateLimitedError and a retry delay', async () => {
      const adapter = makeAdapter();
      for (let i = 0; i < 10; i++) await adapter.kudos!.giveKudos(draft(), idem());
      const error = await rejection(adapter.kudos!.giveKudos(draft(), idem()));
      expect(error).to.be.instanceOf(RateLimitedError);
      expect((error as RateLimitedError).retryAfterSeconds).to.be.within(50, 60);
      // Per user: a colleague may still give.
      adapter.setCurrentUser('p-02');
      await adapter.kudos!.giveKudos(draft(), idem());
    });

    it('lets people give again once the window has passed', async () => {
      let now = Date.parse('2025-03-01T09:00:00Z');
      const adapter = makeAdapter({ now: () => now, rateLimit: { max: 2, windowSeconds: 30 } });
      await adapter.kudos!.giveKudos(draft(), idem());
      now += 10_000;
      await adapter.kudos!.giveKudos(draft(), idem());
      now += 5_000;
      expect(((await rejection(adapter.kudos!.giveKudos(draft(), idem()))) as RateLimitedError).retryAfterSeconds).to.equal(15);
      now += 15_001;
      await adapter.kudos!.giveKudos(draft(), idem());
    });

    it('does not count an idempotent replay', async () => {
      const adapter = makeAdapter({ rateLimit: { max: 1 } });
      await adapter.kudos!.giveKudos(draft(), { idempotencyKey: 'once' });
      await adapter.kudos!.giveKudos(draft(), { idempotencyKey: 'once' });
    });
  });
});

describe('memory adapter: reactions, comments, reports, deletes', () => {
  it('toggles a reaction idempotently', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.kudos!.giveKudos(draft(), idem());
    adapter.setCurrentUser('p-05');
    const on = await adapter.kudos!.setReaction(id, '🎉', true);
    expect(on.reactions).to.deep.equal([{ emoji: '🎉', count: 1, mine: true, people: [{ id: 'p-05', name: 'Zofia Wójcik' }] }]);
    expect(await adapter.kudos!.setReaction(id, '🎉', true)).to.deep.equal(on);
    adapter.setCurrentUser('p-01');
    const seenByAuthor = await adapter.kudos!.setReaction(id, '🎉', true);
    expect(seenByAuthor.reactions[0]).to.deep.include({ count: 2, mine: true });
    expect(seenByAuthor.reactions[0]!.people.map((p) => p.id)).to.deep.equal(['p-01', 'p-05']);
    const off = await adapter.kudos!.setReaction(id, '🎉', false);
    expect(off.reactions[0]).to.deep.include({ count: 1, mine: false });
    expect(await adapter.kudos!.setReaction(id, '🎉', false)).to.deep.equal(off);
  });

  it('accepts only the configured reaction emoji', async () => {
    const adapter = makeAdapter();
    const { items } = await adapter.kudos!.listKudos({ limit: 1 });
    const error = await rejection(adapter.kudos!.setReaction(items[0]!.id, '💩', true));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).forField('emoji')?.code).to.equal('invalid');
  });

  it('throws NotFoundError for an unknown kudos, whatever the call', async () => {
    const { kudos } = makeAdapter({ userId: 'p-29' });
    for (const call of [
      kudos!.setReaction('k-nope', '👏', true),
      kudos!.listComments('k-nope'),
      kudos!.addComment('k-nope', 'Hello there', idem()),
      kudos!.reportKudos('k-nope', 'spam'),
      kudos!.deleteKudos('k-nope'),
    ]) {
      expect(await rejection(call)).to.be.instanceOf(NotFoundError);
    }
  });

  it('hides private kudos from outsiders: every direct access is NotFound', async () => {
    const id = await privateOfOthers();
    const { kudos } = makeAdapter();
    for (const call of [
      kudos!.setReaction(id, '👏', true),
      kudos!.listComments(id),
      kudos!.addComment(id, 'Hello there', idem()),
      kudos!.reportKudos(id, ''),
      kudos!.deleteKudos(id),
    ]) {
      expect(await rejection(call)).to.be.instanceOf(NotFoundError);
    }
  });

  it('lets recipients see and react to a private kudos', async () => {
    const adapter = makeAdapter();
    const k = await adapter.kudos!.giveKudos(draft({ visibility: 'private', recipientIds: ['p-03'] }), idem());
    adapter.setCurrentUser('p-03');
    expect((await adapter.kudos!.setReaction(k.id, '❤️', true)).reactions[0]!.mine).to.equal(true);
    adapter.setCurrentUser('p-04');
    expect((await adapter.kudos!.listKudos({ limit: 5 })).items.some((x) => x.id === k.id)).to.equal(false);
  });

  it('lists comments oldest first and validates their length', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.kudos!.giveKudos(draft(), idem());
    await adapter.kudos!.addComment(id, '  First!  ', idem());
    adapter.setCurrentUser('p-08');
    const second = await adapter.kudos!.addComment(id, 'Second, and well deserved.', idem());
    expect(second).to.deep.include({ kudosId: id, message: 'Second, and well deserved.' });
    expect(second.author.name).to.equal('Aiyana Redcloud');
    const comments = await adapter.kudos!.listComments(id);
    expect(comments.map((c) => c.message)).to.deep.equal(['First!', 'Second, and well deserved.']);
    const empty = (await rejection(adapter.kudos!.addComment(id, '   ', idem()))) as ValidationError;
    expect(empty.forField('message')?.code).to.equal('required');
    const long = (await rejection(adapter.kudos!.addComment(id, 'z'.repeat(301), idem()))) as ValidationError;
    expect(long.forField('message')).to.deep.include({ code: 'too-long', params: { max: 300 } });
  });

  it('records a report once and marks it for the reporter only', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.kudos!.giveKudos(draft(), idem());
    adapter.setCurrentUser('p-09');
    await adapter.kudos!.reportKudos(id, 'Not appropriate');
    await adapter.kudos!.reportKudos(id, 'Still not appropriate');
    expect((await adapter.kudos!.listKudos({ limit: 1 })).items[0]).to.include({ id, reportedByMe: true });
    adapter.setCurrentUser('p-01');
    expect((await adapter.kudos!.listKudos({ limit: 1 })).items[0]).to.include({ id, reportedByMe: false });
    const tooLong = await rejection(adapter.kudos!.reportKudos(id, 'r'.repeat(501)));
    expect(tooLong).to.be.instanceOf(ValidationError);
  });

  it('lets only the author or a moderator delete', async () => {
    const adapter = makeAdapter();
    const a = await adapter.kudos!.giveKudos(draft(), idem());
    const b = await adapter.kudos!.giveKudos(draft(), idem());
    adapter.setCurrentUser('p-03');
    const error = await rejection(adapter.kudos!.deleteKudos(a.id));
    expect(error).to.be.instanceOf(ForbiddenError);
    expect((error as ForbiddenError).kind).to.equal('forbidden');
    adapter.setCurrentUser('p-01');
    await adapter.kudos!.deleteKudos(a.id);
    adapter.setCurrentUser('p-29'); // moderator
    await adapter.kudos!.deleteKudos(b.id);
    adapter.setCurrentUser('p-32'); // admin
    const { items } = await adapter.kudos!.listKudos({ limit: 1 });
    await adapter.kudos!.deleteKudos(items[0]!.id);
    const ids = (await adapter.kudos!.listKudos({ limit: 100 })).items.map((k) => k.id);
    expect(ids).not.to.include.members([a.id, b.id, items[0]!.id]);
    expect(await rejection(adapter.kudos!.deleteKudos(a.id))).to.be.instanceOf(NotFoundError);
  });

  it('hands out copies: editing a result changes nothing stored', async () => {
    const adapter = makeAdapter();
    const { items } = await adapter.kudos!.listKudos({ limit: 1 });
    const k = items[0]!;
    const original = structuredClone(k);
    k.message = 'edited';
    k.recipients[0]!.name = 'edited';
    k.reactions.push({ emoji: '👏', count: 99, mine: true, people: [] });
    const config = await adapter.kudos!.getKudosConfig();
    config.values.pop();
    config.reactions.push('💩');
    expect((await adapter.kudos!.listKudos({ limit: 1 })).items[0]).to.deep.equal(original);
    expect((await adapter.kudos!.getKudosConfig()).values).to.have.length(6);
    expect(await rejection(adapter.kudos!.setReaction(k.id, '💩', true))).to.be.instanceOf(ValidationError);
  });
});
