import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { tallyChoices, type PollTally } from '../../src/core/poll.view.js';
import type { Queryable } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { loadPoll, loadTally, type StoredChoice } from '../polls.store.js';
import { seedIfEmpty, seedPollsIfEmpty } from '../seed.js';
import { T0 } from './helpers.js';

/*
 * Poll counts are kept up to date by triggers (db/migrations/007_poll_tallies.sql) instead of
 * recounted per read: they must equal a recount of the ballots, on a database that had votes
 * before the counts existed and after votes are cast, changed and taken away.
 */

const MIGRATIONS = fileURLToPath(new URL('../db/migrations/', import.meta.url));
const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** What a view shows: an option no ballot names counts 0 whether or not it has an entry. */
const entries = (m: ReadonlyMap<string, number>) => [...m].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1));
const nonZero = (t: PollTally) => ({ ...t, options: entries(t.options), writeIns: entries(t.writeIns) });

async function recount(db: Queryable, pollId: string): Promise<PollTally> {
  const rows = await db.query<{ option_ids: string[]; write_in_id: string | null; score: number | null }>(
    'select option_ids, write_in_id, score from poll_votes where poll_id = $1 union all select option_ids, write_in_id, score from poll_ballots where poll_id = $1',
    [pollId],
  );
  return tallyChoices(
    (await loadPoll(db, pollId))!,
    rows.map((r): StoredChoice => ({ optionIds: r.option_ids, writeInId: r.write_in_id, score: r.score === null ? null : Number(r.score) })),
  );
}

async function assertCountsMatch(db: Queryable): Promise<number> {
  const polls = await db.query<{ id: string }>('select id from polls order by id');
  let votes = 0;
  for (const { id } of polls) {
    const expected = await recount(db, id);
    assert.deepEqual(nonZero(await loadTally(db, id)), nonZero(expected), `counts of ${id}`);
    votes += expected.totalVotes;
  }
  return votes;
}

describe('poll counts', () => {
  it('a database with votes from before the counts gets them right when it upgrades, and they follow every change of a ballot', async () => {
    const older = await mkdtemp(join(tmpdir(), 'chorus-migrations-'));
    dirs.push(older);
    // Before 007 (the counts); 008 only adds the topic column, which today's seed fills.
    for (const file of await readdir(MIGRATIONS)) if (file < '007' || file.startsWith('008_')) await cp(join(MIGRATIONS, file), join(older, file));
    const db = await openPglite();
    try {
      await migrate(db, older);
      await seedIfEmpty(db, T0);
      await seedPollsIfEmpty(db, T0);
      // Votes cast before the upgrade: named and anonymous, options, scores and a write-in.
      const polls = await db.query<{ id: string; anonymous: boolean; kind: string; options: { id: string }[] }>(
        'select id, anonymous, kind, options from polls',
      );
      for (const poll of polls) {
        const options = poll.options.map((o) => o.id);
        await db.query("insert into poll_write_ins (id, poll_id, text, approved) values ($1, $2, 'Soup', true)", [`w-${poll.id}`, poll.id]);
        for (let i = 0; i < 7; i++) {
          const choice = poll.kind === 'enps' ? [[], null, i % 11] : [[options[i % options.length]!], i % 3 ? null : `w-${poll.id}`, null];
          if (poll.anonymous)
            await db.query(
              'insert into poll_ballots (id, poll_id, receipt_hash, option_ids, write_in_id, score) values (gen_random_uuid(), $1, $2, $3::text[], $4, $5)',
              [poll.id, `r-${poll.id}-${i}`, ...choice],
            );
          else
            await db.query('insert into poll_votes (poll_id, person_id, option_ids, write_in_id, score) values ($1, $2, $3::text[], $4, $5)', [
              poll.id,
              `voter-${i}`,
              ...choice,
            ]);
        }
      }
      // 007 first, then any later migration (008 adds topics).
      assert.equal((await migrate(db))[0], '007_poll_tallies.sql');
      assert.ok((await assertCountsMatch(db)) > 0, 'the seed has votes to count');

      const [named] = await db.query<{ poll_id: string; person_id: string }>('select poll_id, person_id from poll_votes limit 1');
      const [ballot] = await db.query<{ id: string; poll_id: string }>('select id, poll_id from poll_ballots limit 1');
      assert.ok(named && ballot);
      await db.query('update poll_votes set option_ids = $3::text[] where poll_id = $1 and person_id = $2', [named.poll_id, named.person_id, []]);
      await db.query('update poll_ballots set score = 3, option_ids = $2::text[] where id = $1', [ballot.id, []]);
      await assertCountsMatch(db);
      await db.query('delete from poll_votes where poll_id = $1 and person_id = $2', [named.poll_id, named.person_id]);
      await db.query('delete from poll_ballots where id = $1', [ballot.id]);
      await assertCountsMatch(db);
      await db.query('delete from polls where id = $1', [ballot.poll_id]);
      assert.deepEqual(await db.query('select 1 from poll_tallies where poll_id = $1', [ballot.poll_id]), [], 'a deleted poll takes its counts with it');
    } finally {
      await db.close();
    }
  });
});
