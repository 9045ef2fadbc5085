-- The kudos slice. Domain timestamps come from the server's clock (a parameter), not now(),
-- so tests can pin time. Ids are compared byte-wise (collate "C") so paging orders them the
-- same way on every server, whatever its locale.

create table teams (
  id       text collate "C" primary key,
  name     text not null,
  -- The order the filter offers them in.
  position integer not null default 0
);

create table people (
  id          text collate "C" primary key,
  name        text not null,
  title       text,
  team_id     text not null,
  avatar_url  text,
  -- Lower-case; the proxy sign-in may name a person by e-mail.
  email       text unique,
  roles       text[] not null default '{}',
  -- Folded words (" soren ostergaard staff engineer") for a quick prefix pre-filter; the
  -- ranking itself is src/core/people.rules.ts.
  search_text text not null default ''
);

create table kudos (
  id            text collate "C" primary key,
  author_id     text not null,
  recipient_ids text[] not null,
  message       text not null,
  value_id      text,
  image_url     text,
  image_alt     text,
  visibility    text not null check (visibility in ('public', 'private')),
  created_at    timestamptz not null
);
create index kudos_newest on kudos (created_at desc, id desc);
create index kudos_author on kudos (author_id);
create index kudos_recipients on kudos using gin (recipient_ids);

create table reactions (
  kudos_id  text collate "C" not null references kudos (id) on delete cascade,
  person_id text not null,
  emoji     text not null,
  -- Order given, so the newest reactors come first in a summary.
  seq       bigserial not null,
  primary key (kudos_id, person_id, emoji)
);

create table comments (
  id         text collate "C" primary key,
  kudos_id   text collate "C" not null references kudos (id) on delete cascade,
  author_id  text not null,
  message    text not null,
  created_at timestamptz not null,
  seq        bigserial not null
);
create index comments_kudos on comments (kudos_id, seq);

create table reports (
  kudos_id   text collate "C" not null references kudos (id) on delete cascade,
  person_id  text not null,
  reason     text not null,
  created_at timestamptz not null,
  primary key (kudos_id, person_id)
);
create index reports_newest on reports (created_at desc);

-- The first response to each (user, Idempotency-Key), replayed for 24 hours. A row exists
-- only for a request that succeeded: a failed one rolls back with its transaction.
create table idempotency_keys (
  user_id      text not null,
  key          text not null,
  request_hash text not null,
  status       integer,
  response     text,
  created_at   timestamptz not null,
  primary key (user_id, key)
);
create index idempotency_keys_age on idempotency_keys (created_at);

-- Recent actions per person, for the rate limit (shared by every server process).
create table rate_hits (
  person_id text not null,
  action    text not null,
  at        timestamptz not null
);
create index rate_hits_person on rate_hits (person_id, action, at);

-- Live events, kept for a while so a reconnecting client can replay what it missed. Rows are
-- appended under an advisory lock, so ids grow in commit order. `audience` and `public` are
-- what a 'deleted' event needs once the kudos itself is gone; `only_user` limits an event to
-- one person (their own report changes only what they see).
create table events (
  id         bigserial primary key,
  topic      text not null,
  type       text not null,
  kudos_id   text not null,
  public     boolean not null,
  audience   text[] not null,
  only_user  text,
  created_at timestamptz not null
);
create index events_age on events (created_at);

-- Secrets generated once and shared by every process on this database (the session key).
create table server_secrets (
  name  text primary key,
  value text not null
);
