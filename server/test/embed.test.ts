import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFrameAncestors } from '../embed/frame-ancestors.js';
import { startTestServer, type TestServer } from './helpers.js';

/*
 * `/embed/<widget>` (issue #13), for hosts that only take an iframe: one widget per page under the
 * strict CSP the README documents, framed only by the allowed ancestors, its settings read from
 * the query and refused in words when wrong (never a 500), its scripts same-origin files.
 */
const SHAREPOINT = 'https://*.sharepoint.com';
const INTRANET = 'https://intranet.example.com';

describe('/embed/<widget>', () => {
  let server: TestServer;
  const bundleDir = mkdtempSync(join(tmpdir(), 'chorus-embed-'));
  writeFileSync(join(bundleDir, 'chorus.js'), '/* the widget bundle */');
  before(async () => {
    server = await startTestServer({ embed: { frameAncestors: parseFrameAncestors(`'self', ${SHAREPOINT} ${INTRANET}`), bundleDir } });
  });
  after(() => server.close());
  const get = (path: string, accept = 'text/html') => server.app.app.request(path, { headers: { accept } });

  it('shows one widget in a provider for the API, with its attributes, theme and language from the query', async () => {
    const res = await get('/embed/poll?poll-id=poll-lunch&theme=dark&lang=fr');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    const page = await res.text();
    assert.match(page, /<html lang="fr" class="theme-dark">/);
    assert.match(
      page,
      /<chorus-provider endpoint="\/api\/chorus" locale="fr"><chorus-poll poll-id="poll-lunch" theme="dark"><\/chorus-poll><\/chorus-provider>/,
    );
    assert.match(page, /<script type="module" src="\/embed\/assets\/chorus\.js"><\/script>/);
    assert.match(page, /<script type="module" src="\/embed\/assets\/embed\.js"><\/script>/);
  });

  it('places a poll by its topic instead of its id', async () => {
    const res = await get('/embed/poll?topic=team-lunch');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<chorus-poll topic="team-lunch"><\/chorus-poll>/);
  });

  it('runs under the strict CSP with Trusted Types, framed only by the configured ancestors', async () => {
    const res = await get('/embed/kudos-wall');
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
      `frame-ancestors 'self' ${SHAREPOINT} ${INTRANET}`,
    ])
      assert.ok(csp.split('; ').includes(directive), `${directive} in ${csp}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*(?!\.)/);
    const page = await res.text();
    // Nothing inline for the policy to refuse: no script body, no style element or attribute.
    assert.doesNotMatch(page, /<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=/);
    assert.match(page, /<meta name="chorus-frame-ancestors" content="&#39;self&#39; https:\/\/\*\.sharepoint\.com https:\/\/intranet\.example\.com" \/>/);
    // auto: no theme attribute, the widget follows the host's tokens and the system.
    assert.match(page, /<chorus-kudos-wall><\/chorus-kudos-wall>/);
  });

  it('frames only itself by default', async () => {
    const plain = await startTestServer({ embed: { bundleDir } });
    try {
      const res = await plain.app.app.request('/embed/leaderboard');
      assert.match(res.headers.get('content-security-policy')!, /frame-ancestors 'self'(;|$)/);
    } finally {
      await plain.close();
    }
  });

  it('takes flags, counts and choices, and writes user text escaped', async () => {
    const page = await (await get('/embed/kudos-wall?no-composer&page-size=5&heading=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    assert.match(page, /<chorus-kudos-wall no-composer page-size="5" heading="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"><\/chorus-kudos-wall>/);
    const board = await (await get('/embed/leaderboard?period=month&hide-options=false&theme=light')).text();
    assert.match(board, /<chorus-leaderboard period="month" theme="light"><\/chorus-leaderboard>/);
  });

  for (const [query, says] of [
    ['poll?poll-id=poll-lunch&theme=purple', /theme must be one of auto, light, dark, not &quot;purple&quot;/],
    ['poll?poll-id=poll-lunch&lang=xx', /lang must be one of en, fr, de, it, es/],
    ['poll', /chorus-poll needs poll-id or topic/],
    ['poll?topic=Town%20Hall!', /topic must be a topic \(letters and digits, words joined by hyphens: town-hall\)/],
    ['poll?topic=', /topic must be a topic/],
    ['poll?poll-id=a%20b', /poll-id must be an id/],
    ['poll?pollid=poll-lunch', /&quot;pollid&quot; is not a setting of chorus-poll; it takes theme, lang, poll-id, topic, composer/],
    ['poll?poll-id=a&poll-id=b', /poll-id is given 2 times/],
    ['kudos-wall?page-size=1000', /page-size must be a whole number from 1 to 100/],
    ['leaderboard?period=decade', /period must be one of week, month/],
    ['kudos-wall?heading=%07', /heading must be text/],
  ] as const) {
    it(`refuses /embed/${query} with a page saying what to fix (400)`, async () => {
      const res = await get(`/embed/${query}`);
      assert.equal(res.status, 400);
      assert.match(res.headers.get('content-type')!, /^text\/html/);
      assert.match(await res.text(), says);
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'.*frame-ancestors/);
    });
  }

  it('answers an unknown widget with 404: a page naming the widgets there are, or the error body to a script', async () => {
    const res = await get('/embed/guestbook');
    assert.equal(res.status, 404);
    assert.match(
      await res.text(),
      /There is no widget &quot;guestbook&quot;\. Embed one of: kudos-wall, poll, feedback-box, leaderboard, share-card, share-feed, post-composer\./,
    );
    const json = await get('/embed/guestbook', 'application/json');
    assert.equal(json.status, 404);
    assert.deepEqual(((await json.json()) as { error: { code: string } }).error.code, 'not-found');
    for (const name of ['constructor', '__proto__', 'toString']) assert.equal((await get(`/embed/${name}`)).status, 404, name);
  });

  it('serves its script, its styles and the widget bundle from its own origin', async () => {
    for (const [path, type] of [
      ['/embed/assets/embed.js', /javascript/],
      ['/embed/assets/embed.css', /text\/css/],
      ['/embed/assets/chorus.js', /javascript/],
    ] as const) {
      const res = await get(path, '*/*');
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type')!, type, path);
    }
    assert.equal((await get('/embed/assets/nothing.js', '*/*')).status, 404);
    assert.equal((await get('/embed/assets/..%2f..%2fapp.ts', '*/*')).status, 404);
  });

  it("reads CHORUS_FRAME_ANCESTORS: 'self' and origins, refusing anything else by name", () => {
    assert.deepEqual(parseFrameAncestors(" 'self' https://Intranet.example.com/, https://*.sharepoint.com"), [
      "'self'",
      'https://intranet.example.com',
      'https://*.sharepoint.com',
    ]);
    for (const bad of ['*', "'unsafe-inline'", 'intranet.example.com', 'https://*', 'https://x.com/path', 'https://a.com;script-src'])
      assert.throws(() => parseFrameAncestors(bad), /is not an origin/, bad);
    assert.throws(() => parseFrameAncestors(' , '), /at least one source/);
  });
});
