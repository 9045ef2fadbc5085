import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allowedOrigins } from '../../edge/origins.js';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { BASE, CHLOE, key, startTestServer, type TestServer } from './helpers.js';
import { KWAME } from './polls.helpers.js';

/*
 * A page on another origin the operator allows (an SPFx web part on contoso.sharepoint.com) calls
 * the API with its credentials: the preflight is answered before sign-in, the answers are readable
 * by that origin only, and its changes pass the forgery check; every other origin gets nothing.
 */
const SHAREPOINT = 'https://contoso.sharepoint.com';
const EVIL = 'https://contoso.sharepoint.com.evil.example';

describe('allowed origins (CHORUS_CORS_ORIGINS)', () => {
  it('match exactly, or one subdomain label under a wildcard', () => {
    const allowed = allowedOrigins(' https://*.sharepoint.com, http://localhost:4321/ ,');
    for (const origin of [SHAREPOINT, 'https://Contoso.SharePoint.com', 'http://localhost:4321']) assert.ok(allowed(origin), origin);
    for (const origin of [
      'https://sharepoint.com',
      'https://a.b.sharepoint.com',
      'http://contoso.sharepoint.com',
      'https://contoso.sharepoint.com:8443',
      EVIL,
      'https://evilsharepoint.com',
      'http://localhost:4322',
      'null',
    ])
      assert.equal(allowed(origin), false, origin);
  });

  it('refuse an entry that is not an origin, naming it', () => {
    for (const entry of ['*', 'https://*', 'contoso.sharepoint.com', 'https://a.*.com', 'https://x.com/path']) {
      assert.throws(() => allowedOrigins(entry), new RegExp(entry.replace(/[.*/]/g, '\\$&')), entry);
    }
  });
});

describe('CORS', () => {
  let s: TestServer;
  let pollId: string;
  before(async () => {
    s = await startTestServer({ corsOrigins: allowedOrigins('https://*.sharepoint.com') });
    const made = await s.json(KWAME, 'POST', '/polls', { body: plainPollDraft('Which snack?', ['Apples', 'Nuts']), headers: { 'Idempotency-Key': key() } });
    pollId = made.body.id;
  });
  after(() => s.close());

  const preflight = (origin: string) =>
    s.app.app.request(`${BASE}/kudos`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key,authorization' },
    });

  it('answers an allowed origin’s preflight before sign-in, echoing the origin with credentials', async () => {
    const res = await preflight(SHAREPOINT);
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), SHAREPOINT);
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    for (const header of ['Content-Type', 'Idempotency-Key', 'Authorization', 'If-None-Match', 'Last-Event-ID'])
      assert.match(res.headers.get('access-control-allow-headers') ?? '', new RegExp(`\\b${header}\\b`), header);
    assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
  });

  it('gives another origin no CORS header at all', async () => {
    const pre = await preflight(EVIL);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    assert.equal(pre.headers.get('access-control-allow-credentials'), null);
    const res = await s.call(CHLOE, 'GET', '/me', { headers: { Origin: EVIL } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
  });

  it('lets the allowed origin read its answers, errors included', async () => {
    const me = await s.call(CHLOE, 'GET', '/me', { headers: { Origin: SHAREPOINT } });
    assert.equal(me.status, 200);
    assert.equal(me.headers.get('access-control-allow-origin'), SHAREPOINT);
    assert.equal(me.headers.get('access-control-allow-credentials'), 'true');
    assert.match(me.headers.get('access-control-expose-headers') ?? '', /\bETag\b/);
    const refused = await s.call(null, 'GET', '/me', { headers: { Origin: SHAREPOINT } });
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('access-control-allow-origin'), SHAREPOINT, 'a 401 the web part can read, to sign in again');
  });

  it('accepts a change from the allowed origin and still refuses one from any other', async () => {
    const from = (origin: string) => s.json(KWAME, 'POST', `/polls/${pollId}/close`, { headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site' } });
    const refused = await from(EVIL);
    assert.deepEqual([refused.status, refused.body.error.code], [403, 'forbidden']);
    assert.equal((await s.json(KWAME, 'GET', `/polls/${pollId}`)).body.status, 'open');
    const accepted = await from(SHAREPOINT);
    assert.deepEqual([accepted.status, accepted.body.status], [200, 'closed']);
  });
});
