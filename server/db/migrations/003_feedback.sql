-- Anonymous feedback. Nothing here names, identifies or links the sender:
--
--   feedback_threads   a random id, sha256 of the sender's secret reply token (the only way back
--                      to the thread), the category, the optional score, the status, and the hour
--                      it was sent. No user, address, user agent or any other request detail.
--   feedback_messages  the thread's messages in order. A sender's message has no author and its
--                      time is rounded down to the hour (the checks below refuse anything else);
--                      a recipient's answer names its author and keeps the exact time.
--
-- Message order is a per-thread `seq` (1, 2, 3…), not a table-wide sequence, so nothing orders
-- one thread's messages against another's. Ids are random: they say nothing about when.

create table feedback_threads (
  id          text collate "C" primary key,
  token_hash  text not null unique,
  category_id text not null,
  score       integer check (score between 0 and 10),
  status      text not null check (status in ('open', 'answered', 'closed')),
  -- The hour it was sent, rounded down (whole hours since the epoch, whatever the time zone).
  created_at  timestamptz not null check (mod(extract(epoch from created_at)::numeric, 3600) = 0)
);
create index feedback_threads_newest on feedback_threads (created_at desc, id desc);

create table feedback_messages (
  id         text collate "C" primary key,
  thread_id  text collate "C" not null references feedback_threads (id) on delete cascade,
  seq        integer not null,
  from_role  text not null check (from_role in ('sender', 'recipient')),
  -- Who answered; null for the sender, always (and for an answer whose author left the directory).
  author_id  text collate "C" references people (id) on delete set null,
  message    text not null,
  created_at timestamptz not null,
  unique (thread_id, seq),
  check (from_role = 'recipient' or author_id is null),
  check (from_role = 'recipient' or mod(extract(epoch from created_at)::numeric, 3600) = 0)
);
