-- A poll's topic: a short slug (`town-hall`, src/core/poll-topic.rules.ts) that places it, so a
-- page can show the newest open poll of a topic. Stored normalized (trimmed, NFKC, lower case);
-- null for none. The index serves `GET /polls/latest?topic=`: the newest polls of a topic first.
alter table polls add column topic text collate "C";
create index polls_topic_latest on polls (topic, created_at desc, id desc);
