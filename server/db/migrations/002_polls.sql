-- The polls slice. Anonymous polls keep who voted apart from what was chosen:
--
--   poll_voters   one row per poll: the ids of everyone who voted in it, kept sorted and distinct
--                 (a constraint), so neither the row order on disk (ctid) nor a per-row
--                 transaction id (xmin) tells in which order, or in which transaction, anyone voted;
--   poll_ballots  one row per anonymous ballot: a random UUID, the poll, sha256 of the voter's
--                 secret receipt (for a change of vote), the choice. No voter, no timestamp, no
--                 sequence.
--
-- Named polls keep voter and choice together in poll_votes, one row per (poll, person).

create table polls (
  id                    text collate "C" primary key,
  question              text not null,
  description           text,
  kind                  text not null check (kind in ('single', 'multiple', 'enps')),
  -- [{ "id", "label" }] in the author's order.
  options               jsonb not null default '[]',
  max_choices           integer not null default 1,
  allow_write_in        boolean not null default false,
  moderate_write_ins    boolean not null default false,
  anonymous             boolean not null default false,
  allow_change_vote     boolean not null default false,
  results_visibility    text not null check (results_visibility in ('live', 'after-vote', 'after-close', 'never')),
  min_votes_for_results integer not null default 0,
  opens_at              timestamptz,
  closes_at             timestamptz,
  -- When a manager closed it before its deadline.
  closed_at             timestamptz,
  created_by            text not null,
  created_at            timestamptz not null
);

-- Voters' own answers; random ids, no author, no timestamp.
create table poll_write_ins (
  id       text collate "C" primary key,
  poll_id  text collate "C" not null references polls (id) on delete cascade,
  text     text not null,
  approved boolean not null
);
create index poll_write_ins_poll on poll_write_ins (poll_id);

-- Named polls: the voter and their choice. One vote per person: the primary key.
create table poll_votes (
  poll_id     text collate "C" not null references polls (id) on delete cascade,
  person_id   text not null,
  option_ids  text[] not null default '{}',
  write_in_id text collate "C" references poll_write_ins (id),
  score       integer check (score between 0 and 10),
  primary key (poll_id, person_id)
);

-- True when the ids are in strictly ascending byte order (sorted, hence distinct).
create function chorus_strictly_sorted(ids text[]) returns boolean
language sql immutable strict as $$
  select coalesce(bool_and(a.id collate "C" < b.id collate "C"), true)
  from unnest(ids) with ordinality as a(id, n)
  join unnest(ids) with ordinality as b(id, n) on b.n = a.n + 1
$$;

-- Anonymous polls: who voted, one row per poll. One vote per person: the constraint.
create table poll_voters (
  poll_id    text collate "C" primary key references polls (id) on delete cascade,
  person_ids text[] not null default '{}' check (chorus_strictly_sorted(person_ids))
);

-- Anonymous polls: the ballots, unlinkable to voters.
create table poll_ballots (
  id           uuid primary key,
  poll_id      text collate "C" not null references polls (id) on delete cascade,
  receipt_hash text not null unique,
  option_ids   text[] not null default '{}',
  write_in_id  text collate "C" references poll_write_ins (id),
  score        integer check (score between 0 and 10)
);
create index poll_ballots_poll on poll_ballots (poll_id);

-- Every ballot of every poll, for the results.
create view poll_all_ballots as
  select poll_id, option_ids, write_in_id, score from poll_votes
  union all
  select poll_id, option_ids, write_in_id, score from poll_ballots;
