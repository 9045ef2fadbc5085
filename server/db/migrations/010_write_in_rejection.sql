-- A poll's manager may take a write-in out of everyone's results (rejectWriteIn); the ballots
-- naming it still count as votes, and approving it brings it back.
alter table poll_write_ins add column rejected boolean not null default false;
