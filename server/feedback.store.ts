import { randomId } from '../src/core/secret.js';
import type { FeedbackStatus } from '../src/core/feedback.js';
import type { ValidFeedback } from '../src/core/feedback.rules.js';
import type { Queryable } from './db/db.js';
import { decodeCursor, encodeCursor } from './kudos.store.js';
import type { FeedbackThreadRecord } from '../src/core/feedback.view.js';

/*
 * Feedback in SQL (db/migrations/003_feedback.sql). Reads return records (feedback.view.ts makes
 * them the contract's FeedbackThread); writes take a transaction. What a thread stores is the
 * token's hash, the category, the score, the status and the hour: the callers pass coarse times
 * for the sender, and the table's checks refuse anything finer.
 */

// The records core's view reads (src/core/feedback.view.ts); this store maps SQL rows to them.
export type { FeedbackMessageRecord, FeedbackThreadRecord } from '../src/core/feedback.view.js';

interface ThreadRow {
  id: string;
  category_id: string;
  score: number | null;
  status: FeedbackStatus;
  created_at: Date;
  messages: Array<{ id: string; from: 'sender' | 'recipient'; authorId: string | null; message: string; createdAt: string }> | string;
}

const RECORD = `
  t.id, t.category_id, t.score, t.status, t.created_at,
  coalesce((
    select json_agg(json_build_object('id', m.id, 'from', m.from_role, 'authorId', m.author_id, 'message', m.message, 'createdAt', m.created_at) order by m.seq)
    from feedback_messages m where m.thread_id = t.id
  ), '[]') as messages`;

function toRecord(row: ThreadRow): FeedbackThreadRecord {
  const messages = typeof row.messages === 'string' ? (JSON.parse(row.messages) as Exclude<ThreadRow['messages'], string>) : row.messages;
  return {
    id: row.id,
    categoryId: row.category_id,
    score: row.score === null ? null : Number(row.score),
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    messages: messages.map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() })),
  };
}

// ---- reads -------------------------------------------------------------------------------------

/** The thread a reply token's hash opens; locked for the rest of the transaction with `forUpdate`. */
export async function loadByTokenHash(db: Queryable, tokenHash: string, forUpdate = false): Promise<FeedbackThreadRecord | null> {
  const [row] = await db.query<ThreadRow>(`select ${RECORD} from feedback_threads t where t.token_hash = $1${forUpdate ? ' for update' : ''}`, [tokenHash]);
  return row ? toRecord(row) : null;
}

export async function loadThread(db: Queryable, id: string, forUpdate = false): Promise<FeedbackThreadRecord | null> {
  const [row] = await db.query<ThreadRow>(`select ${RECORD} from feedback_threads t where t.id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return row ? toRecord(row) : null;
}

export interface InboxQuery {
  categoryId: string | null;
  status: FeedbackStatus | null;
  cursor: string | null;
  limit: number;
  /** deliveryCutoff(): threads sent after it are held, and its status is as recipients see it; null: none held. */
  cutoff: string | null;
}

/**
 * The status recipients see under the cutoff `$c` (core's deliveredThread): an open thread whose
 * last delivered message is an answer reads `answered` while the sender's reply is held.
 */
const SEEN_STATUS = (c: string) => `case when t.status = 'open' and ${c}::timestamptz is not null and (
    select m.from_role from feedback_messages m
    where m.thread_id = t.id and (m.from_role = 'recipient' or m.created_at <= ${c}::timestamptz)
    order by m.seq desc limit 1) = 'recipient' then 'answered' else t.status end`;

/** One page, newest first (hour, then id, descending); `more` when another page follows. */
export async function listThreads(db: Queryable, query: InboxQuery): Promise<{ records: FeedbackThreadRecord[]; more: boolean }> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.query<ThreadRow>(
    `select ${RECORD} from feedback_threads t
     where ($1::text is null or t.category_id = $1)
       and ($2::text is null or ${SEEN_STATUS('$6')} = $2)
       and ($3::timestamptz is null or (t.created_at, t.id) < ($3::timestamptz, $4::text))
       and ($6::timestamptz is null or t.created_at <= $6::timestamptz)
     order by t.created_at desc, t.id desc
     limit $5`,
    [query.categoryId, query.status, after?.createdAt ?? null, after?.id ?? null, query.limit + 1, query.cutoff],
  );
  const records = rows.map(toRecord);
  return { records: records.slice(0, query.limit), more: records.length > query.limit };
}

export function nextCursor(records: readonly FeedbackThreadRecord[], more: boolean): string | null {
  const last = records[records.length - 1];
  return more && last ? encodeCursor(last) : null;
}

/** Every delivered thread's category and score, for the summary (core's `summarize` groups and withholds). */
export async function scores(db: Queryable, cutoff: string | null): Promise<Array<{ categoryId: string; score: number | null }>> {
  const rows = await db.query<{ category_id: string; score: number | null }>(
    'select category_id, score from feedback_threads where $1::timestamptz is null or created_at <= $1::timestamptz',
    [cutoff],
  );
  return rows.map((r) => ({ categoryId: r.category_id, score: r.score === null ? null : Number(r.score) }));
}

// ---- writes ------------------------------------------------------------------------------------

/** A new thread and its first message, the sender's: no author, `hour` (coarseTime) as its time. Returns the id. */
export async function insertThread(tx: Queryable, tokenHash: string, feedback: ValidFeedback, hour: string): Promise<string> {
  const id = randomId('fb');
  await tx.query(`insert into feedback_threads (id, token_hash, category_id, score, status, created_at) values ($1, $2, $3, $4, 'open', $5)`, [
    id,
    tokenHash,
    feedback.categoryId,
    feedback.score,
    hour,
  ]);
  await addMessage(tx, id, 'sender', null, feedback.message, hour);
  return id;
}

/** Appends a message (call with the thread locked). A sender's message has no author and an hour-rounded time. */
export async function addMessage(
  tx: Queryable,
  threadId: string,
  from: 'sender' | 'recipient',
  authorId: string | null,
  message: string,
  createdAt: string,
): Promise<void> {
  await tx.query(
    `insert into feedback_messages (id, thread_id, seq, from_role, author_id, message, created_at)
     values ($1, $2, (select coalesce(max(seq), 0) + 1 from feedback_messages where thread_id = $2), $3, $4, $5, $6)`,
    [randomId('fbm'), threadId, from, from === 'sender' ? null : authorId, message, createdAt],
  );
}

export async function setStatus(tx: Queryable, threadId: string, status: FeedbackStatus): Promise<void> {
  await tx.query('update feedback_threads set status = $2 where id = $1', [threadId, status]);
}
