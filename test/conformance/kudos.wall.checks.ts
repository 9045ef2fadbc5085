import assert from 'node:assert/strict';
import { ValidationError } from '../../src/core/errors.js';
import type { Kudos, KudosDraft } from '../../src/core/kudos.js';
import type { CurrentUser } from '../../src/core/people.js';
import { fold } from '../../src/core/people.rules.js';
import { fieldError, imageBytes, rejectsWith } from './assertions.js';
import { EMOJI, type KudosKit } from './kudos.kit.js';
import { USER_KEYS } from './target.js';

function isModerator(user: CurrentUser): boolean {
  return user.roles.includes('moderator') || user.roles.includes('admin');
}

/* The kudos checks of who is signed in, the directory, the wall and giving kudos. */
export function kudosWallChecks(kit: KudosKit): void {
  const { check, group, u, id, has, run, caps, target, key, give, mustFind, draft, text } = kit;

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
        assert.ok(
          found.some((p) => p.id === person.id),
          `searching "${query}" finds ${person.name}`,
        );
        for (const p of found) assert.equal(typeof p.name, 'string');
      }
      assert.deepEqual(await people.searchPeople(''), [], 'an empty query finds nobody');
      assert.deepEqual(await people.searchPeople('   '), [], 'a blank query finds nobody');
      assert.deepEqual(await people.searchPeople(`zq${run}xj`), [], 'nonsense finds nobody');
      assert.ok((await people.searchPeople(fold(words[0]!).slice(0, 1), { limit: 1 })).length <= 1, 'limit is honoured');
    });

    check('people.names', "the directory's full names are listed, each once, every user's among them", {}, async () => {
      const people = u('a').adapter.people!;
      assert.ok(people.listPeopleNames, 'the people port lists names (GET /people/names)');
      const names = await people.listPeopleNames();
      assert.equal(new Set(names).size, names.length, 'each name once');
      for (const name of names) assert.ok(typeof name === 'string' && /\S\s\S/.test(name), `"${name}" is a full name`);
      for (const k of USER_KEYS.filter(has)) {
        const { name } = u(k).me;
        if (name.trim().includes(' ')) assert.ok(names.includes(name.trim().replace(/\s+/g, ' ')), `${name} is listed`);
      }
    });

    check('teams', "teams are listed, and every user's team is among them", {}, async () => {
      const teams = await u('a').adapter.people!.listTeams();
      assert.ok(teams.length > 0, 'at least one team');
      assert.equal(new Set(teams.map((t) => t.id)).size, teams.length, 'team ids are unique');
      for (const t of teams) assert.ok(typeof t.id === 'string' && typeof t.name === 'string' && t.name.length > 0);
      for (const k of USER_KEYS.filter(has))
        assert.ok(
          teams.some((t) => t.id === u(k).me.teamId),
          `${k}'s team ${u(k).me.teamId} is listed`,
        );
    });

    check('config', 'the kudos configuration has values, reactions and sane limits', {}, async () => {
      assert.ok(Array.isArray(kit.config.values));
      for (const v of kit.config.values) assert.ok(typeof v.id === 'string' && typeof v.label === 'string', JSON.stringify(v));
      assert.equal(new Set(kit.config.values.map((v) => v.id)).size, kit.config.values.length, 'value ids are unique');
      assert.ok(kit.config.reactions.length > 0 && kit.config.reactions.every((r) => typeof r === 'string' && r.length > 0), 'reactions');
      for (const name of ['messageMin', 'messageMax', 'commentMax', 'maxRecipients'] as const) {
        assert.ok(Number.isInteger(kit.config[name]) && kit.config[name] > 0, `${name} is a positive integer`);
      }
      assert.ok(kit.config.messageMin <= kit.config.messageMax, 'messageMin ≤ messageMax');
      assert.equal(typeof kit.config.requireValue, 'boolean');
      if (kit.config.requireValue) assert.ok(kit.config.values.length > 0, 'a required value needs values to choose from');
      // Every user sees the same rules.
      assert.deepEqual(await u('b').adapter.kudos!.getKudosConfig(), kit.config);
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
      assert.deepEqual(
        ids.filter((i) => ours.includes(i)),
        ours,
        'the kudos just given, newest first',
      );
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
      assert.deepEqual(
        pieced,
        long.items.map((k) => k.id),
      );
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
      assert.ok(kit.config.values.length > 0, 'the configuration has company values');
      const v0 = kit.config.values[0]!.id;
      const v1 = kit.config.values[1]?.id ?? null;
      const toC = await give('a', ['c'], { valueId: v0 });
      const toA = await give('b', ['a'], { valueId: v1 ?? (kit.config.requireValue ? v0 : null) });
      const involves = (k: Kudos, personId: string) => k.author.id === personId || k.recipients.some((r) => r.id === personId);

      const byValue = await u('a').adapter.kudos!.listKudos({ filter: { valueId: v0 }, limit: 50 });
      assert.ok(
        byValue.items.some((k) => k.id === toC.id),
        'value: includes a matching kudos',
      );
      assert.ok(
        byValue.items.every((k) => k.valueId === v0),
        'value: only matching kudos',
      );
      if (v1) assert.ok(!byValue.items.some((k) => k.id === toA.id), "value: not another value's kudos");

      const byPerson = await u('a').adapter.kudos!.listKudos({ filter: { personId: id('c') }, limit: 50 });
      assert.ok(
        byPerson.items.some((k) => k.id === toC.id),
        'person: includes kudos given to them',
      );
      assert.ok(!byPerson.items.some((k) => k.id === toA.id), 'person: not kudos between others');
      assert.ok(
        byPerson.items.every((k) => involves(k, id('c'))),
        'person: only kudos given to or by them',
      );

      const teamId = u('c').me.teamId;
      const byTeam = await u('a').adapter.kudos!.listKudos({ filter: { teamId }, limit: 50 });
      assert.ok(
        byTeam.items.some((k) => k.id === toC.id),
        'team: includes kudos involving a member',
      );
      assert.ok(
        byTeam.items.every((k) => [k.author, ...k.recipients].some((p) => p.teamId === teamId)),
        'team: only kudos involving a member',
      );
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
      const message = EMOJI.repeat(kit.config.messageMax);
      // A raster data: image: every backend takes it whatever hosts it allows (src/core/image.rules.ts).
      const image = { url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'A thank-you card' };
      const made = await give('c', ['a', 'b'], { message: `  ${message}\n`, image, valueId: kit.config.values[0]?.id ?? null });
      assert.equal(made.author.id, id('c'));
      assert.deepEqual(made.recipients.map((r) => r.id).sort(), [id('a'), id('b')].sort());
      assert.equal(made.message, message, `exactly messageMax (${kit.config.messageMax}) graphemes is allowed, trimmed`);
      // The same picture: the data: URL itself (the embedded adapter), or an address that loads its
      // bytes (the HTTP edge serves an uploaded image by address: edge/kudos-image.ts).
      assert.equal(made.image?.alt, image.alt);
      assert.deepEqual(await imageBytes(made.image!.url), await imageBytes(image.url), 'the image shows its bytes');
      assert.equal(made.valueId, kit.config.values[0]?.id ?? null);
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
      if (kit.config.messageMin > 1) {
        const short = await fieldError(
          attempt({ message: EMOJI.repeat(kit.config.messageMin - 1) }),
          'message',
          'too-short',
          `${kit.config.messageMin - 1} emoji`,
        );
        if (short.params) assert.equal(short.params.min, kit.config.messageMin);
      }
      const long = await fieldError(attempt({ message: EMOJI.repeat(kit.config.messageMax + 1) }), 'message', 'too-long', `${kit.config.messageMax + 1} emoji`);
      if (long.params) assert.equal(long.params.max, kit.config.messageMax);
    });

    check('give.recipients', 'recipients: at least one, not yourself, people who exist, not too many', {}, async () => {
      await fieldError(attempt({ recipientIds: [] }), 'recipientIds', 'required', 'no recipients');
      await fieldError(attempt({ recipientIds: [id('a')] }), 'recipientIds', 'self', 'kudos to yourself');
      await fieldError(attempt({ recipientIds: [id('b'), id('a')] }), 'recipientIds', 'self', 'yourself among others');
      await fieldError(attempt({ recipientIds: [`nobody-${run}`] }), 'recipientIds', 'invalid', 'an unknown recipient');
      if (kit.config.maxRecipients < 100) {
        const ids = Array.from({ length: kit.config.maxRecipients + 1 }, (_, i) => `nobody-${run}-${i}`);
        await fieldError(attempt({ recipientIds: ids }), 'recipientIds', 'too-many', `${ids.length} recipients`);
      }
    });

    check('give.value', 'the company value is checked (and required when the configuration says so)', {}, async () => {
      await fieldError(attempt({ valueId: `no-such-value-${run}` }), 'valueId', 'invalid', 'an unknown value');
      if (kit.config.requireValue) await fieldError(attempt({ valueId: null }), 'valueId', 'required', 'no value, though required');
    });

    check('give.image', 'an image needs alt text and an allowed address: never private, never an SVG data: image', {}, async () => {
      await fieldError(attempt({ image: { url: 'data:image/png;base64,AAAA', alt: '' } }), 'image.alt', 'required', 'an image without alt text');
      await fieldError(attempt({ image: { url: 'data:image/png;base64,AAAA', alt: '   ' } }), 'image.alt', 'required', 'blank alt text');
      await fieldError(attempt({ image: { url: 'javascript:alert(1)', alt: 'x' } }), 'image.url', 'invalid', 'a javascript: image');
      await fieldError(
        attempt({ image: { url: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', alt: 'x' } }),
        'image.url',
        'invalid',
        'an SVG data: image',
      );
      await fieldError(attempt({ image: { url: 'http://192.168.1.1/router.png', alt: 'x' } }), 'image.url', 'not-allowed', 'a private address');
    });

    check('give.all-fields', 'every field at fault is reported at once, and a refused kudos is not created', {}, async () => {
      const marker = text('refused');
      const error = await rejectsWith(
        attempt({ message: '', recipientIds: [], image: { url: 'data:image/png;base64,AAAA', alt: '' } }),
        ValidationError,
        'a draft broken three ways',
      );
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
}
