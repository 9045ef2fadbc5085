import { randomBytes } from 'node:crypto';
import { ValidationError } from '../src/core/errors.js';
import type { KudosFilter } from '../src/core/kudos.js';
import { isModerator, type KudosAudience, type ValidDraft } from '../src/core/kudos.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import type { Queryable } from './db/db.js';
import type { CommentRecord, KudosRecord } from './kudos.view.js';

/*
 * Kudos in SQL: reads return records (kudos.view.ts makes them domain objects for a viewer),
 * writes take a transaction. The visibility rule in SQL is core's `canSee` (public, or the
 * viewer is the author, a recipient or a moderator); the port (ports/kudos.port.ts) checks
 * records with `canSee` too, so the two cannot drift apart silently.
 */

interface KudosRow {
  id: string;
  author_id: string;
  recipient_ids: string[];
  message: string;
  value_id: string | null;
  image_url: string | null;
  image_alt: string | null;
  visibility: 'public' | 'private';
  hidden_reason: string | null;
  created_at: Date;
  comment_count: number;
  reporter_ids: string[];
  reactions: { emoji: string; personIds: string[] }[] | string;
}

const RECORD = `
  k.id, k.author_id, k.recipient_ids, k.message, k.value_id, k.image_url, k.image_alt, k.visibility, k.hidden_reason, k.created_at,
  (select count(*)::int from comments c where c.kudos_id = k.id and c.hidden_reason is null) as comment_count,
  array(select r.person_id from reports r where r.kudos_id = k.id order by r.created_at) as reporter_ids,
  coalesce((
    select json_agg(json_build_object('emoji', g.emoji, 'personIds', g.ids) order by g.first)
    from (select r.emoji, array_agg(r.person_id order by r.seq desc) as ids, min(r.seq) as first
          from reactions r where r.kudos_id = k.id group by r.emoji) g
  ), '[]') as reactions`;

function toRecord(row: KudosRow): KudosRecord {
  const reactions = typeof row.reactions === 'string' ? (JSON.parse(row.reactions) as KudosRow['reactions']) : row.reactions;
  return {
    id: row.id,
    authorId: row.author_id,
    recipientIds: row.recipient_ids,
    message: row.message,
    valueId: row.value_id,
    image: row.image_url ? { url: row.image_url, alt: row.image_alt ?? '' } : null,
    visibility: row.visibility,
    hiddenReason: row.hidden_reason,
    createdAt: new Date(row.created_at).toISOString(),
    reactions: reactions as { emoji: string; personIds: string[] }[],
    commentCount: Number(row.comment_count),
    reporterIds: row.reporter_ids,
  };
}

/** Ids sort after their time, so a kudos made in the same millisecond still pages stably. */
export function newId(prefix: string, now: number): string {
  return `${prefix}-${now.toString(36)}-${randomBytes(4).toString('hex')}`;
}

// ---- cursors -----------------------------------------------------------------------------------

type CursorKey = { createdAt: string; id: string };

/* The embedded adapter's cursor: the last item seen, so inserts and deletes never shift a page. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.createdAt, key.id])).toString('base64');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt))) return { createdAt, id };
  } catch {
    // Reported below like any other malformed cursor.
  }
  throw new ValidationError([{ field: 'cursor', code: 'invalid', message: 'This page link is not valid.' }]);
}

// ---- reads -------------------------------------------------------------------------------------

export async function loadRecord(db: Queryable, id: string): Promise<KudosRecord | null> {
  const [row] = await db.query<KudosRow>(`select ${RECORD} from kudos k where k.id = $1`, [id]);
  return row ? toRecord(row) : null;
}

/** The kudos among these ids that still exist (the live fan-out's batch: one query, however many events). */
export async function loadRecords(db: Queryable, ids: readonly string[]): Promise<KudosRecord[]> {
  if (!ids.length) return [];
  const rows = await db.query<KudosRow>(`select ${RECORD} from kudos k where k.id = any($1::text[])`, [ids]);
  return rows.map(toRecord);
}

export interface ListQuery {
  filter: KudosFilter;
  cursor: string | null;
  limit: number;
}

/** One page, newest first, of what `viewer` may see; `more` when another page follows. */
export async function listRecords(db: Queryable, viewer: CurrentUser, query: ListQuery): Promise<{ records: KudosRecord[]; more: boolean }> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const { valueId = null, teamId = null, personId = null } = query.filter;
  const rows = await db.query<KudosRow>(
    `select ${RECORD} from kudos k
     where (k.visibility = 'public' or $1::boolean or k.author_id = $2 or $2 = any(k.recipient_ids))
       and (k.hidden_reason is null or $1::boolean or k.author_id = $2)
       and ($3::text is null or k.value_id = $3)
       and ($4::text is null or k.author_id = $4 or $4 = any(k.recipient_ids))
       and ($5::text is null or exists (
             select 1 from people p where p.team_id = $5 and (p.id = k.author_id or p.id = any(k.recipient_ids))))
       and ($6::timestamptz is null or (k.created_at, k.id) < ($6::timestamptz, $7::text))
     order by k.created_at desc, k.id desc
     limit $8`,
    [isModerator(viewer), viewer.id, valueId, personId, teamId, after?.createdAt ?? null, after?.id ?? null, query.limit + 1],
  );
  const records = rows.map(toRecord);
  const more = records.length > query.limit;
  return { records: records.slice(0, query.limit), more };
}

interface CommentRow {
  id: string;
  kudos_id: string;
  author_id: string;
  message: string;
  created_at: Date;
  hidden_reason: string | null;
  reporter_ids: string[];
}

const COMMENT = `c.id, c.kudos_id, c.author_id, c.message, c.created_at, c.hidden_reason,
  array(select r.person_id from comment_reports r where r.comment_id = c.id order by r.created_at) as reporter_ids`;

const toCommentRecord = (r: CommentRow): CommentRecord => ({
  id: r.id,
  kudosId: r.kudos_id,
  authorId: r.author_id,
  message: r.message,
  createdAt: new Date(r.created_at).toISOString(),
  reporterIds: r.reporter_ids,
  hiddenReason: r.hidden_reason,
});

/** Every comment on a kudos, hidden ones too (the port shows those to their author and moderators only). */
export async function listComments(db: Queryable, kudosId: string): Promise<CommentRecord[]> {
  const rows = await db.query<CommentRow>(`select ${COMMENT} from comments c where c.kudos_id = $1 order by c.seq`, [kudosId]);
  return rows.map(toCommentRecord);
}

export async function loadComment(db: Queryable, id: string): Promise<CommentRecord | null> {
  const [r] = await db.query<CommentRow>(`select ${COMMENT} from comments c where c.id = $1`, [id]);
  return r ? toCommentRecord(r) : null;
}

/** The first report of a person stays; whether this one was new. */
export async function insertCommentReport(tx: Queryable, commentId: string, personId: string, reason: string, now: number): Promise<boolean> {
  const rows = await tx.query(
    'insert into comment_reports (comment_id, person_id, reason, created_at) values ($1, $2, $3, $4) on conflict do nothing returning person_id',
    [commentId, personId, reason, new Date(now)],
  );
  return rows.length > 0;
}

export interface ReportRecord {
  kudosId: string;
  reason: string;
  reportedAt: string;
}

/** Newest report first; at most `limit`. */
export async function listReports(db: Queryable, limit = 500): Promise<ReportRecord[]> {
  const rows = await db.query<{ kudos_id: string; reason: string; created_at: Date }>(
    'select kudos_id, reason, created_at from reports order by created_at desc, kudos_id limit $1',
    [limit],
  );
  return rows.map((r) => ({ kudosId: r.kudos_id, reason: r.reason, reportedAt: new Date(r.created_at).toISOString() }));
}

// ---- writes ------------------------------------------------------------------------------------

/** Inserts a new kudos; its record as written (no reactions, comments or reports yet), so it need not be read back. */
export async function insertKudos(tx: Queryable, authorId: string, draft: ValidDraft, now: number): Promise<KudosRecord> {
  const id = newId('k', now);
  const image = draft.image?.url ? { url: draft.image.url, alt: draft.image.alt ?? '' } : null;
  await tx.query(
    `insert into kudos (id, author_id, recipient_ids, message, value_id, image_url, image_alt, visibility, created_at)
     values ($1, $2, $3::text[], $4, $5, $6, $7, $8, $9)`,
    [id, authorId, draft.recipientIds, draft.message, draft.valueId, draft.image?.url ?? null, draft.image?.alt ?? null, draft.visibility, new Date(now)],
  );
  return {
    id,
    authorId,
    recipientIds: [...draft.recipientIds],
    message: draft.message,
    valueId: draft.valueId,
    image,
    visibility: draft.visibility,
    hiddenReason: null,
    createdAt: new Date(now).toISOString(),
    reactions: [],
    commentCount: 0,
    reporterIds: [],
  };
}

/** Adds or removes one reaction; whether anything changed. */
export async function setReaction(tx: Queryable, kudosId: string, personId: string, emoji: string, active: boolean): Promise<boolean> {
  const rows = active
    ? await tx.query('insert into reactions (kudos_id, person_id, emoji) values ($1, $2, $3) on conflict do nothing returning emoji', [
        kudosId,
        personId,
        emoji,
      ])
    : await tx.query('delete from reactions where kudos_id = $1 and person_id = $2 and emoji = $3 returning emoji', [kudosId, personId, emoji]);
  return rows.length > 0;
}

export async function insertComment(tx: Queryable, kudosId: string, authorId: string, message: string, now: number): Promise<string> {
  const id = newId('c', now);
  await tx.query('insert into comments (id, kudos_id, author_id, message, created_at) values ($1, $2, $3, $4, $5)', [
    id,
    kudosId,
    authorId,
    message,
    new Date(now),
  ]);
  return id;
}

/** The first report of a person stays; whether this one was new. */
export async function insertReport(tx: Queryable, kudosId: string, personId: string, reason: string, now: number): Promise<boolean> {
  const rows = await tx.query(
    'insert into reports (kudos_id, person_id, reason, created_at) values ($1, $2, $3, $4) on conflict do nothing returning person_id',
    [kudosId, personId, reason, new Date(now)],
  );
  return rows.length > 0;
}

export async function deleteKudos(tx: Queryable, kudosId: string): Promise<boolean> {
  return (await tx.query('delete from kudos where id = $1 returning id', [kudosId])).length > 0;
}

export type { KudosAudience };
