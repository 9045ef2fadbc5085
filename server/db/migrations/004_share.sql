-- The share card: pre-approved posts employees share to their own networks.
--
--   share_posts          the posts (captions, locked parts and link as the author wrote them)
--   share_guidelines     the company's guidelines, one row; a new version asks everyone again
--   share_acceptances    who accepted which version of the guidelines
--   share_refs           each person's opaque tracking reference per post: random, never derived
--                        from who they are; the only link between a click and a sharer
--   share_records        one row per recorded share; the client's Idempotency-Key is unique per
--                        person, so a retried record counts once, even after the replay window
--   share_clicks         one row per click on a tracked link: the reference and the time only —
--                        no IP address, no user agent, nothing about the clicker

create table share_posts (
  id               text collate "C" primary key,
  title            text not null,
  -- { "default": "…", "x": "…", … } with the locked parts in each.
  captions         jsonb not null,
  image_url        text check (image_url ~* '^https?://'),
  image_alt        text,
  link_url         text not null check (link_url ~* '^https?://'),
  -- { "title", "site", "imageUrl" } or null.
  link_preview     jsonb,
  disclosure       text,
  hashtags         text[] not null default '{}',
  topic            text,
  status           text not null check (status in ('draft', 'submitted', 'approved', 'scheduled', 'published', 'expired', 'archived', 'returned')),
  publish_at       timestamptz,
  expire_at        timestamptz,
  caption_editable boolean not null default true,
  author_id        text not null,
  suggested        boolean not null default false,
  return_comment   text,
  created_at       timestamptz not null
);
create index share_posts_feed on share_posts ((coalesce(publish_at, created_at)) desc, id desc);

create table share_guidelines (
  id          boolean primary key default true check (id),
  title       text not null,
  body        text not null,
  version     text not null,
  must_accept boolean not null
);

create table share_acceptances (
  person_id   text primary key,
  version     text not null,
  accepted_at timestamptz not null
);

create table share_refs (
  ref       text collate "C" primary key,
  post_id   text collate "C" not null references share_posts (id) on delete cascade,
  person_id text not null,
  unique (post_id, person_id)
);

create table share_records (
  id              bigserial primary key,
  post_id         text collate "C" not null references share_posts (id) on delete cascade,
  person_id       text not null,
  network         text not null check (network in ('linkedin', 'x', 'facebook', 'teams', 'email', 'native', 'copy')),
  idempotency_key text not null,
  shared_at       timestamptz not null,
  unique (person_id, idempotency_key)
);
create index share_records_post on share_records (post_id);

create table share_clicks (
  id         bigserial primary key,
  ref        text collate "C" not null references share_refs (ref) on delete cascade,
  clicked_at timestamptz not null
);
create index share_clicks_ref on share_clicks (ref);
