import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Queryable } from '../db/db.js';
import { findUser } from '../people.store.js';
import type { Authenticator } from './authenticator.js';

/*
 * Dev sign-in: `POST /session {userId}` sets a signed session cookie naming the user. Anyone may
 * sign in as anyone — it is a demo and test convenience, not authentication. The cookie is
 * `<userId base64url>.<issued at, s>.<HMAC-SHA256 base64url>`, HttpOnly and SameSite=Lax.
 * Signing out records the session as revoked (`revoked_sessions`) until it would have expired.
 */

export const SESSION_COOKIE = 'chorus_session';
export const SESSION_MAX_AGE_S = 30 * 86_400;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function sessionValue(secret: string, userId: string, issuedAtS: number): string {
  const payload = `${Buffer.from(userId).toString('base64url')}.${issuedAtS}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The user id of a valid, unexpired cookie value; null otherwise. */
export function readSession(secret: string, value: string | undefined, nowS: number): string | null {
  return openSession(secret, value, nowS)?.userId ?? null;
}

interface OpenSession {
  userId: string;
  issuedS: number;
  /** What names this one session among the user's: the SHA-256 of its signature. */
  digest: string;
}

function openSession(secret: string, value: string | undefined, nowS: number): OpenSession | null {
  const parts = value?.split('.');
  if (!parts || parts.length !== 3) return null;
  const [id, at, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${id}.${at}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issued = Number(at);
  if (!Number.isInteger(issued) || issued > nowS + 60 || nowS - issued > SESSION_MAX_AGE_S) return null;
  const userId = Buffer.from(id, 'base64url').toString('utf8');
  return userId ? { userId, issuedS: issued, digest: createHash('sha256').update(mac).digest('base64url') } : null;
}

/** CHORUS_SESSION_SECRET, else one generated on first start and kept in the database for every process. */
export async function sessionSecret(db: Queryable, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) {
    if (fromEnv.length < 32) console.warn('chorus: CHORUS_SESSION_SECRET is short; use 32 or more random characters.');
    return fromEnv;
  }
  await db.query('insert into server_secrets (name, value) values ($1, $2) on conflict (name) do nothing', ['session', randomBytes(32).toString('base64url')]);
  const [row] = await db.query<{ value: string }>('select value from server_secrets where name = $1', ['session']);
  return row!.value;
}

/** Addresses only this machine reaches: 127.0.0.0/8, ::1 and localhost. */
function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Why the dev sign-in must not listen on `host`, or null: anyone who reaches it can sign in as
 * anyone (an admin too) and list everyone with their roles, so it stays on loopback unless
 * CHORUS_AUTH_DEV_FORCE=1 says that is meant (a demo on a closed network).
 */
export function devHostRefusal(host: string, env: Record<string, string | undefined>): string | null {
  if (isLoopback(host) || env.CHORUS_AUTH_DEV_FORCE === '1') return null;
  return (
    `CHORUS_AUTH=dev on ${host}: anyone can sign in as anyone (an admin too) and list everyone, so it listens on 127.0.0.1 only. ` +
    'Use CHORUS_AUTH=proxy behind your single sign-on, set HOST=127.0.0.1, or set CHORUS_AUTH_DEV_FORCE=1 if you really mean it.'
  );
}

export interface DevSessionOptions {
  secret: string;
  /** Cookie path: where the API is mounted. */
  path: string;
  now: () => number;
}

export class DevSessionAuth implements Authenticator {
  readonly kind = 'dev';
  constructor(private readonly options: DevSessionOptions) {}

  async authenticate(c: Context, db: Queryable) {
    const session = this.session(c);
    if (!session) return null;
    const revoked = await db.query('select 1 from revoked_sessions where digest = $1', [session.digest]);
    return revoked.length ? null : findUser(db, session.userId);
  }

  private session(c: Context): OpenSession | null {
    return openSession(this.options.secret, getCookie(c, SESSION_COOKIE), Math.floor(this.options.now() / 1000));
  }

  signIn(c: Context, userId: string): void {
    setCookie(c, SESSION_COOKIE, sessionValue(this.options.secret, userId, Math.floor(this.options.now() / 1000)), {
      path: this.options.path,
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      maxAge: SESSION_MAX_AGE_S,
    });
  }

  /** Ends the session on the server too: the cookie, or any copy of it, no longer signs anyone in. */
  async signOut(c: Context, db: Queryable): Promise<void> {
    const session = this.session(c);
    if (session) {
      await db.query('insert into revoked_sessions (digest, expires_at) values ($1, $2) on conflict (digest) do nothing', [
        session.digest,
        new Date((session.issuedS + SESSION_MAX_AGE_S) * 1000),
      ]);
    }
    deleteCookie(c, SESSION_COOKIE, { path: this.options.path, secure: isHttps(c) });
  }
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
