import type { ShareNetwork } from '../src/core/share-card.js';
import type { PostRecord, PostTally } from '../src/core/share-card.view.js';
import type { StoredShareGuidelines } from '../src/seed/types.js';
import type { Queryable } from './db/db.js';

/*
 * The share card's SQL (migrations/004_share.sql): posts as core's PostRecord, counts computed in
 * SQL (each stored record once, distinct people, clicks on the post's references), references
 * made once per person and post, and records unique per (person, Idempotency-Key).
 */

interface PostRow {
  id: string;
  title: string;
  captions: PostRecord['captions'] | string;
  image_url: string | null;
  image_alt: string | null;
  link_url: string;
  link_preview: NonNullable<PostRecord['link']['preview']> | string | null;
  disclosure: string | null;
  hashtags: string[];
  topic: string | null;
  status: PostRecord['status'];
  publish_at: Date | string | null;
  expire_at: Date | string | null;
  caption_editable: boolean;
  author_id: string;
  suggested: boolean;
  return_comment: string | null;
  created_at: Date | string;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function toRecord(row: PostRow): PostRecord {
  return {
    id: row.id,
    title: row.title,
    captions: parsed(row.captions),
    image: row.image_url ? { url: row.image_url, alt: row.image_alt ?? '' } : null,
    link: { url: row.link_url, preview: row.link_preview === null ? null : parsed(row.link_preview) },
    locked: { disclosure: row.disclosure, hashtags: [...row.hashtags] },
    topic: row.topic,
    status: row.status,
    publishAt: iso(row.publish_at),
    expireAt: iso(row.expire_at),
    captionEditable: row.caption_editable,
    authorId: row.author_id,
    suggested: row.suggested,
    returnComment: row.return_comment,
    createdAt: iso(row.created_at)!,
  };
}

/** Every post, newest first by the time it reached the feed, ids breaking ties (the embedded adapter's order). */
export async function loadPosts(db: Queryable): Promise<PostRecord[]> {
  const rows = await db.query<PostRow>('select * from share_posts order by coalesce(publish_at, created_at) desc, id desc');
  return rows.map(toRecord);
}

/**
 * One post by id, or null. `forUpdate` locks its row until the transaction ends, so publishing
 * steps on one post run one after the other (the second sees the first's status).
 */
export async function loadPost(db: Queryable, id: string, { forUpdate = false } = {}): Promise<PostRecord | null> {
  const [row] = await db.query<PostRow>(`select * from share_posts where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return row ? toRecord(row) : null;
}

type PostContent = Omit<PostRecord, 'id' | 'status' | 'authorId' | 'suggested' | 'returnComment' | 'createdAt'>;

/** A post's content columns, in the order `insertPost` and `updatePostContent` bind them from $2. */
function contentParams(post: PostContent): unknown[] {
  return [
    post.title,
    JSON.stringify(post.captions),
    post.image?.url ?? null,
    post.image?.alt ?? null,
    post.link.url,
    post.link.preview ? JSON.stringify(post.link.preview) : null,
    post.locked.disclosure,
    [...post.locked.hashtags],
    post.topic,
    post.publishAt === null ? null : new Date(post.publishAt),
    post.expireAt === null ? null : new Date(post.expireAt),
    post.captionEditable,
  ];
}

/** Stores a new post (a checked draft, or a suggestion). */
export async function insertPost(tx: Queryable, post: PostRecord): Promise<void> {
  await tx.query(
    `insert into share_posts (id, title, captions, image_url, image_alt, link_url, link_preview, disclosure, hashtags, topic,
       publish_at, expire_at, caption_editable, status, author_id, suggested, return_comment, created_at)
     values ($1, $2, $3::jsonb, $4, $5, $6, $7::jsonb, $8, $9::text[], $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [post.id, ...contentParams(post), post.status, post.authorId, post.suggested, post.returnComment, new Date(post.createdAt)],
  );
}

/** Replaces a post's content; the link's preview stays only while the link does. */
export async function updatePostContent(tx: Queryable, id: string, post: PostContent): Promise<void> {
  const params = contentParams(post);
  params.splice(5, 1); // the preview: kept or cleared here, never taken from a draft
  await tx.query(
    `update share_posts set title = $2, captions = $3::jsonb, image_url = $4, image_alt = $5,
       link_preview = case when link_url = $6 then link_preview else null end, link_url = $6, disclosure = $7, hashtags = $8::text[],
       topic = $9, publish_at = $10, expire_at = $11, caption_editable = $12
     where id = $1`,
    [id, ...params],
  );
}

/** A publishing step's outcome: the status, dates and return comment `transition` gave. */
export async function setPostState(tx: Queryable, id: string, state: Pick<PostRecord, 'status' | 'publishAt' | 'expireAt' | 'returnComment'>): Promise<void> {
  await tx.query('update share_posts set status = $2, publish_at = $3, expire_at = $4, return_comment = $5 where id = $1', [
    id,
    state.status,
    state.publishAt === null ? null : new Date(state.publishAt),
    state.expireAt === null ? null : new Date(state.expireAt),
    state.returnComment,
  ]);
}

/** The counts of each post in `postIds`, with `sharedByMe` for `viewerId`: aggregates only. */
export async function loadTallies(db: Queryable, postIds: readonly string[], viewerId: string): Promise<Map<string, PostTally>> {
  const tallies = new Map<string, PostTally>(postIds.map((id) => [id, { byNetwork: {}, people: 0, clicks: 0, sharedByMe: false }]));
  if (!postIds.length) return tallies;
  const ids = [...postIds];
  const networks = await db.query<{ post_id: string; network: ShareNetwork; n: number }>(
    'select post_id, network, count(*)::int as n from share_records where post_id = any($1::text[]) group by post_id, network',
    [ids],
  );
  for (const row of networks) tallies.get(row.post_id)!.byNetwork[row.network] = Number(row.n);
  const people = await db.query<{ post_id: string; people: number; mine: boolean }>(
    `select post_id, count(distinct person_id)::int as people, bool_or(person_id = $2) as mine
     from share_records where post_id = any($1::text[]) group by post_id`,
    [ids, viewerId],
  );
  for (const row of people) Object.assign(tallies.get(row.post_id)!, { people: Number(row.people), sharedByMe: row.mine });
  const clicks = await db.query<{ post_id: string; n: number }>(
    `select r.post_id, count(*)::int as n from share_clicks c join share_refs r on r.ref = c.ref
     where r.post_id = any($1::text[]) group by r.post_id`,
    [ids],
  );
  for (const row of clicks) tallies.get(row.post_id)!.clicks = Number(row.n);
  return tallies;
}

export async function loadGuidelines(db: Queryable): Promise<StoredShareGuidelines> {
  const [row] = await db.query<{ title: string; body: string; version: string; must_accept: boolean }>('select * from share_guidelines');
  // No guidelines configured: nothing to accept.
  return row
    ? { title: row.title, body: row.body, version: row.version, mustAccept: row.must_accept }
    : { title: '', body: '', version: 'none', mustAccept: false };
}

export async function acceptedVersion(db: Queryable, personId: string): Promise<string | null> {
  const [row] = await db.query<{ version: string }>('select version from share_acceptances where person_id = $1', [personId]);
  return row?.version ?? null;
}

export async function accept(tx: Queryable, personId: string, version: string, now: number): Promise<void> {
  await tx.query(
    `insert into share_acceptances (person_id, version, accepted_at) values ($1, $2, $3)
     on conflict (person_id) do update set version = excluded.version, accepted_at = excluded.accepted_at
     where share_acceptances.version is distinct from excluded.version`,
    [personId, version, new Date(now)],
  );
}

/** The person's reference for the post: `fresh` stored unless one exists (the first one stays: stable). */
export async function refFor(tx: Queryable, postId: string, personId: string, fresh: string): Promise<string> {
  await tx.query('insert into share_refs (ref, post_id, person_id) values ($1, $2, $3) on conflict (post_id, person_id) do nothing', [fresh, postId, personId]);
  const [row] = await tx.query<{ ref: string }>('select ref from share_refs where post_id = $1 and person_id = $2', [postId, personId]);
  return row!.ref;
}

export async function shareRecorded(db: Queryable, personId: string, key: string): Promise<boolean> {
  return (await db.query('select 1 from share_records where person_id = $1 and idempotency_key = $2', [personId, key])).length > 0;
}

/** Stores one share; false when this person's key was stored already (a retry counts once). */
export async function insertShare(
  tx: Queryable,
  share: { postId: string; personId: string; network: ShareNetwork; key: string; now: number },
): Promise<boolean> {
  const rows = await tx.query(
    `insert into share_records (post_id, person_id, network, idempotency_key, shared_at) values ($1, $2, $3, $4, $5)
     on conflict (person_id, idempotency_key) do nothing returning id`,
    [share.postId, share.personId, share.network, share.key, new Date(share.now)],
  );
  return rows.length > 0;
}

/** Counts one click on `ref` (its time only) and gives the post's own link; null for an unknown ref. */
export async function followRef(tx: Queryable, ref: string, now: number): Promise<{ postId: string; url: string } | null> {
  const [row] = await tx.query<{ post_id: string; link_url: string }>(
    'select r.post_id, p.link_url from share_refs r join share_posts p on p.id = r.post_id where r.ref = $1',
    [ref],
  );
  if (!row) return null;
  await tx.query('insert into share_clicks (ref, clicked_at) values ($1, $2)', [ref, new Date(now)]);
  return { postId: row.post_id, url: row.link_url };
}
