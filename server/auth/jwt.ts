import type { Context } from 'hono';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Queryable } from '../db/db.js';
import { findUserByIdOrEmail } from '../people.store.js';
import type { Authenticator } from './authenticator.js';

/*
 * Bearer tokens from an OpenID Connect issuer (Entra ID for an SPFx web part, Keycloak, Okta…):
 * `Authorization: Bearer <JWT>` signed by a key the issuer publishes in its JWKS, for this API
 * (`aud`), from this issuer (`iss`), within its lifetime give or take the clock skew. One claim
 * names the person, by id or e-mail as in proxy mode. `jose` fetches the JWKS, keeps it for a
 * while and fetches it again when a token names a key it does not know: keys rotate unattended.
 */

/** Only signatures by a published public key: a JWKS of shared secrets or `alg: none` signs nobody in. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** Tokens are a few KB; anything much larger is not one. */
const MAX_TOKEN = 16 * 1024;

export interface JwtAuthOptions {
  /** The `iss` tokens must carry, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`. */
  issuer: string;
  /** The `aud` tokens must carry (one of them): this API's application id or URI. */
  audience: string | string[];
  /** Where the issuer publishes its keys (see discoverJwksUrl). */
  jwksUrl: URL;
  /** The claim naming the person, matched to a person id or e-mail. Default `sub`. */
  claim?: string;
  /** Seconds of clock difference forgiven on `exp`, `nbf` and `iat`. Default 60. */
  clockToleranceS?: number;
  /** After fetching the keys, wait this long before fetching them again for an unknown key id. Default jose's 30 s. */
  refetchCooldownMs?: number;
  /** Epoch ms. Default Date.now. */
  now?: () => number;
}

export class JwtBearerAuth implements Authenticator {
  readonly kind = 'jwt';
  private readonly keys: JWTVerifyGetKey;
  constructor(private readonly options: JwtAuthOptions) {
    this.keys = createRemoteJWKSet(options.jwksUrl, options.refetchCooldownMs === undefined ? {} : { cooldownDuration: options.refetchCooldownMs });
  }

  async authenticate(c: Context, db: Queryable) {
    const token = /^Bearer +([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(c.req.header('authorization')?.trim() ?? '')?.[1];
    if (!token || token.length > MAX_TOKEN) return null;
    let name: unknown;
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceS ?? 60,
        algorithms: ALGORITHMS,
        currentDate: new Date((this.options.now ?? Date.now)()),
      });
      name = payload[this.options.claim ?? 'sub'];
    } catch (error) {
      // A bad token is the client's; an issuer we cannot reach is the operator's to hear about.
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError))
        console.error(`chorus: cannot read the signing keys at ${this.options.jwksUrl.href}:`, error);
      return null;
    }
    if (typeof name !== 'string' || !name || name.length > 320 || name.includes('\0')) return null;
    return findUserByIdOrEmail(db, name);
  }
}

/** The JWKS address an OpenID Connect issuer publishes in `<issuer>/.well-known/openid-configuration`. */
export async function discoverJwksUrl(issuer: string): Promise<URL> {
  const at = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(at, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`${at} answered ${res.status}`);
  const { jwks_uri: jwks } = (await res.json()) as { jwks_uri?: unknown };
  if (typeof jwks !== 'string') throw new Error(`${at} names no jwks_uri`);
  return new URL(jwks);
}
