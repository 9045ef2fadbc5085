import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { discoverJwksUrl, JwtBearerAuth } from '../auth/jwt.js';
import { BASE, CHLOE, startTestServer, type TestServer } from './helpers.js';

/*
 * CHORUS_AUTH=jwt: a bearer token signs someone in only when an issuer's published key signed it,
 * for this API, from that issuer, within its lifetime (give or take the skew), naming a person we
 * know. The issuer is played here: keys generated now, its JWKS and discovery document served on
 * 127.0.0.1; the keys it serves change mid-test, as an issuer rotates them.
 */
describe('sign-in with bearer tokens (CHORUS_AUTH=jwt)', () => {
  const AUDIENCE = 'api://chorus';
  let issuer: string;
  let jwks: { keys: JWK[] } = { keys: [] };
  let issuerServer: Server;
  let s: TestServer;
  let byEmail: TestServer;
  const key: Record<'a' | 'b' | 'attacker', { privateKey: CryptoKey; jwk: JWK }> = {} as never;

  before(async () => {
    for (const kid of ['a', 'b', 'attacker'] as const) {
      const pair = await generateKeyPair('RS256');
      key[kid] = { privateKey: pair.privateKey, jwk: { ...(await exportJWK(pair.publicKey)), kid: kid === 'attacker' ? 'a' : kid, alg: 'RS256', use: 'sig' } };
    }
    jwks = { keys: [key.a.jwk] };
    issuerServer = createServer((req, res) => {
      const body = req.url === '/.well-known/openid-configuration' ? { issuer, jwks_uri: `${issuer}/keys` } : req.url === '/keys' ? jwks : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((done) => issuerServer.listen(0, '127.0.0.1', done));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;
    const options = { issuer, audience: AUDIENCE, jwksUrl: await discoverJwksUrl(issuer), refetchCooldownMs: 0 };
    s = await startTestServer({ auth: new JwtBearerAuth({ ...options, now: () => s.clock.now }) });
    byEmail = await startTestServer({ db: s.db, prepared: true, auth: new JwtBearerAuth({ ...options, claim: 'email', now: () => s.clock.now }) });
  });
  after(async () => {
    await byEmail?.close();
    await s?.close();
    issuerServer?.closeAllConnections();
    await new Promise((done) => issuerServer?.close(done));
  });

  /** A token as the issuer would sign it (kid `a`, now, valid for an hour), with `claims` over it. */
  function token(claims: JWTPayload & { exp?: number } = {}, signer: keyof typeof key = 'a'): Promise<string> {
    const nowS = Math.floor(s.clock.now / 1000);
    return new SignJWT({ sub: CHLOE, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: key[signer].jwk.kid! })
      .setIssuer((claims.iss as string | undefined) ?? issuer)
      .setAudience((claims.aud as string | undefined) ?? AUDIENCE)
      .setIssuedAt(nowS)
      .setExpirationTime(claims.exp ?? nowS + 3600)
      .sign(key[signer].privateKey);
  }

  async function me(server: TestServer, authorization?: string) {
    const res = await server.app.app.request(`${BASE}/me`, authorization ? { headers: { authorization } } : {});
    return { status: res.status, body: (await res.json()) as { id?: string; error?: { code: string } } };
  }

  it('signs in the person the token names', async () => {
    const res = await me(s, `Bearer ${await token()}`);
    assert.deepEqual([res.status, res.body.id], [200, CHLOE]);
    const [{ email }] = (await s.db.query<{ email: string }>('select email from people where id = $1', ['p-03'])) as [{ email: string }];
    const viaEmail = await me(byEmail, `Bearer ${await token({ sub: 'someone-else', email: email.toUpperCase() })}`);
    assert.deepEqual([viaEmail.status, viaEmail.body.id], [200, 'p-03'], 'CHORUS_JWT_CLAIM=email, matched whatever its case');
  });

  it('refuses a missing, malformed or foreign token with 401 and the error body', async () => {
    const nowS = Math.floor(s.clock.now / 1000);
    const cases: Record<string, string | undefined> = {
      'no token': undefined,
      'not a JWT': 'Bearer not-a-token',
      'another scheme': `Basic ${await token()}`,
      'another issuer': `Bearer ${await token({ iss: 'https://evil.example.com' })}`,
      'another audience': `Bearer ${await token({ aud: 'api://someone-else' })}`,
      'expired beyond the skew': `Bearer ${await token({ exp: nowS - 120 })}`,
      'not yet valid beyond the skew': `Bearer ${await token({ nbf: nowS + 120 })}`,
      'signed by a key the issuer never published': `Bearer ${await token({}, 'attacker')}`,
      'naming nobody we know': `Bearer ${await token({ sub: 'p-999' })}`,
    };
    for (const [why, authorization] of Object.entries(cases)) {
      const res = await me(s, authorization);
      assert.deepEqual([res.status, res.body.error?.code], [401, 'unauthenticated'], why);
    }
  });

  it('forgives a clock a little behind the issuer', async () => {
    const res = await me(s, `Bearer ${await token({ exp: Math.floor(s.clock.now / 1000) - 30 })}`);
    assert.equal(res.status, 200);
  });

  it('follows a key rotation: the new key works without a restart, the retired one stops', async () => {
    const before = `Bearer ${await token()}`;
    assert.equal((await me(s, before)).status, 200, 'keys fetched and kept');
    jwks = { keys: [key.b.jwk] };
    assert.equal((await me(s, `Bearer ${await token({}, 'b')}`)).status, 200, 'a token signed by the new key');
    assert.equal((await me(s, before)).status, 401, 'a token signed by the retired key');
  });

  it('finds the keys through the issuer’s discovery document', async () => {
    assert.equal((await discoverJwksUrl(`${issuer}/`)).href, `${issuer}/keys`);
  });
});
