import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEAMS, seedPeople } from '../../src/seed/company.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { seedDirectory } from '../seed.js';
import { prepareDatabase } from '../setup.js';
import { T0 } from './helpers.js';

/* A demo database seeded before the directory grew gets what it lacks when the server starts; nothing else does. */
describe('the demo directory on an older database', () => {
  const NADIA = seedPeople().find((p) => p.name === 'Nadia Haddad')!;
  const added = seedPeople().slice(35);
  const addedTeams = TEAMS.filter(
    (t) =>
      !seedPeople()
        .slice(0, 35)
        .some((p) => p.teamId === t.id),
  );

  it('adds the small teams, their people and the insights role, keeping what was there', async () => {
    assert.ok(added.length > 0 && addedTeams.length > 0, 'the seed has people and teams added after the first 35');
    const db = await openPglite();
    try {
      await prepareDatabase(db, T0);
      // As a database seeded before them: none of the later people, teams or roles.
      await db.query('delete from people where id = any($1::text[])', [added.map((p) => p.id)]);
      await db.query('delete from teams where id = any($1::text[])', [addedTeams.map((t) => t.id)]);
      await db.query(`update people set roles = array_remove(roles, 'insights'), title = 'Head of People' where id = $1`, [NADIA.id]);
      await prepareDatabase(db, T0);
      const people = await db.query<{ id: string }>('select id from people');
      assert.equal(people.length, seedPeople().length, 'every person of the seed');
      const teams = await db.query<{ id: string }>('select id from teams');
      assert.equal(teams.length, TEAMS.length, 'every team of the seed');
      const [nadia] = await db.query<{ roles: string[]; title: string }>('select roles, title from people where id = $1', [NADIA.id]);
      assert.deepEqual(nadia?.roles, NADIA.roles, 'the seed’s roles, in order');
      assert.equal(nadia?.title, 'Head of People', 'what was there is kept');
    } finally {
      await db.close();
    }
  });

  it('leaves a database that is not the demo company alone', async () => {
    const db = await openPglite();
    try {
      await migrate(db);
      await db.query(`insert into teams (id, name) values ('t-own', 'Our team')`);
      await db.query(`insert into people (id, name, title, team_id, roles, search_text) values ('p-01', 'Someone Else', '', 't-own', '{}', 'someone else')`);
      await seedDirectory(db, T0);
      assert.deepEqual(await db.query('select id from teams'), [{ id: 't-own' }]);
      assert.equal((await db.query('select id from people')).length, 1);
    } finally {
      await db.close();
    }
  });
});
