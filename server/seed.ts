import { searchWords } from '../src/core/people.rules.js';
import { demoCompany, seedFeedback, seedPolls, seededPollTopics, seedShare } from '../src/seed/index.js';
import type { Db } from './db/db.js';
import { personSearchText } from './people.store.js';

/** Another constant of ours for pg_advisory_xact_lock: "seed". */
const SEED_LOCK = 0x73656564;
export const EMAIL_DOMAIN = 'brightwater.example';

/** "Chloé Dubois" → chloe.dubois@brightwater.example: how the proxy sign-in may name people. */
export function demoEmail(name: string): string {
  return `${searchWords(name).join('.')}@${EMAIL_DOMAIN}`;
}

/**
 * Fills an empty database with the demo company of src/seed (the same people, teams and kudos
 * the embedded adapter starts with), timestamps relative to `now`. Does nothing when people
 * exist already; safe when several processes start at once (advisory lock). Returns whether it seeded.
 */
export async function seedIfEmpty(db: Db, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('select count(*)::int as n from people');
    if (n > 0) return false;
    const state = demoCompany(now);
    const json = (rows: unknown[]) => JSON.stringify(rows);

    await tx.query(
      `insert into teams (id, name, position) select id, name, position from jsonb_to_recordset($1::jsonb) as t(id text, name text, position int)`,
      [json(state.teams.map((t, position) => ({ ...t, position })))],
    );
    await tx.query(
      `insert into people (id, name, title, team_id, avatar_url, email, roles, search_text)
       select id, name, title, "teamId", "avatarUrl", email, array(select jsonb_array_elements_text(roles)), search_text
       from jsonb_to_recordset($1::jsonb) as p(id text, name text, title text, "teamId" text, "avatarUrl" text, email text, roles jsonb, search_text text)`,
      [json(state.people.map((p) => ({ ...p, email: demoEmail(p.name), search_text: personSearchText(p) })))],
    );
    // Oldest first, so serial columns (reaction and comment order) follow time.
    const kudos = [...state.kudos].reverse();
    await tx.query(
      `insert into kudos (id, author_id, recipient_ids, message, value_id, image_url, image_alt, visibility, created_at)
       select id, "authorId", array(select jsonb_array_elements_text("recipientIds")), message, "valueId", image->>'url', image->>'alt', visibility, "createdAt"
       from jsonb_to_recordset($1::jsonb) as k(id text, "authorId" text, "recipientIds" jsonb, message text, "valueId" text, image jsonb, visibility text, "createdAt" timestamptz)`,
      [json(kudos.map(({ reactions: _r, comments: _c, reports: _p, ...k }) => k))],
    );
    await tx.query(
      `insert into reactions (kudos_id, person_id, emoji)
       select e.value->>'kudosId', e.value->>'personId', e.value->>'emoji' from jsonb_array_elements($1::jsonb) with ordinality as e(value, n)
       order by e.n`,
      [json(kudos.flatMap((k) => k.reactions.map((r) => ({ kudosId: k.id, ...r }))))],
    );
    await tx.query(
      `insert into comments (id, kudos_id, author_id, message, created_at)
       select e.value->>'id', e.value->>'kudosId', e.value->>'authorId', e.value->>'message', (e.value->>'createdAt')::timestamptz
       from jsonb_array_elements($1::jsonb) with ordinality as e(value, n)
       order by e.n`,
      [json(kudos.flatMap((k) => k.comments.map((c) => ({ kudosId: k.id, ...c }))))],
    );
    await tx.query(
      `insert into reports (kudos_id, person_id, reason, created_at)
       select "kudosId", "personId", reason, "createdAt" from jsonb_to_recordset($1::jsonb) as r("kudosId" text, "personId" text, reason text, "createdAt" timestamptz)`,
      [json(kudos.flatMap((k) => k.reports.map((r) => ({ kudosId: k.id, ...r }))))],
    );
    return true;
  });
}

/**
 * The demo directory's later additions on a database seeded before them: the teams and people it
 * lacks (the small teams the insights withhold) and the roles the seed gives the people it has
 * (Nadia Haddad's `insights`). Only on a demo database (its first person is the seed's); nobody is
 * removed and no role taken away. The embedded adapter does the same (memory/migrate.ts).
 */
export async function seedDirectory(db: Db, now: number): Promise<void> {
  const { teams, people } = demoCompany(now);
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [first] = await tx.query<{ name: string }>('select name from people where id = $1', [people[0]!.id]);
    if (first?.name !== people[0]!.name) return;
    const json = (rows: unknown[]) => JSON.stringify(rows);
    await tx.query(
      `insert into teams (id, name, position) select id, name, position from jsonb_to_recordset($1::jsonb) as t(id text, name text, position int)
       on conflict (id) do nothing`,
      [json(teams.map((t, position) => ({ ...t, position })))],
    );
    await tx.query(
      `insert into people (id, name, title, team_id, avatar_url, email, roles, search_text)
       select id, name, title, "teamId", "avatarUrl", email, array(select jsonb_array_elements_text(roles)), search_text
       from jsonb_to_recordset($1::jsonb) as p(id text, name text, title text, "teamId" text, "avatarUrl" text, email text, roles jsonb, search_text text)
       on conflict (id) do nothing`,
      [json(people.map((p) => ({ ...p, email: demoEmail(p.name), search_text: personSearchText(p) })))],
    );
    await tx.query(
      `update people set roles = people.roles || array(select r from unnest(s.roles) as r where r <> all (people.roles))
       from (select id, array(select jsonb_array_elements_text(roles)) as roles from jsonb_to_recordset($1::jsonb) as p(id text, roles jsonb)) s
       where people.id = s.id and not (s.roles <@ people.roles)`,
      [json(people.map((p) => ({ id: p.id, roles: p.roles })))],
    );
  });
}

/** Another advisory lock of ours: "poll". */
const POLL_SEED_LOCK = 0x706f6c6c;

/**
 * The demo polls' topics, on a database seeded before polls had topics (migration 008): the demo
 * page places its Quick poll by topic. Only a demo poll without a topic is touched.
 */
export async function seedPollTopics(db: Db): Promise<void> {
  const topics = [...seededPollTopics()];
  await db.query(`update polls set topic = t.topic from unnest($1::text[], $2::text[]) as t(id, topic) where polls.id = t.id and polls.topic is null`, [
    topics.map(([id]) => id),
    topics.map(([, topic]) => topic),
  ]);
}

/**
 * Adds the demo polls (src/seed/poll.seed.ts: the same ids, votes
 * and write-ins) when there are no polls yet and the demo directory is there — so a database
 * seeded with kudos before polls existed gets them too. Anonymous ballots go in under the seed's
 * random keys (seeded voters hold no receipts), their voters apart in the sorted list. Returns
 * whether it seeded.
 */
export async function seedPollsIfEmpty(db: Db, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [POLL_SEED_LOCK]);
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('select count(*)::int as n from polls');
    if (n > 0) return false;
    const polls = seedPolls(now);
    const people = new Set(polls.flatMap((p) => [p.createdById, ...p.voters, ...(p.anonymous ? [] : Object.keys(p.ballots))]));
    const [{ m } = { m: 0 }] = await tx.query<{ m: number }>('select count(*)::int as m from people where id = any($1::text[])', [[...people]]);
    if (m < people.size) return false;
    for (const poll of polls) {
      await tx.query(
        `insert into polls (id, question, description, kind, options, max_choices, allow_write_in, moderate_write_ins, anonymous,
           allow_change_vote, results_visibility, min_votes_for_results, opens_at, closes_at, closed_at, created_by, created_at, topic)
         values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          poll.id,
          poll.question,
          poll.description,
          poll.kind,
          JSON.stringify(poll.options),
          poll.maxChoices,
          poll.allowWriteIn,
          poll.moderateWriteIns,
          poll.anonymous,
          poll.allowChangeVote,
          poll.resultsVisibility,
          poll.minVotesForResults,
          poll.opensAt,
          poll.closesAt,
          poll.closedAt,
          poll.createdById,
          poll.createdAt,
          poll.topic,
        ],
      );
      for (const w of poll.writeIns) {
        await tx.query('insert into poll_write_ins (id, poll_id, text, approved) values ($1, $2, $3, $4)', [w.id, poll.id, w.text, w.approved]);
      }
      const ballots = Object.entries(poll.ballots).map(([key, b]) => ({
        key,
        optionIds: b.optionIds,
        writeInId: b.writeInId,
        score: b.score,
      }));
      if (poll.anonymous) {
        await tx.query(`insert into poll_voters (poll_id, person_ids) values ($1, array(select p collate "C" from unnest($2::text[]) as u(p) order by 1))`, [
          poll.id,
          poll.voters,
        ]);
        await tx.query(
          `insert into poll_ballots (id, poll_id, receipt_hash, option_ids, write_in_id, score)
           select gen_random_uuid(), $1, b.key, array(select jsonb_array_elements_text(b."optionIds")), b."writeInId", b.score
           from jsonb_to_recordset($2::jsonb) as b(key text, "optionIds" jsonb, "writeInId" text, score int)
           order by random()`,
          [poll.id, JSON.stringify(ballots)],
        );
      } else {
        await tx.query(
          `insert into poll_votes (poll_id, person_id, option_ids, write_in_id, score)
           select $1, b.key, array(select jsonb_array_elements_text(b."optionIds")), b."writeInId", b.score
           from jsonb_to_recordset($2::jsonb) as b(key text, "optionIds" jsonb, "writeInId" text, score int)`,
          [poll.id, JSON.stringify(ballots)],
        );
      }
    }
    return true;
  });
}

/** Another advisory lock of ours: "fdbk". */
const FEEDBACK_SEED_LOCK = 0x6664626b;

/**
 * Adds the demo feedback (src/seed/feedback.seed.ts: the same ids, categories,
 * scores, messages and times) when there is none yet and the demo directory is there. Seeded
 * threads are stored as any other: the hash of a token nobody holds, the sender's times on the
 * hour, answers naming their recipient. Returns whether it seeded.
 */
export async function seedFeedbackIfEmpty(db: Db, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [FEEDBACK_SEED_LOCK]);
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('select count(*)::int as n from feedback_threads');
    if (n > 0) return false;
    const threads = seedFeedback(now);
    const authors = new Set(threads.flatMap((t) => t.messages.flatMap((m) => (m.authorId ? [m.authorId] : []))));
    const [{ m } = { m: 0 }] = await tx.query<{ m: number }>('select count(*)::int as m from people where id = any($1::text[])', [[...authors]]);
    if (m < authors.size) return false;
    await tx.query(
      `insert into feedback_threads (id, token_hash, category_id, score, status, created_at)
       select id, "tokenHash", "categoryId", score, status, "createdAt"
       from jsonb_to_recordset($1::jsonb) as t(id text, "tokenHash" text, "categoryId" text, score int, status text, "createdAt" timestamptz)`,
      [JSON.stringify(threads.map(({ messages: _m, ...t }) => t))],
    );
    await tx.query(
      `insert into feedback_messages (id, thread_id, seq, from_role, author_id, message, created_at)
       select id, "threadId", seq, "from", "authorId", message, "createdAt"
       from jsonb_to_recordset($1::jsonb) as m(id text, "threadId" text, seq int, "from" text, "authorId" text, message text, "createdAt" timestamptz)`,
      [JSON.stringify(threads.flatMap((t) => t.messages.map((msg, i) => ({ ...msg, threadId: t.id, seq: i + 1 }))))],
    );
    return true;
  });
}

/** Another advisory lock of ours: "shar". */
const SHARE_SEED_LOCK = 0x73686172;

/**
 * Adds the share card's demo (src/seed/share.seed.ts: the same posts, guidelines, acceptances,
 * references, shares with their keys, and clicks) when there are no posts yet and the demo
 * directory is there. Returns whether it seeded.
 */
export async function seedShareIfEmpty(db: Db, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SHARE_SEED_LOCK]);
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('select count(*)::int as n from share_posts');
    if (n > 0) return false;
    const share = seedShare(now);
    const people = new Set([...share.posts.map((p) => p.authorId), ...share.refs.map((r) => r.personId), ...share.shares.map((s) => s.personId)]);
    const [{ m } = { m: 0 }] = await tx.query<{ m: number }>('select count(*)::int as m from people where id = any($1::text[])', [[...people]]);
    if (m < people.size) return false;
    const json = (rows: unknown[]) => JSON.stringify(rows);
    await tx.query(
      `insert into share_posts (id, title, captions, image_url, image_alt, link_url, link_preview, disclosure, hashtags, topic, status,
         publish_at, expire_at, caption_editable, author_id, suggested, return_comment, created_at)
       select id, title, captions, image->>'url', image->>'alt', link->>'url', nullif(link->'preview', 'null'::jsonb), locked->>'disclosure',
         array(select jsonb_array_elements_text(locked->'hashtags')), topic, status, "publishAt", "expireAt", "captionEditable", "authorId",
         suggested, "returnComment", "createdAt"
       from jsonb_to_recordset($1::jsonb) as p(id text, title text, captions jsonb, image jsonb, link jsonb, locked jsonb, topic text, status text,
         "publishAt" timestamptz, "expireAt" timestamptz, "captionEditable" boolean, "authorId" text, suggested boolean, "returnComment" text,
         "createdAt" timestamptz)`,
      [json(share.posts)],
    );
    const g = share.guidelines;
    await tx.query('insert into share_guidelines (title, body, version, must_accept) values ($1, $2, $3, $4)', [g.title, g.body, g.version, g.mustAccept]);
    await tx.query(`insert into share_acceptances (person_id, version, accepted_at) select key, value, $2 from jsonb_each_text($1::jsonb)`, [
      JSON.stringify(share.acceptances),
      new Date(now),
    ]);
    await tx.query(
      `insert into share_refs (ref, post_id, person_id) select ref, "postId", "personId" from jsonb_to_recordset($1::jsonb) as r(ref text, "postId" text, "personId" text)`,
      [json(share.refs)],
    );
    // Oldest first, so the serial ids follow time.
    await tx.query(
      `insert into share_records (post_id, person_id, network, idempotency_key, shared_at)
       select e.value->>'postId', e.value->>'personId', e.value->>'network', e.value->>'key', (e.value->>'sharedAt')::timestamptz
       from jsonb_array_elements($1::jsonb) with ordinality as e(value, n) order by e.n`,
      [json(share.shares)],
    );
    await tx.query(
      `insert into share_clicks (ref, clicked_at)
       select e.value->>'ref', (e.value->>'clickedAt')::timestamptz from jsonb_array_elements($1::jsonb) with ordinality as e(value, n) order by e.n`,
      [json(share.clicks)],
    );
    return true;
  });
}
