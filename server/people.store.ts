import type { CurrentUser, Person, Role, Team } from '../src/core/people.js';
import { peopleNames, rankPeople, searchWords, SEARCH_LIMIT } from '../src/core/people.rules.js';
import type { Queryable } from './db/db.js';

/*
 * The directory in SQL. People are read per request (a directory changes rarely, but several
 * processes share it, so nothing is cached in one process's memory).
 */

export interface PersonRow {
  id: string;
  name: string;
  title: string | null;
  team_id: string;
  avatar_url: string | null;
  roles: string[];
}

const COLUMNS = 'id, name, title, team_id, avatar_url, roles';

/** " soren ostergaard staff engineer": what the SQL pre-filter matches word prefixes against. */
export function personSearchText(person: Pick<Person, 'name' | 'title'>): string {
  return ` ${searchWords(`${person.name} ${person.title ?? ''}`).join(' ')}`;
}

/** A person's row as one JSON value (`alias` names the people row), read with `toUser`: a join that adds no round trip. */
export const personJson = (alias: string): string =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'title', ${alias}.title, 'team_id', ${alias}.team_id, 'avatar_url', ${alias}.avatar_url, 'roles', ${alias}.roles)`;

export function toUser(row: PersonRow): CurrentUser {
  return {
    id: row.id,
    name: row.name,
    ...(row.title ? { title: row.title } : {}),
    teamId: row.team_id,
    ...(row.avatar_url ? { avatarUrl: row.avatar_url } : {}),
    roles: row.roles as Role[],
  };
}

/** The public face of a person: no roles. A person no longer in the directory is a "Former colleague". */
export function toPerson(user: CurrentUser | undefined, id: string): Person {
  if (!user) return { id, name: 'Former colleague', teamId: '' };
  const { roles: _roles, ...person } = user;
  return { ...person };
}

export async function findUser(db: Queryable, id: string): Promise<CurrentUser | null> {
  const [row] = await db.query<PersonRow>(`select ${COLUMNS} from people where id = $1`, [id]);
  return row ? toUser(row) : null;
}

/** By id, or by e-mail (case-insensitive), for a sign-in proxy that sends either. */
export async function findUserByIdOrEmail(db: Queryable, value: string): Promise<CurrentUser | null> {
  const [row] = await db.query<PersonRow>(`select ${COLUMNS} from people where id = $1 or email = lower($1) limit 1`, [value]);
  return row ? toUser(row) : null;
}

export async function listUsers(db: Queryable): Promise<CurrentUser[]> {
  return (await db.query<PersonRow>(`select ${COLUMNS} from people order by id`)).map(toUser);
}

export async function usersById(db: Queryable, ids: Iterable<string>): Promise<Map<string, CurrentUser>> {
  const list = [...new Set(ids)];
  if (!list.length) return new Map();
  const rows = await db.query<PersonRow>(`select ${COLUMNS} from people where id = any($1::text[])`, [list]);
  return new Map(rows.map((r) => [r.id, toUser(r)]));
}

/** The embedded adapter's search (src/core/people.rules.ts); SQL only narrows the candidates. */
export async function searchPeople(db: Queryable, query: string, limit = SEARCH_LIMIT): Promise<Person[]> {
  const terms = searchWords(query);
  if (!terms.length) return [];
  // Every term must start some word of the name or title; the ranking decides the rest.
  const where = terms.map((_, i) => `search_text like $${i + 1}`).join(' and ');
  const rows = await db.query<PersonRow>(
    `select ${COLUMNS} from people where ${where}`,
    terms.map((t) => `% ${t}%`),
  );
  return rankPeople(rows.map(toUser), query, limit).map((u) => toPerson(u, u.id));
}

/** Every full name once, in the order src/core/people.rules.ts gives every backend. */
export async function listPeopleNames(db: Queryable): Promise<string[]> {
  return peopleNames((await db.query<{ name: string }>('select name from people')).map((r) => r.name));
}

export async function listTeams(db: Queryable): Promise<Team[]> {
  return db.query<Team>('select id, name from teams order by position, id');
}
