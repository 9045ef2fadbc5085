-- A changed ballot (a vote changed) moves only the counts that differ, in one statement: the keys
-- it no longer names lose one, the keys it now names gain one, and the total and any key named
-- both before and after are not written at all (007's trigger took one from every old key and
-- added one to every new key, two statements). Adding and removing a ballot are as before.
create or replace function chorus_tally_ballot() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    insert into poll_tallies (poll_id, kind, key, n)
      select new.poll_id, d.kind, d.key, d.delta
      from (
        select c.kind, c.key, sum(c.delta)::int as delta
        from (
          select k.kind, k.key, 1 as delta from chorus_ballot_keys(new.option_ids, new.write_in_id, new.score) k
          union all
          select k.kind, k.key, -1 from chorus_ballot_keys(old.option_ids, old.write_in_id, old.score) k
        ) c
        group by c.kind, c.key
      ) d
      where d.delta <> 0
      on conflict (poll_id, kind, key) do update set n = poll_tallies.n + excluded.n;
    return null;
  end if;
  if tg_op = 'DELETE' then
    update poll_tallies t set n = t.n - 1
      from chorus_ballot_keys(old.option_ids, old.write_in_id, old.score) k
      where t.poll_id = old.poll_id and t.kind = k.kind and t.key = k.key;
  end if;
  if tg_op = 'INSERT' then
    insert into poll_tallies (poll_id, kind, key, n)
      select new.poll_id, k.kind, k.key, 1 from chorus_ballot_keys(new.option_ids, new.write_in_id, new.score) k
      on conflict (poll_id, kind, key) do update set n = poll_tallies.n + 1;
  end if;
  return null;
end
$$;
