import { seedState } from '../src/adapters/memory/seed.js';
import { searchWords } from '../src/core/people.rules.js';
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
 * Fills an empty database with the embedded adapter's demo company (the same people, teams and
 * kudos, from the same seeded generator), timestamps relative to `now`. Does nothing when people
 * exist already; safe when several processes start at once (advisory lock). Returns whether it seeded.
 */
export async function seedIfEmpty(db: Db, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('select count(*)::int as n from people');
    if (n > 0) return false;
    const state = seedState(now);
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
