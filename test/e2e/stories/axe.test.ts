import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/*
 * axe on every story (issue 16: "axe reports no violation in any story"), as a designer opens
 * them: the built Storybook (`npm run build-storybook`, which `npm test` runs first) served on
 * 127.0.0.1, each story's iframe in Debian's Chromium, axe-core on the whole page once the story
 * has rendered and its widgets have loaded (or, for the loading stories, kept loading).
 */

const STATIC = new URL('../../../storybook-static/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(join(STATIC, 'index.json')), 'no built Storybook: run `npm run build-storybook` first (npm test does)');
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(STATIC, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(STATIC) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

type Entry = { id: string; type: string; title: string; name: string };
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The violations axe finds on `id`'s page, as "rule: targets" lines. */
async function violations(page: Page, id: string): Promise<string[]> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  // Storybook marks the body once the story has rendered (or failed to).
  await page.waitForFunction(() => /sb-show-(main|errordisplay)/.test(document.body.className), undefined, { timeout: 30_000 });
  assert.ok(!(await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))), `${id} failed to render`);
  // Widgets load through MSW or the embedded adapter: give them until nothing is loading (a loading story stays so).
  await page
    .waitForFunction(() => ![...document.querySelectorAll('*')].some((el) => el.localName.startsWith('chorus-') && el.matches(':state(loading)')), undefined, {
      timeout: 3_000,
    })
    .catch(() => undefined);
  await page.waitForTimeout(200);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o?: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // The a11y addon runs axe after each render too: wait for its run to end.
    for (let tries = 0; ; tries++) {
      try {
        // A story is a widget alone on a page: the page's own main landmark and h1 are the host's.
        const options = { rules: { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } } };
        return (await axe.run(document, options)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
      } catch (error) {
        if (tries > 50 || !String(error).includes('already running')) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
}

describe('axe on every story', () => {
  it('finds no violation in any story', { timeout: 900_000 }, async () => {
    const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as { entries: Record<string, Entry> };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    assert.ok(stories.length > 100, `every widget's stories are built (${stories.length})`);
    const found: string[] = [];
    // Two pages at a time: the machine has two cores.
    const queue = [...stories];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        for (let story = queue.shift(); story; story = queue.shift()) {
          for (const line of await violations(page, story.id)) found.push(`${story.title} / ${story.name}: ${line}`);
        }
        await page.close();
      }),
    );
    assert.deepEqual(found, [], `${found.length} violations in ${stories.length} stories`);
  });
});
