-- Moderation: comments can be reported like kudos; a hidden kudos or comment keeps the reason it
-- was hidden for (null: not hidden; '' when enough reports hid it until a moderator looks); each
-- reported item's state and every moderator's action (who, when, why). A deleted item's row keeps
-- what the queue still shows of it (`deleted`: the item and its reports, as JSON), since the item
-- and its reports go with it.
alter table kudos add column hidden_reason text;
alter table comments add column hidden_reason text;

create table comment_reports (
  comment_id text collate "C" not null references comments (id) on delete cascade,
  person_id  text not null,
  reason     text not null,
  created_at timestamptz not null,
  primary key (comment_id, person_id)
);

create table moderation_items (
  kind     text not null check (kind in ('kudos', 'comment')),
  item_id  text collate "C" not null,
  state    text not null check (state in ('open', 'kept', 'hidden', 'deleted')),
  deleted  jsonb,
  primary key (kind, item_id)
);

create table moderation_actions (
  seq          bigserial primary key,
  kind         text not null,
  item_id      text collate "C" not null,
  action       text not null,
  -- Null for the automatic hiding.
  moderator_id text,
  reason       text not null,
  at           timestamptz not null
);
create index moderation_actions_item on moderation_actions (kind, item_id, seq);
