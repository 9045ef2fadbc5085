import { randomBytes, randomUUID } from 'node:crypto';
import type { PollKind, PollOption, ResultsVisibility, WriteIn } from '../src/core/poll.js';
import { foldLabel, type ValidPollDraft } from '../src/core/poll.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import type { Queryable } from './db/db.js';
import { personJson, toUser, type PersonRow } from './people.store.js';
import type { PollChoice as StoredChoice, PollRecord, PollTally as Tally } from '../src/core/poll.view.js';

/*
 * Polls in SQL (db/migrations/002_polls.sql). Named polls keep a vote per (poll, person) in
 * `poll_votes`. Anonymous polls keep who voted (`poll_voters`, one sorted array per poll) apart
 * from the ballots (`poll_ballots`: random UUID, sha256 of the voter's receipt, the choice), and
 * nothing written while voting names the voter next to the choice.
 */

// The records core's view reads (src/core/poll.view.ts); this store maps SQL rows to them.
export type { PollChoice as StoredChoice, PollRecord, PollTally as Tally } from '../src/core/poll.view.js';

interface PollRow {
  id: string;
  question: string;
  description: string | null;
  kind: PollKind;
  options: PollOption[] | string;
  max_choices: number;
  allow_write_in: boolean;
  moderate_write_ins: boolean;
  anonymous: boolean;
  allow_change_vote: boolean;
  results_visibility: ResultsVisibility;
  min_votes_for_results: number;
  opens_at: Date | null;
  closes_at: Date | null;
  closed_at: Date | null;
  topic: string | null;
  created_by: string;
  created_at: Date;
  /** The poll's write-ins (WRITE_INS), as JSON. */
  write_ins: Required<WriteIn>[] | string;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** A random id that says nothing about when it was made (the embedded adapter's format). */
export function randomId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}

/** The poll's write-ins, sorted by id, as one JSON value of a query over `polls p`. */
const WRITE_INS = `coalesce((select json_agg(json_build_object('id', w.id, 'text', w.text, 'approved', w.approved, 'rejected', w.rejected) order by w.id)
  from poll_write_ins w where w.poll_id = p.id), '[]'::json) as write_ins`;

/**
 * The poll, or null. `forUpdate` locks its row: votes in one poll take turns. The write-ins are
 * read by a statement of their own after the lock: a statement reads as of when it started, so
 * one added by whoever held the lock would be missed by the locking one.
 */
export async function loadPoll(db: Queryable, id: string, forUpdate = false): Promise<PollRecord | null> {
  if (!forUpdate) {
    const [row] = await db.query<PollRow>(`select p.*, ${WRITE_INS} from polls p where p.id = $1`, [id]);
    return row ? toRecord(row) : null;
  }
  const [row] = await db.query<PollRow>('select * from polls where id = $1 for update', [id]);
  if (!row) return null;
  const [after] = await db.query<Pick<PollRow, 'write_ins'>>(`select ${WRITE_INS} from polls p where p.id = $1`, [id]);
  return toRecord({ ...row, write_ins: after!.write_ins });
}

/**
 * What a vote needs, in two statements: the poll's row locked (votes in one poll take turns) with
 * its author, then — read after the lock, see loadPoll — its write-ins and whether this person
 * has voted. Null when there is no such poll.
 */
export async function loadPollForVote(
  tx: Queryable,
  id: string,
  personId: string,
): Promise<{ poll: PollRecord; voted: boolean; author: CurrentUser | undefined } | null> {
  const [row] = await tx.query<Omit<PollRow, 'write_ins'> & { author: PersonRow | string | null }>(
    `select p.*, (select ${personJson('a')} from people a where a.id = p.created_by) as author from polls p where p.id = $1 for update of p`,
    [id],
  );
  if (!row) return null;
  const voted = row.anonymous
    ? 'exists (select 1 from poll_voters v where v.poll_id = p.id and $2 = any(v.person_ids))'
    : 'exists (select 1 from poll_votes v where v.poll_id = p.id and v.person_id = $2)';
  const [after] = await tx.query<Pick<PollRow, 'write_ins'> & { voted: boolean }>(`select ${WRITE_INS}, ${voted} as voted from polls p where p.id = $1`, [
    id,
    personId,
  ]);
  const author = typeof row.author === 'string' ? (JSON.parse(row.author) as PersonRow) : row.author;
  return { poll: toRecord({ ...row, write_ins: after!.write_ins }), voted: after!.voted, author: author ? toUser(author) : undefined };
}

/**
 * The newest poll open at `now` (core's pollStatus: opened, no deadline passed, not closed by a
 * manager) of `topic` (normalized), or of any topic when null; ties in time go to the greater id.
 */
export async function latestOpenPoll(db: Queryable, topic: string | null, now: number): Promise<PollRecord | null> {
  // Two plain forms rather than `$2 is null or topic = $2`, so the topic's form can walk polls_topic_latest.
  const [row] = await db.query<PollRow>(
    `select p.*, ${WRITE_INS} from polls p
     where (opens_at is null or opens_at <= $1) and (closes_at is null or closes_at > $1) and (closed_at is null or closed_at > $1)
       ${topic === null ? '' : 'and topic = $2'}
     order by created_at desc, id desc limit 1`,
    topic === null ? [new Date(now)] : [new Date(now), topic],
  );
  return row ? toRecord(row) : null;
}

function toRecord(row: PollRow): PollRecord {
  const writeIns = typeof row.write_ins === 'string' ? (JSON.parse(row.write_ins) as Required<WriteIn>[]) : row.write_ins;
  return {
    id: row.id,
    question: row.question,
    description: row.description,
    kind: row.kind,
    options: typeof row.options === 'string' ? (JSON.parse(row.options) as PollOption[]) : row.options,
    maxChoices: Number(row.max_choices),
    allowWriteIn: row.allow_write_in,
    moderateWriteIns: row.moderate_write_ins,
    anonymous: row.anonymous,
    allowChangeVote: row.allow_change_vote,
    resultsVisibility: row.results_visibility,
    minVotesForResults: Number(row.min_votes_for_results),
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    closedAt: iso(row.closed_at),
    topic: row.topic ?? null,
    createdById: row.created_by,
    createdAt: iso(row.created_at)!,
    writeIns: writeIns.map((w) => ({ id: w.id, text: w.text, approved: w.approved, ...(w.rejected ? { rejected: true } : {}) })),
  };
}

/**
 * Counts per option, write-in and score: aggregates only, no ballot leaves the database. One read
 * of `poll_tallies`, which the ballot tables' triggers keep up to date (db/migrations/007_poll_tallies.sql).
 */
export async function loadTally(db: Queryable, pollId: string): Promise<Tally> {
  const rows = await db.query<{ kind: string; key: string; n: number }>('select kind, key, n from poll_tallies where poll_id = $1 and n > 0', [pollId]);
  let totalVotes = 0;
  const options = new Map<string, number>();
  const writeIns = new Map<string, number>();
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const { kind, key, n } of rows) {
    const count = Number(n);
    if (kind === 't') totalVotes = count;
    else if (kind === 'o') options.set(key, count);
    else if (kind === 'w') writeIns.set(key, count);
    else if (kind === 's' && Number(key) >= 0 && Number(key) <= 10) distribution[Number(key)] = count;
  }
  return { totalVotes, options, writeIns, distribution };
}

export async function hasVoted(db: Queryable, poll: Pick<PollRecord, 'id' | 'anonymous'>, personId: string): Promise<boolean> {
  const rows = poll.anonymous
    ? await db.query('select 1 from poll_voters where poll_id = $1 and $2 = any(person_ids)', [poll.id, personId])
    : await db.query('select 1 from poll_votes where poll_id = $1 and person_id = $2', [poll.id, personId]);
  return rows.length > 0;
}

/** A named poll's vote by this person (never asked of an anonymous poll: it cannot know). */
export async function namedVote(db: Queryable, pollId: string, personId: string): Promise<StoredChoice | null> {
  const [row] = await db.query<{ option_ids: string[]; write_in_id: string | null; score: number | null }>(
    'select option_ids, write_in_id, score from poll_votes where poll_id = $1 and person_id = $2',
    [pollId, personId],
  );
  return row ? { optionIds: row.option_ids, writeInId: row.write_in_id, score: row.score === null ? null : Number(row.score) } : null;
}

export async function insertPoll(tx: Queryable, id: string, draft: ValidPollDraft, createdById: string, now: number): Promise<void> {
  await tx.query(
    `insert into polls (id, question, description, kind, options, max_choices, allow_write_in, moderate_write_ins, anonymous,
       allow_change_vote, results_visibility, min_votes_for_results, opens_at, closes_at, closed_at, created_by, created_at, topic)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14, null, $15, $16, $17)`,
    [
      id,
      draft.question,
      draft.description,
      draft.kind,
      JSON.stringify(draft.options.map((label, i) => ({ id: `o${i + 1}`, label }))),
      draft.maxChoices,
      draft.allowWriteIn,
      draft.moderateWriteIns,
      draft.anonymous,
      draft.allowChangeVote,
      draft.resultsVisibility,
      draft.minVotesForResults,
      draft.opensAt,
      draft.closesAt,
      createdById,
      new Date(now),
      draft.topic,
    ],
  );
  if (draft.anonymous) await tx.query("insert into poll_voters (poll_id, person_ids) values ($1, '{}')", [id]);
}

/** The write-in with this text (folded), or a new one; approved at once when the poll does not moderate. */
export async function writeInFor(tx: Queryable, poll: PollRecord, text: string): Promise<string> {
  const existing = poll.writeIns.find((w) => foldLabel(w.text) === foldLabel(text));
  if (existing) return existing.id;
  const id = randomId('w');
  await tx.query('insert into poll_write_ins (id, poll_id, text, approved) values ($1, $2, $3, $4)', [id, poll.id, text, !poll.moderateWriteIns]);
  return id;
}

/** Keeps only write-ins some ballot still names: a changed vote takes its old "other" with it. */
export async function dropOrphanWriteIns(tx: Queryable, pollId: string): Promise<void> {
  await tx.query(
    `delete from poll_write_ins w where w.poll_id = $1
       and not exists (select 1 from poll_all_ballots b where b.poll_id = $1 and b.write_in_id = w.id)`,
    [pollId],
  );
}

/** A named vote, new or changed. The primary key refuses a second row for the same person. */
export async function putNamedVote(tx: Queryable, pollId: string, personId: string, choice: StoredChoice, change: boolean): Promise<void> {
  const params = [pollId, personId, choice.optionIds, choice.writeInId, choice.score];
  if (change) {
    await tx.query('update poll_votes set option_ids = $3::text[], write_in_id = $4, score = $5 where poll_id = $1 and person_id = $2', params);
  } else {
    await tx.query('insert into poll_votes (poll_id, person_id, option_ids, write_in_id, score) values ($1, $2, $3::text[], $4, $5)', params);
  }
}

/**
 * Adds a voter to an anonymous poll's sorted list; false when they are on it already. The list
 * is one row, rewritten whole, so it keeps no trace of who came when.
 */
export async function addVoter(tx: Queryable, pollId: string, personId: string): Promise<boolean> {
  const rows = await tx.query(
    `update poll_voters set person_ids = array(select distinct p collate "C" from unnest(person_ids || $2::text) as u(p) order by 1)
     where poll_id = $1 and not ($2 = any(person_ids)) returning poll_id`,
    [pollId, personId],
  );
  return rows.length > 0;
}

export async function insertBallot(tx: Queryable, pollId: string, receiptHash: string, choice: StoredChoice): Promise<void> {
  await tx.query('insert into poll_ballots (id, poll_id, receipt_hash, option_ids, write_in_id, score) values ($1, $2, $3, $4::text[], $5, $6)', [
    randomUUID(),
    pollId,
    receiptHash,
    choice.optionIds,
    choice.writeInId,
    choice.score,
  ]);
}

export async function ballotExists(db: Queryable, pollId: string, receiptHash: string): Promise<boolean> {
  return (await db.query('select 1 from poll_ballots where poll_id = $1 and receipt_hash = $2', [pollId, receiptHash])).length > 0;
}

export async function updateBallot(tx: Queryable, pollId: string, receiptHash: string, choice: StoredChoice): Promise<void> {
  await tx.query('update poll_ballots set option_ids = $3::text[], write_in_id = $4, score = $5 where poll_id = $1 and receipt_hash = $2', [
    pollId,
    receiptHash,
    choice.optionIds,
    choice.writeInId,
    choice.score,
  ]);
}

/** Whether anything changed: approving an approved write-in writes nothing; a rejected one comes back. */
export async function approveWriteIn(tx: Queryable, pollId: string, writeInId: string): Promise<boolean> {
  const sql = 'update poll_write_ins set approved = true, rejected = false where poll_id = $1 and id = $2 and (not approved or rejected) returning id';
  return (await tx.query(sql, [pollId, writeInId])).length > 0;
}

/** Whether anything changed: rejecting a rejected write-in writes nothing. */
export async function rejectWriteIn(tx: Queryable, pollId: string, writeInId: string): Promise<boolean> {
  return (
    (await tx.query('update poll_write_ins set rejected = true where poll_id = $1 and id = $2 and not rejected returning id', [pollId, writeInId])).length > 0
  );
}

export async function closePoll(tx: Queryable, pollId: string, now: number): Promise<void> {
  await tx.query('update polls set closed_at = $2 where id = $1', [pollId, new Date(now)]);
}
