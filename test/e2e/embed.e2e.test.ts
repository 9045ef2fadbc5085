import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { freePort, ROOT, startServerProcess, type ServerProcess } from '../conformance/support.js';

/*
 * `/embed/<widget>` framed by a host page, as SharePoint's Embed web part or Confluence would:
 * the reference server (with the widget bundle built as `npm run build` does) on one port of
 * 127.0.0.1, the host's page on another (another origin), allowed by CHORUS_FRAME_ANCESTORS.
 * The widget renders in the frame, in the language asked for, and the host receives the frame's
 * height from the server's origin; a host not allowed gets no frame at all.
 */
const work = mkdtempSync(join(tmpdir(), 'chorus-embed-e2e-'));
const HOST_PAGE = `<!doctype html><html><body>
<iframe id="chorus" title="Poll" width="600" height="150"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', (e) => {
    if (e.data?.type !== 'chorus:embed-height') return;
    window.heights.push({ origin: e.origin, ...e.data });
    document.getElementById('chorus').height = e.data.height;
  });
  document.getElementById('chorus').src = new URLSearchParams(location.search).get('src');
</script></body></html>`;

/** Each CMS's test page: its name, its folder under examples/, where the CMS serves chorus.js. */
const CMS_PAGES = [
  ['WordPress', 'wordpress', 'wp-content/plugins/chorus/assets/chorus.js'],
  ['Drupal', 'drupal', 'modules/custom/chorus/assets/chorus.js'],
] as const;

describe('an /embed page framed by a host page, and the CMS pages', () => {
  let server: ServerProcess;
  let hostPort: number;
  let host: Server;
  let browser: Browser;

  before(async () => {
    const bundleDir = join(work, 'cdn');
    await build({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      mode: 'cdn',
      logLevel: 'warn',
      build: { outDir: bundleDir, emptyOutDir: true },
    });
    // The CMS pages (examples/*/test-page.html), and the bundle where each CMS serves it.
    const site = join(work, 'site');
    for (const [, dir, asset] of CMS_PAGES) {
      mkdirSync(join(site, dir), { recursive: true });
      copyFileSync(join(ROOT, `examples/${dir}/test-page.html`), join(site, dir, 'index.html'));
      // The whole folder: chorus.js fetches the languages and adapters beside it when needed.
      cpSync(bundleDir, join(site, asset, '..'), { recursive: true });
    }
    hostPort = await freePort();
    host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HOST_PAGE));
    await new Promise<void>((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
    server = await startServerProcess({
      CHORUS_DATA_DIR: join(work, 'pglite'),
      DATABASE_URL: '',
      CHORUS_SESSION_SECRET: '',
      CHORUS_EMBED_DIR: bundleDir,
      CHORUS_STATIC_DIR: site,
      CHORUS_FRAME_ANCESTORS: `http://127.0.0.1:${hostPort}`,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    host?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('renders the widget in the frame and posts its height to the host, from the server origin only', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    // Signed in with the dev session (a cookie for 127.0.0.1), as a person would be by their SSO.
    const signed = await context.request.post(`${server.api}/session`, { data: { userId: 'p-01' } });
    assert.equal(signed.status(), 200, await signed.text());
    const src = `${server.origin}/embed/poll?poll-id=poll-lunch&lang=fr&theme=dark`;
    await page.goto(`http://127.0.0.1:${hostPort}/?src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('#chorus');
    await frame.getByRole('region', { name: /^Sondage : / }).waitFor({ timeout: 30_000 });
    await frame.getByRole('radio').first().waitFor();
    const bodyHeight = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    const heights = await page.waitForFunction(
      (h) => {
        const got = (window as unknown as { heights: { height: number }[] }).heights;
        return got.at(-1)?.height === h && got;
      },
      bodyHeight,
      { timeout: 15_000 },
    );
    const messages = (await heights.jsonValue()) as { origin: string; type: string; widget: string; height: number }[];
    assert.ok(bodyHeight > 150, `the poll is taller than the frame's first 150 px (${bodyHeight})`);
    for (const m of messages) assert.deepEqual([m.origin, m.widget], [server.origin, 'chorus-poll']);
    // The host sized the frame from the message: the whole poll is in view, no inner scrolling.
    assert.equal(await page.locator('#chorus').evaluate((f) => f.clientHeight), bodyHeight);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('is not shown on a host page the server does not allow', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const src = `${server.origin}/embed/poll?poll-id=poll-lunch`;
    // localhost is another origin than the allowed http://127.0.0.1:<port>.
    await page.goto(`http://localhost:${hostPort}/?src=${encodeURIComponent(src)}`);
    // The page's load waits for its frame's; Chromium replaces a refused frame with its error page.
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    // No Chorus document was shown, and nothing was posted.
    assert.doesNotMatch(child.url(), /\/embed\/poll/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { heights: unknown[] }).heights), []);
    await context.close();
  });

  for (const [cms, dir] of CMS_PAGES) {
    it(`renders both widgets of a ${cms} page as the ${cms} example prints it`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      // The browser's own favicon request is no page's error.
      page.on('console', (m) => void (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(`${m.text()} ${m.location().url}`)));
      page.on('pageerror', (e) => errors.push(String(e)));
      assert.equal((await context.request.post(`${server.api}/session`, { data: { userId: 'p-01' } })).status(), 200);
      await page.goto(`${server.origin}/${dir}/index.html`);
      await page.getByRole('region', { name: /^Poll: / }).waitFor({ timeout: 30_000 });
      await page.getByRole('radio').first().waitFor();
      if (dir === 'wordpress') await page.locator('chorus-kudos-wall article.card').first().waitFor();
      else await page.locator('chorus-leaderboard').getByText('Most thanked').waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
