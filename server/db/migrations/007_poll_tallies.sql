-- Counts per poll kept up to date in the vote's own transaction, so an answer reads a few rows
-- instead of recounting every ballot on every vote. Triggers on both ballot tables keep them,
-- whatever writes a ballot. Aggregates only: no voter, no order of votes.
--
--   kind 't'  every ballot (key '')
--   kind 'o'  ballots naming the option `key`
--   kind 'w'  ballots naming the write-in `key`
--   kind 's'  eNPS ballots with the score `key`

create table poll_tallies (
  poll_id text collate "C" not null references polls (id) on delete cascade,
  kind    "char" not null,
  key     text collate "C" not null,
  n       integer not null,
  primary key (poll_id, kind, key)
);

-- One ballot's rows: what it adds to (or takes from) the counts.
create function chorus_ballot_keys(option_ids text[], write_in_id text, score integer)
returns table (kind "char", key text) language sql immutable as $$
  select 't'::"char", ''
  union all select distinct 'o'::"char", o from unnest(option_ids) as o
  union all select 'w'::"char", write_in_id where write_in_id is not null
  union all select 's'::"char", score::text where score is not null
$$;

-- Taking a ballot away only updates (a poll being deleted takes its counts with it);
-- adding one inserts the row the first time.
create function chorus_tally_ballot() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update poll_tallies t set n = t.n - 1
      from chorus_ballot_keys(old.option_ids, old.write_in_id, old.score) k
      where t.poll_id = old.poll_id and t.kind = k.kind and t.key = k.key;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into poll_tallies (poll_id, kind, key, n)
      select new.poll_id, k.kind, k.key, 1 from chorus_ballot_keys(new.option_ids, new.write_in_id, new.score) k
      on conflict (poll_id, kind, key) do update set n = poll_tallies.n + 1;
  end if;
  return null;
end
$$;

create trigger poll_votes_tally after insert or update or delete on poll_votes
  for each row execute function chorus_tally_ballot();
create trigger poll_ballots_tally after insert or update or delete on poll_ballots
  for each row execute function chorus_tally_ballot();

insert into poll_tallies (poll_id, kind, key, n)
  select b.poll_id, k.kind, k.key, count(*)::int
  from poll_all_ballots b, chorus_ballot_keys(b.option_ids, b.write_in_id, b.score) k
  group by b.poll_id, k.kind, k.key;
