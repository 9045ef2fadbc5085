-- The leaderboard keeps people's choices only: rankings and badges are computed from the
-- activity the other slices record (kudos, share_records, share_clicks, poll_votes), in SQL
-- (server/leaderboard.store.ts), by the rules of src/core/leaderboard.*.ts.

-- One row, made on first use: points per activity kind ({ "kudos-given": 3, … }; a kind left
-- out keeps core's default), how people who opted out are shown, and the secret their
-- pseudonyms hide behind (random, never sent).
create table leaderboard_settings (
  id             boolean primary key default true check (id),
  points         jsonb not null default '{}',
  opt_out_policy text not null default 'pseudonym' check (opt_out_policy in ('hide', 'pseudonym')),
  secret         text not null
);

create table leaderboard_opt_outs (
  person_id     text collate "C" primary key,
  opted_out_at  timestamptz not null
);

-- Badges already announced to their owner, so each is announced once.
create table leaderboard_announced (
  person_id text collate "C" not null,
  badge_key text collate "C" not null,
  primary key (person_id, badge_key)
);
