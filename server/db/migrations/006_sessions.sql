-- Dev sign-in sessions ended by signing out (server/auth/session.ts): the SHA-256 of the
-- cookie's signature, kept until the cookie would have expired anyway, so a copy of the cookie
-- stops working when its owner signs out.
create table revoked_sessions (
  digest     text collate "C" primary key,
  expires_at timestamptz not null
);
create index revoked_sessions_expiry on revoked_sessions (expires_at);
