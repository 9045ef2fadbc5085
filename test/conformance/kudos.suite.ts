import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChorusAdapter } from '../../src/adapter/port.js';
import {
  ForbiddenError, isAbort, NotFoundError, RateLimitedError, ValidationError,
} from '../../src/core/errors.js';
import type { Kudos, KudosConfig, KudosDraft, KudosFilter } from '../../src/core/kudos.js';
import type { CurrentUser } from '../../src/core/people.js';
import { fold } from '../../src/core/people.rules.js';
import { LiveRecorder, eventKudosId } from './live-recorder.js';
import { fieldError, rejection, rejectsWith, sleep } from './assertions.js';
import { USER_KEYS, type ConformanceTarget, type UserKey } from './target.js';

/*
 * The kudos conformance suite: what any backend behind the port must do, checked through the
 * port only (no HTTP, no DOM), so the same checks run against the embedded adapter, the REST
 * adapter on MSW, on the reference server, and on anyone's backend. It does not depend on seed
 * data: it gives the kudos it needs and looks only at what it created (or, on an exclusive
 * target, at the whole wall). A check whose needs the target does not meet is skipped, saying
 * why; a check listed in the target's `knownGaps` runs as TODO.
 *
 * The checks give at most 8 kudos per user, so they stay under a limit of 10 per minute.
 */

/** A grapheme of four UTF-16 code units: limits counted in code units would be off by 4×. */
const EMOJI = '👍🏽';
const T = { call: 20_000, live: 30_000 } as const;

interface User {
  key: UserKey;
  adapter: ChorusAdapter;
  me: CurrentUser;
}

/** What a check needs from the target; anything missing skips it, with the reason printed. */
interface Needs {
  users?: UserKey[];
  live?: boolean;
  rateLimit?: boolean;
  exclusive?: boolean;
}


function isModerator(user: CurrentUser): boolean {
  return user.roles.includes('moderator') || user.roles.includes('admin');
}

export function kudosConformance(target: ConformanceTarget): void {
  const caps = target.capabilities;
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const users = {} as Record<UserKey, User>;
  let config: KudosConfig;
  let n = 0;
  const skipped: string[] = [];
  const todo: string[] = [];

  const has = (key: UserKey) => !!target.users[key];
  const u = (key: UserKey) => users[key];
  const id = (key: UserKey) => users[key].me.id;

  function whyNot(needs: Needs): string | false {
    const missing = (needs.users ?? []).filter((k) => !has(k));
    if (missing.length) return `needs user${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
    if (needs.live && !caps.live) return 'the target has no live updates';
    if (needs.rateLimit && !caps.rateLimit) return 'the target does not say which rate limit it enforces';
    if (needs.exclusive && !caps.exclusive) return 'others may write to this backend meanwhile (not exclusive)';
    return false;
  }

  /** Set while the tests of a skipped group are declared: the group is listed, not each test. */
  let inSkippedGroup = false;

  /** A test, skipped when its needs are not met, TODO when the target lists it as a known gap. */
  function check(checkId: string, title: string, needs: Needs, fn: () => Promise<void>, timeout: number = T.call): void {
    const skip = whyNot({ ...needs, users: ['a', 'b', 'c', ...(needs.users ?? [])] });
    const gap = caps.knownGaps?.[checkId];
    if (skip && !inSkippedGroup) skipped.push(`${checkId}: ${skip}`);
    else if (gap) todo.push(`${checkId}: ${gap}`);
    it(`${title} [${checkId}]`, { skip, todo: gap ?? false, timeout }, fn);
  }

  function group(title: string, needs: Needs, body: () => void): void {
    const skip = whyNot(needs);
    if (skip) skipped.push(`${title} (all of it): ${skip}`);
    describe(title, { skip }, () => {
      // Node may or may not build a skipped suite's tests; either way they are listed once.
      inSkippedGroup = !!skip;
      body();
      inSkippedGroup = false;
    });
  }

  // ---- helpers on top of the port -------------------------------------------------------------

  const key = () => `conformance-${run}-${++n}`;
  const text = (what: string) => `Conformance ${run} #${++n}: ${what}`;

  function draft(to: UserKey[], overrides: Partial<KudosDraft> = {}): KudosDraft {
    return {
      recipientIds: to.map(id),
      message: text('thank you for the careful review and the kind words.'),
      valueId: config.requireValue ? config.values[0]!.id : null,
      image: null,
      visibility: 'public',
      ...overrides,
    };
  }

  let lastGive = 0;
  /** Gives kudos as `by`; a few ms apart, so "newest first" never hinges on equal timestamps. */
  async function give(by: UserKey, to: UserKey[], overrides: Partial<KudosDraft> = {}): Promise<Kudos> {
    const wait = lastGive + 3 - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      return await u(by).adapter.kudos!.giveKudos(draft(to, overrides), { idempotencyKey: key() });
    } catch (error) {
      if (!(error instanceof RateLimitedError) || by === 'd') throw error;
      // A backend shared between runs: the suite itself stays under 10 kudos per user and minute.
      throw new Error(`user ${by} hit the backend's rate limit (retry in ${error.retryAfterSeconds ?? '?'} s): were the checks run twice within its window?`, { cause: error });
    } finally {
      lastGive = Date.now();
    }
  }

  /** The kudos as `viewer` sees it on the wall (paging through at most `pages` pages), or undefined. */
  async function find(viewer: UserKey, kudosId: string, filter: KudosFilter = {}, pages = 10): Promise<Kudos | undefined> {
    let cursor: string | null = null;
    for (let i = 0; i < pages; i++) {
      const page = await u(viewer).adapter.kudos!.listKudos({ filter, cursor, limit: 50 });
      const found = page.items.find((k) => k.id === kudosId);
      if (found) return found;
      cursor = page.nextCursor;
      if (!cursor) return undefined;
    }
    return undefined;
  }

  async function mustFind(viewer: UserKey, kudosId: string, filter: KudosFilter = {}): Promise<Kudos> {
    const found = await find(viewer, kudosId, filter);
    assert.ok(found, `${viewer} should see kudos ${kudosId} (filter ${JSON.stringify(filter)})`);
    return found;
  }

  function reaction(kudos: Kudos, emoji: string) {
    return kudos.reactions.find((r) => r.emoji === emoji) ?? { emoji, count: 0, mine: false, people: [] };
  }

  // ---- the suite ------------------------------------------------------------------------------

  describe(`kudos conformance: ${target.name}`, () => {
    before(async () => {
      const keys = USER_KEYS.filter(has);
      await Promise.all(keys.map(async (k) => {
        const adapter = await target.as(k);
        assert.ok(adapter.me && adapter.people && adapter.kudos, `user ${k}'s adapter lacks the me, people or kudos port`);
        let me: CurrentUser;
        try {
          me = await adapter.me.getCurrentUser();
        } catch (error) {
          throw new Error(`user ${k} could not sign in (GET /me): ${String(error)}`, { cause: error });
        }
        users[k] = { key: k, adapter, me };
      }));
      config = await u('a').adapter.kudos!.getKudosConfig();
    }, { timeout: 60_000 });

    after(async () => {
      if (skipped.length) console.log(`${target.name}: skipped ${skipped.length} check(s):\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
      if (todo.length) console.log(`${target.name}: ${todo.length} known gap(s), run as TODO:\n${todo.map((s) => `  - ${s}`).join('\n')}`);
      await target.close();
    }, { timeout: 60_000 });

    group('who is signed in, and the directory', {}, () => {
      check('me', 'each user is the person the target names; a, b and c are different people, none a moderator', {}, async () => {
        for (const k of USER_KEYS.filter(has)) {
          assert.equal(id(k), target.users[k], `user ${k} signs in as ${target.users[k]}`);
          assert.ok(Array.isArray(u(k).me.roles), `${k}: roles is a list`);
          assert.equal(typeof u(k).me.name, 'string');
          assert.equal(typeof u(k).me.teamId, 'string');
        }
        const people = USER_KEYS.filter(has).map(id);
        assert.equal(new Set(people).size, people.length, 'every user is a different person');
        for (const k of ['a', 'b', 'c'] as const) assert.ok(!isModerator(u(k).me), `${k} (${id(k)}) must not be a moderator or admin for this suite`);
      });

      check('me.moderator', 'the moderator has the moderator or admin role', { users: ['moderator'] }, async () => {
        assert.ok(isModerator(u('moderator').me), `moderator (${id('moderator')}) has the moderator or admin role`);
      });

      check('people.search', 'people search ignores case and accents; an empty query finds nobody', {}, async () => {
        const people = u('a').adapter.people!;
        const all = USER_KEYS.filter(has).map((k) => u(k).me);
        // Prefer someone whose name has accents or letters like ø, so accent-folding is tested.
        const person = all.find((p) => fold(p.name) !== p.name.toLowerCase()) ?? u('b').me;
        const words = person.name.split(/\s+/).filter(Boolean);
        for (const query of [fold(words[0]!).toUpperCase(), fold(person.name), person.name.toLowerCase(), words[words.length - 1]!]) {
          const found = await people.searchPeople(query, { limit: 50 });
          assert.ok(found.some((p) => p.id === person.id), `searching "${query}" finds ${person.name}`);
          for (const p of found) assert.equal(typeof p.name, 'string');
        }
        assert.deepEqual(await people.searchPeople(''), [], 'an empty query finds nobody');
        assert.deepEqual(await people.searchPeople('   '), [], 'a blank query finds nobody');
        assert.deepEqual(await people.searchPeople(`zq${run}xj`), [], 'nonsense finds nobody');
        assert.ok((await people.searchPeople(fold(words[0]!).slice(0, 1), { limit: 1 })).length <= 1, 'limit is honoured');
      });

      check('teams', 'teams are listed, and every user\'s team is among them', {}, async () => {
        const teams = await u('a').adapter.people!.listTeams();
        assert.ok(teams.length > 0, 'at least one team');
        assert.equal(new Set(teams.map((t) => t.id)).size, teams.length, 'team ids are unique');
        for (const t of teams) assert.ok(typeof t.id === 'string' && typeof t.name === 'string' && t.name.length > 0);
        for (const k of USER_KEYS.filter(has)) assert.ok(teams.some((t) => t.id === u(k).me.teamId), `${k}'s team ${u(k).me.teamId} is listed`);
      });

      check('config', 'the kudos configuration has values, reactions and sane limits', {}, async () => {
        assert.ok(Array.isArray(config.values));
        for (const v of config.values) assert.ok(typeof v.id === 'string' && typeof v.label === 'string', JSON.stringify(v));
        assert.equal(new Set(config.values.map((v) => v.id)).size, config.values.length, 'value ids are unique');
        assert.ok(config.reactions.length > 0 && config.reactions.every((r) => typeof r === 'string' && r.length > 0), 'reactions');
        for (const name of ['messageMin', 'messageMax', 'commentMax', 'maxRecipients'] as const) {
          assert.ok(Number.isInteger(config[name]) && config[name] > 0, `${name} is a positive integer`);
        }
        assert.ok(config.messageMin <= config.messageMax, 'messageMin ≤ messageMax');
        assert.equal(typeof config.requireValue, 'boolean');
        if (config.requireValue) assert.ok(config.values.length > 0, 'a required value needs values to choose from');
        // Every user sees the same rules.
        assert.deepEqual(await u('b').adapter.kudos!.getKudosConfig(), config);
      });
    });

    group('the wall', {}, () => {
      check('list.order', 'new kudos are on top, newest first, and pages have no gaps or duplicates', {}, async () => {
        const made: Kudos[] = [];
        for (let i = 0; i < 3; i++) made.push(await give('c', ['b']));
        const ours = made.map((k) => k.id).reverse();
        const seen: Kudos[] = [];
        let cursor: string | null = null;
        for (let pages = 0; pages < 20 && ours.some((k) => !seen.some((s) => s.id === k)); pages++) {
          const page = await u('a').adapter.kudos!.listKudos({ cursor, limit: 2 });
          assert.ok(page.items.length <= 2, 'limit is honoured');
          seen.push(...page.items);
          cursor = page.nextCursor;
          if (!cursor) break;
          assert.equal(typeof cursor, 'string');
        }
        const ids = seen.map((k) => k.id);
        assert.equal(new Set(ids).size, ids.length, 'no kudos on two pages');
        for (let i = 1; i < seen.length; i++) {
          assert.ok(Date.parse(seen[i - 1]!.createdAt) >= Date.parse(seen[i]!.createdAt), `newest first: ${seen[i - 1]!.createdAt} before ${seen[i]!.createdAt}`);
        }
        assert.deepEqual(ids.filter((i) => ours.includes(i)), ours, 'the kudos just given, newest first');
        if (caps.exclusive) assert.deepEqual(ids.slice(0, 3), ours, 'on top of the wall');
      });

      check('list.paging', 'short pages put together are the same as one long page, down to the last page', { exclusive: true }, async () => {
        const kudos = u('moderator').adapter.kudos!;
        const long = await kudos.listKudos({ limit: 12 });
        const pieced: string[] = [];
        let cursor: string | null = null;
        for (let i = 0; i < 4; i++) {
          const page = await kudos.listKudos({ cursor, limit: 3 });
          pieced.push(...page.items.map((k) => k.id));
          cursor = page.nextCursor;
          if (!cursor) break;
        }
        assert.deepEqual(pieced, long.items.map((k) => k.id));
        // The whole wall, to its end: every kudos once, and the last page says there is no more.
        const all = new Set<string>();
        let count = 0;
        cursor = null;
        let pages = 0;
        do {
          const page = await kudos.listKudos({ cursor, limit: 100 });
          for (const k of page.items) all.add(k.id);
          count += page.items.length;
          cursor = page.nextCursor;
        } while (cursor && ++pages < 100);
        assert.equal(cursor, null, 'the last page has no next cursor');
        assert.equal(all.size, count, 'no kudos twice on the whole wall');
      });

      check('list.filters', 'filters by company value, team and person', {}, async () => {
        assert.ok(config.values.length > 0, 'the configuration has company values');
        const v0 = config.values[0]!.id;
        const v1 = config.values[1]?.id ?? null;
        const toC = await give('a', ['c'], { valueId: v0 });
        const toA = await give('b', ['a'], { valueId: v1 ?? (config.requireValue ? v0 : null) });
        const involves = (k: Kudos, personId: string) => k.author.id === personId || k.recipients.some((r) => r.id === personId);

        const byValue = await u('a').adapter.kudos!.listKudos({ filter: { valueId: v0 }, limit: 50 });
        assert.ok(byValue.items.some((k) => k.id === toC.id), 'value: includes a matching kudos');
        assert.ok(byValue.items.every((k) => k.valueId === v0), 'value: only matching kudos');
        if (v1) assert.ok(!byValue.items.some((k) => k.id === toA.id), 'value: not another value\'s kudos');

        const byPerson = await u('a').adapter.kudos!.listKudos({ filter: { personId: id('c') }, limit: 50 });
        assert.ok(byPerson.items.some((k) => k.id === toC.id), 'person: includes kudos given to them');
        assert.ok(!byPerson.items.some((k) => k.id === toA.id), 'person: not kudos between others');
        assert.ok(byPerson.items.every((k) => involves(k, id('c'))), 'person: only kudos given to or by them');

        const teamId = u('c').me.teamId;
        const byTeam = await u('a').adapter.kudos!.listKudos({ filter: { teamId }, limit: 50 });
        assert.ok(byTeam.items.some((k) => k.id === toC.id), 'team: includes kudos involving a member');
        assert.ok(byTeam.items.every((k) => [k.author, ...k.recipients].some((p) => p.teamId === teamId)), 'team: only kudos involving a member');
        const teams = await u('a').adapter.people!.listTeams();
        const other = teams.find((t) => ![u('a').me.teamId, u('b').me.teamId, u('c').me.teamId].includes(t.id));
        if (other) {
          const byOther = await u('a').adapter.kudos!.listKudos({ filter: { teamId: other.id }, limit: 50 });
          assert.ok(!byOther.items.some((k) => k.id === toC.id || k.id === toA.id), 'team: not kudos between people of other teams');
        }
        const both = await u('a').adapter.kudos!.listKudos({ filter: { personId: id('c'), valueId: v0 }, limit: 50 });
        assert.ok(both.items.some((k) => k.id === toC.id) && both.items.every((k) => k.valueId === v0 && involves(k, id('c'))), 'filters combine');
      });
    });

    group('giving kudos', {}, () => {
      check('give.shape', 'a kudos comes back as given: author, recipients, trimmed message, value, image, visibility', {}, async () => {
        const message = EMOJI.repeat(config.messageMax);
        const image = { url: 'https://example.com/thanks.png', alt: 'A thank-you card' };
        const made = await give('c', ['a', 'b'], { message: `  ${message}\n`, image, valueId: config.values[0]?.id ?? null });
        assert.equal(made.author.id, id('c'));
        assert.deepEqual(made.recipients.map((r) => r.id).sort(), [id('a'), id('b')].sort());
        assert.equal(made.message, message, `exactly messageMax (${config.messageMax}) graphemes is allowed, trimmed`);
        assert.deepEqual(made.image, image);
        assert.equal(made.valueId, config.values[0]?.id ?? null);
        assert.equal(made.visibility, 'public');
        assert.deepEqual(made.reactions, []);
        assert.equal(made.commentCount, 0);
        assert.equal(made.reportedByMe, false);
        assert.ok(!Number.isNaN(Date.parse(made.createdAt)), 'createdAt is a date');
        assert.deepEqual(await mustFind('c', made.id, { personId: id('a') }), made, 'the wall shows what giveKudos answered');
      });

      const kudos = () => u('a').adapter.kudos!;
      const attempt = (overrides: Partial<KudosDraft>) => kudos().giveKudos(draft(['b'], overrides), { idempotencyKey: key() });

      check('give.message', 'the message is required and its length is counted in graphemes', {}, async () => {
        await fieldError(attempt({ message: '' }), 'message', 'required', 'an empty message');
        await fieldError(attempt({ message: ' \n  ' }), 'message', 'required', 'a blank message');
        if (config.messageMin > 1) {
          const short = await fieldError(attempt({ message: EMOJI.repeat(config.messageMin - 1) }), 'message', 'too-short', `${config.messageMin - 1} emoji`);
          if (short.params) assert.equal(short.params.min, config.messageMin);
        }
        const long = await fieldError(attempt({ message: EMOJI.repeat(config.messageMax + 1) }), 'message', 'too-long', `${config.messageMax + 1} emoji`);
        if (long.params) assert.equal(long.params.max, config.messageMax);
      });

      check('give.recipients', 'recipients: at least one, not yourself, people who exist, not too many', {}, async () => {
        await fieldError(attempt({ recipientIds: [] }), 'recipientIds', 'required', 'no recipients');
        await fieldError(attempt({ recipientIds: [id('a')] }), 'recipientIds', 'self', 'kudos to yourself');
        await fieldError(attempt({ recipientIds: [id('b'), id('a')] }), 'recipientIds', 'self', 'yourself among others');
        await fieldError(attempt({ recipientIds: [`nobody-${run}`] }), 'recipientIds', 'invalid', 'an unknown recipient');
        if (config.maxRecipients < 100) {
          const ids = Array.from({ length: config.maxRecipients + 1 }, (_, i) => `nobody-${run}-${i}`);
          await fieldError(attempt({ recipientIds: ids }), 'recipientIds', 'too-many', `${ids.length} recipients`);
        }
      });

      check('give.value', 'the company value is checked (and required when the configuration says so)', {}, async () => {
        await fieldError(attempt({ valueId: `no-such-value-${run}` }), 'valueId', 'invalid', 'an unknown value');
        if (config.requireValue) await fieldError(attempt({ valueId: null }), 'valueId', 'required', 'no value, though required');
      });

      check('give.image', 'an image needs alt text and an http(s) or data:image address', {}, async () => {
        await fieldError(attempt({ image: { url: 'https://example.com/a.png', alt: '' } }), 'image.alt', 'required', 'an image without alt text');
        await fieldError(attempt({ image: { url: 'https://example.com/a.png', alt: '   ' } }), 'image.alt', 'required', 'blank alt text');
        await fieldError(attempt({ image: { url: 'javascript:alert(1)', alt: 'x' } }), 'image.url', 'invalid', 'a javascript: image');
      });

      check('give.all-fields', 'every field at fault is reported at once, and a refused kudos is not created', {}, async () => {
        const marker = text('refused');
        const error = await rejectsWith(attempt({ message: '', recipientIds: [], image: { url: 'https://example.com/a.png', alt: '' } }), ValidationError, 'a draft broken three ways');
        const fields = error.fieldErrors.map((f) => f.field).sort();
        assert.deepEqual(fields, ['image.alt', 'message', 'recipientIds']);
        await fieldError(attempt({ message: marker, recipientIds: [`nobody-${run}`] }), 'recipientIds', 'invalid', 'an unknown recipient');
        const page = await kudos().listKudos({ limit: 50 });
        assert.ok(!page.items.some((k) => k.message === marker), 'nothing was created');
      });

      check('give.idempotency', 'the same idempotency key twice gives one kudos, with the same id', {}, async () => {
        const body = draft(['b'], { message: text('sent twice, kept once.') });
        const idempotencyKey = key();
        const first = await kudos().giveKudos(body, { idempotencyKey });
        const again = await kudos().giveKudos(structuredClone(body), { idempotencyKey });
        assert.equal(again.id, first.id, 'the retry answers the same kudos');
        const page = await kudos().listKudos({ filter: { personId: id('b') }, limit: 50 });
        assert.equal(page.items.filter((k) => k.message === body.message).length, 1, 'one kudos on the wall');
        // Another user's identical key is their own.
        const theirs = await u('c').adapter.kudos!.giveKudos(draft(['b'], { message: text('same key, other person.') }), { idempotencyKey });
        assert.notEqual(theirs.id, first.id, 'keys are per user');
      });
    });

    group('reactions, comments and reports', {}, () => {
      check('reactions', 'setReaction is idempotent both ways, and `mine` is per viewer', {}, async () => {
        const [emoji] = config.reactions as [string];
        const made = await give('b', ['c']);
        const a = u('a').adapter.kudos!;
        const b = u('b').adapter.kudos!;
        const count = (view: Kudos) => [reaction(view, emoji).count, reaction(view, emoji).mine];
        let view = await a.setReaction(made.id, emoji, true);
        assert.deepEqual(count(view), [1, true], 'added');
        view = await a.setReaction(made.id, emoji, true);
        assert.deepEqual(count(view), [1, true], 'adding twice counts once');
        assert.ok(reaction(view, emoji).people.some((p) => p.id === id('a')), 'the reactor is among the people shown');
        const asB = await mustFind('b', made.id, { personId: id('c') });
        assert.deepEqual(count(asB), [1, false], 'someone else\'s reaction is not mine');
        view = await b.setReaction(made.id, emoji, true);
        assert.deepEqual(count(view), [2, true]);
        view = await a.setReaction(made.id, emoji, false);
        assert.deepEqual(count(view), [1, false], 'removed');
        view = await a.setReaction(made.id, emoji, false);
        assert.deepEqual(count(view), [1, false], 'removing twice removes once');
        view = await b.setReaction(made.id, emoji, false);
        assert.equal(reaction(view, emoji).count, 0);
        const notOffered = ['🦄', '🧀', '🪐'].find((e) => !config.reactions.includes(e))!;
        await fieldError(a.setReaction(made.id, notOffered, true), 'emoji', 'invalid', 'a reaction not offered');
        await rejectsWith(a.setReaction(`missing-${run}`, emoji, true), NotFoundError, 'reacting to an unknown kudos');
      });

      check('comments', 'comments are listed oldest first, counted, validated and idempotent', {}, async () => {
        const made = await give('c', ['b']);
        const first = await u('a').adapter.kudos!.addComment(made.id, '  First!  ', { idempotencyKey: key() });
        await sleep(3);
        const secondKey = key();
        const second = await u('b').adapter.kudos!.addComment(made.id, 'Second, and thank you.', { idempotencyKey: secondKey });
        const retried = await u('b').adapter.kudos!.addComment(made.id, 'Second, and thank you.', { idempotencyKey: secondKey });
        assert.equal(retried.id, second.id, 'a retried comment is the same comment');
        assert.equal(first.message, 'First!', 'trimmed');
        assert.equal(first.kudosId, made.id);
        assert.equal(first.author.id, id('a'));
        const list = await u('c').adapter.kudos!.listComments(made.id);
        assert.deepEqual(list.map((c) => c.id), [first.id, second.id], 'oldest first, each once');
        assert.deepEqual(list.map((c) => c.author.id), [id('a'), id('b')]);
        assert.equal((await mustFind('c', made.id, { personId: id('b') })).commentCount, 2);
        const comments = u('a').adapter.kudos!;
        await fieldError(comments.addComment(made.id, '  ', { idempotencyKey: key() }), 'message', 'required', 'a blank comment');
        const long = await fieldError(comments.addComment(made.id, EMOJI.repeat(config.commentMax + 1), { idempotencyKey: key() }), 'message', 'too-long', 'a long comment');
        if (long.params) assert.equal(long.params.max, config.commentMax);
        await comments.addComment(made.id, EMOJI.repeat(config.commentMax), { idempotencyKey: key() });
        await rejectsWith(comments.listComments(`missing-${run}`), NotFoundError, 'comments of an unknown kudos');
        await rejectsWith(comments.addComment(`missing-${run}`, 'Hello?', { idempotencyKey: key() }), NotFoundError, 'commenting on an unknown kudos');
      });

      check('reports', 'reporting twice is fine, and `reportedByMe` is per viewer', {}, async () => {
        const made = await give('b', ['a']);
        const c = u('c').adapter.kudos!;
        await c.reportKudos(made.id, 'Not appropriate for the wall.');
        await c.reportKudos(made.id, 'Reported again.');
        assert.equal((await mustFind('c', made.id, { personId: id('a') })).reportedByMe, true);
        assert.equal((await mustFind('a', made.id, { personId: id('a') })).reportedByMe, false, 'other people have not reported it');
        await u('a').adapter.kudos!.reportKudos(made.id, '');
        await rejectsWith(c.reportKudos(`missing-${run}`, 'x'), NotFoundError, 'reporting an unknown kudos');
      });
    });

    group('deleting', { users: ['moderator'] }, () => {
      check('delete', 'the author may delete, another user may not, a moderator may; unknown kudos are not found', { users: ['moderator'] }, async () => {
        const mine = await give('a', ['b']);
        const other = await give('a', ['b']);
        await rejectsWith(u('b').adapter.kudos!.deleteKudos(mine.id), ForbiddenError, 'a recipient deleting the kudos');
        await rejectsWith(u('c').adapter.kudos!.deleteKudos(mine.id), ForbiddenError, 'someone else deleting the kudos');
        await u('a').adapter.kudos!.deleteKudos(mine.id);
        assert.equal(await find('a', mine.id, { personId: id('b') }), undefined, 'gone from the wall');
        await rejectsWith(u('a').adapter.kudos!.deleteKudos(mine.id), NotFoundError, 'deleting it again');
        await rejectsWith(u('a').adapter.kudos!.listComments(mine.id), NotFoundError, 'its comments');
        await rejectsWith(u('b').adapter.kudos!.setReaction(mine.id, config.reactions[0]!, true), NotFoundError, 'reacting to it');
        await u('moderator').adapter.kudos!.deleteKudos(other.id);
        assert.equal(await find('b', other.id, { personId: id('b') }), undefined, 'a moderator deleted it');
        await rejectsWith(u('a').adapter.kudos!.deleteKudos(`missing-${run}`), NotFoundError, 'deleting an unknown kudos');
      });
    });

    group('private kudos', { users: ['moderator'] }, () => {
      check('private', 'are seen only by the author, the recipients and moderators', { users: ['moderator'] }, async () => {
        const secret = await give('a', ['c'], { visibility: 'private', message: text('a private thank-you.') });
        assert.equal(secret.visibility, 'private');
        for (const k of ['a', 'c', 'moderator'] as const) {
          assert.equal((await mustFind(k, secret.id, { personId: id('c') })).visibility, 'private', `${k} sees it`);
        }
        assert.equal(await find('b', secret.id, { personId: id('c') }), undefined, 'b does not see it (person filter)');
        assert.ok(!(await u('b').adapter.kudos!.listKudos({ limit: 50 })).items.some((k) => k.id === secret.id), 'b does not see it (wall)');
        const b = u('b').adapter.kudos!;
        await rejectsWith(b.listComments(secret.id), NotFoundError, 'b listing its comments');
        await rejectsWith(b.addComment(secret.id, 'Peeking', { idempotencyKey: key() }), NotFoundError, 'b commenting');
        await rejectsWith(b.setReaction(secret.id, config.reactions[0]!, true), NotFoundError, 'b reacting');
        await rejectsWith(b.reportKudos(secret.id, 'x'), NotFoundError, 'b reporting');
        await rejectsWith(b.deleteKudos(secret.id), NotFoundError, 'b deleting: not found, not forbidden');
        const reply = await u('c').adapter.kudos!.addComment(secret.id, 'Thank you, truly.', { idempotencyKey: key() });
        assert.deepEqual((await u('moderator').adapter.kudos!.listComments(secret.id)).map((c) => c.id), [reply.id], 'a moderator reads its comments');
      });
    });

    group('live updates', { live: true }, () => {
      let bHears: LiveRecorder;
      let cHears: LiveRecorder;
      /** A public kudos a toggles a reaction on, to learn that streams are connected. */
      let probe: Kudos;
      let given: Kudos;
      let secret: Kudos;
      const emoji = () => config.reactions[0]!;

      /** Whether a's reaction is on the probe now. */
      let probeOn = false;

      /** Toggles a's reaction on the probe: an event everyone who listens may see. */
      async function flip(): Promise<void> {
        const view = await u('a').adapter.kudos!.setReaction(probe.id, emoji(), !probeOn);
        probeOn = reaction(view, emoji()).mine;
      }

      /** Flips the probe until every recorder has heard of it: their streams are open. */
      async function untilConnected(recorders: LiveRecorder[]): Promise<void> {
        const deadline = Date.now() + 20_000;
        for (;;) {
          const marks = recorders.map((r) => r.mark());
          await flip();
          try {
            await Promise.all(recorders.map((r, i) => r.waitFor((e) => eventKudosId(e) === probe.id, { since: marks[i], ms: 700 })));
            return;
          } catch (error) {
            if (Date.now() > deadline) throw new Error(`live updates did not start within 20 s: ${String(error)}`, { cause: error });
          }
        }
      }

      /** Flips the probe and waits until `recorder` hears of it: anything sent before has arrived. */
      async function heardUpToNow(recorder: LiveRecorder): Promise<void> {
        const mark = recorder.mark();
        await flip();
        await recorder.waitFor((e) => eventKudosId(e) === probe.id, { since: mark, what: 'the probe' });
      }

      before(async () => {
        bHears = new LiveRecorder(u('b').adapter, 'b');
        cHears = new LiveRecorder(u('c').adapter, 'c');
        probe = (await u('a').adapter.kudos!.listKudos({ limit: 20 })).items.find((k) => k.visibility === 'public') ?? (await give('a', ['b']));
        probeOn = reaction(probe, emoji()).mine;
        await untilConnected([bHears, cHears]);
      }, { timeout: T.live });

      after(() => {
        bHears?.unsubscribe();
        cHears?.unsubscribe();
      });

      check('live.created', 'a kudos a gives reaches b and c, as each of them sees it', { live: true }, async () => {
        const [bMark, cMark] = [bHears.mark(), cHears.mark()];
        given = await give('a', ['b']);
        const heard = await bHears.waitFor((e) => e.type === 'created' && e.kudos.id === given.id, { since: bMark, what: `"created" for ${given.id}` });
        await cHears.waitFor((e) => e.type === 'created' && e.kudos.id === given.id, { since: cMark, what: `"created" for ${given.id}` });
        assert.equal(heard.type, 'created');
        if (heard.type === 'created') assert.deepEqual(heard.kudos, await mustFind('b', given.id, { personId: id('b') }), 'the event carries the kudos as b sees it');
      }, T.live);

      check('live.updated', 'reactions arrive as updates, with `mine` as the listener sees it', { live: true }, async () => {
        assert.ok(given, 'needs live.created');
        const mark = bHears.mark();
        await u('a').adapter.kudos!.setReaction(given.id, emoji(), true);
        const heard = await bHears.waitFor((e) => e.type === 'updated' && e.kudos.id === given.id && reaction(e.kudos, emoji()).count === 1, { since: mark, what: 'the reaction' });
        assert.ok(heard.type === 'updated');
        assert.equal(reaction(heard.kudos, emoji()).mine, false, 'a\'s reaction is not b\'s: `mine` is computed for the listener');
        const mark2 = bHears.mark();
        await u('b').adapter.kudos!.setReaction(given.id, emoji(), true);
        const own = await bHears.waitFor((e) => e.type === 'updated' && e.kudos.id === given.id && reaction(e.kudos, emoji()).count === 2, { since: mark2, what: 'b\'s own reaction' });
        assert.ok(own.type === 'updated' && reaction(own.kudos, emoji()).mine, 'b\'s own reaction is mine');
      }, T.live);

      check('live.private', 'a private kudos reaches its recipient, and nobody else', { live: true }, async () => {
        const cMark = cHears.mark();
        secret = await give('a', ['c'], { visibility: 'private', message: text('a private thank-you, live.') });
        await cHears.waitFor((e) => e.type === 'created' && e.kudos.id === secret.id, { since: cMark, what: 'the private kudos' });
        // Once b has heard of something that happened after it, b would have had it too.
        await heardUpToNow(bHears);
        await u('a').adapter.kudos!.deleteKudos(secret.id);
        await cHears.waitFor((e) => e.type === 'deleted' && e.id === secret.id, { since: cMark, what: 'the private kudos\' deletion' });
        await heardUpToNow(bHears);
        assert.deepEqual(bHears.about(secret.id), [], 'b heard nothing of the private kudos, nor of its deletion');
      }, T.live);

      check('live.deleted', 'a deletion reaches everyone who saw the kudos', { live: true }, async () => {
        assert.ok(given, 'needs live.created');
        const [bMark, cMark] = [bHears.mark(), cHears.mark()];
        await u('a').adapter.kudos!.deleteKudos(given.id);
        await bHears.waitFor((e) => e.type === 'deleted' && e.id === given.id, { since: bMark, what: 'the deletion' });
        await cHears.waitFor((e) => e.type === 'deleted' && e.id === given.id, { since: cMark, what: 'the deletion' });
      }, T.live);

      check('live.unsubscribe', 'after unsubscribing, a listener is called no more', { live: true }, async () => {
        const calls = bHears.calls;
        bHears.unsubscribe();
        await heardUpToNow(cHears);
        await heardUpToNow(cHears);
        await sleep(200);
        assert.equal(bHears.calls, calls, 'b\'s listener was not called');
      }, T.live);
    });

    group('cancellation', {}, () => {
      check('abort.before', 'a call with an aborted signal rejects with an AbortError and changes nothing', {}, async () => {
        const aborted = AbortSignal.abort();
        const a = u('a').adapter;
        const marker = text('never sent.');
        const calls: [string, () => Promise<unknown>][] = [
          ['getCurrentUser', () => a.me!.getCurrentUser({ signal: aborted })],
          ['searchPeople', () => a.people!.searchPeople(u('b').me.name, { signal: aborted })],
          ['listTeams', () => a.people!.listTeams({ signal: aborted })],
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
      check('rate-limit', 'giving more kudos than the limit allows fails with RateLimitedError and a wait', { rateLimit: true, users: ['d'] }, async () => {
        const limit = caps.rateLimit!;
        for (let i = 0; i < limit.max; i++) await give('d', ['a']);
        const error = await rejectsWith(give('d', ['a']), RateLimitedError, `kudos number ${limit.max + 1}`);
        assert.ok(error.retryAfterSeconds !== null && error.retryAfterSeconds >= 1 && error.retryAfterSeconds <= limit.windowSeconds,
          `retryAfterSeconds ${error.retryAfterSeconds} is within 1..${limit.windowSeconds}`);
      });
    });
  });
}
