import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { freePort, startServerProcess, type ServerProcess } from '../conformance/support.js';

/*
 * The demo end-to-end story's stage (demo.e2e.test.ts): the demo built and served by the reference
 * server on PGlite in temp folders, on a free port of 127.0.0.1, Chromium windows as people, and
 * steps that keep screenshots of every window when one fails.
 */

const work = mkdtempSync(join(tmpdir(), 'chorus-e2e-'));
export const dirs = { dist: join(work, 'demo-dist'), data: join(work, 'pglite'), shots: join(work, 'screenshots') };
const failures: string[] = [];

let server: ServerProcess;
let port: number;
let browser: Browser;
export const windows: { name: string; context: BrowserContext; page: Page; errors: string[] }[] = [];

function startServer(): Promise<ServerProcess> {
  return startServerProcess({ CHORUS_DATA_DIR: dirs.data, CHORUS_STATIC_DIR: dirs.dist, DATABASE_URL: '', CHORUS_SESSION_SECRET: '' }, { port });
}

export async function openWindow(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.setDefaultTimeout(15_000);
  windows.push({ name, context, page, errors });
  return page;
}

/** Polls `read` until `ok` holds (or fails, showing the last value, after `ms`). */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not so after ${ms} ms (last: ${JSON.stringify(last) ?? String(lastError)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The messages of the wall's cards, top first. */
export const wallMessages = (page: Page) => page.locator('chorus-kudos-wall article.card p.message').allTextContents();
/** Who the demo says is signed in. */
export const signedInAs = (page: Page) => page.locator('#suite-name').textContent();

/** The focused element, inside shadow roots: its tag, id, role, text, and the hosts around it. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const hosts: string[] = [];
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.localName);
      el = el.shadowRoot.activeElement;
    }
    if (!el) return null;
    return { tag: el.localName, id: el.id, role: el.getAttribute('role'), text: (el.textContent ?? '').trim().slice(0, 60), hosts };
  });
}

type Focus = Awaited<ReturnType<typeof focused>>;

/** Presses Tab (at most 60 times) until the focused element is the one wanted. */
export async function tabTo(page: Page, what: string, wanted: (f: NonNullable<Focus>) => boolean): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && wanted(f)) return;
    path.push(f ? `${f.hosts.join('>')}${f.hosts.length ? '>' : ''}${f.tag}${f.id ? `#${f.id}` : ''}` : 'nothing');
  }
  throw new Error(`Tab never reached ${what}; went through: ${path.join(', ')}`);
}

/** Signs in as `name` with the demo's "Signed in as" select, and waits for the wall to reload as them. */
export async function signIn(page: Page, name: string): Promise<void> {
  // Options may say more than the name: "Kwame Mensah (reads feedback)".
  const select = page.getByLabel('Signed in as');
  const value = await select
    .locator('option')
    .evaluateAll((options, wanted) => (options as HTMLOptionElement[]).find((o) => o.text === wanted || o.text.startsWith(`${wanted} (`))?.value ?? '', name);
  assert.ok(value, `"${name}" is offered in "Signed in as"`);
  await select.selectOption(value);
  await until(
    `signed in as ${name}`,
    () => signedInAs(page),
    (n) => n === name,
  );
  await until(
    `${name}'s wall loaded`,
    () => wallMessages(page),
    (m) => m.length > 0,
  );
}

export async function openDemo(page: Page): Promise<void> {
  await page.goto(server.origin + '/');
  await until(
    'the wall loaded',
    () => wallMessages(page),
    (m) => m.length > 0,
    30_000,
  );
  assert.equal(await page.getByLabel('Backend').inputValue(), 'server', 'the demo runs on the demo server');
}

/** CHORUS_E2E_SCREENSHOTS=<folder>: a screenshot of each window after each step, to look at. */
const shotsAfterEachStep = process.env.CHORUS_E2E_SCREENSHOTS;
let steps = 0;

/** A step of the story; on failure, screenshots of every window go to a temp folder. */
export function step(title: string, fn: () => Promise<void>): void {
  const index = ++steps;
  it(title, async () => {
    if (failures.length) assert.fail(`an earlier step failed: ${failures[0]}`);
    try {
      await fn();
      if (shotsAfterEachStep) {
        mkdirSync(shotsAfterEachStep, { recursive: true });
        for (const w of windows) await w.page.screenshot({ path: join(shotsAfterEachStep, `${index}-${w.name}.png`) });
      }
    } catch (error) {
      failures.push(title);
      mkdirSync(dirs.shots, { recursive: true });
      for (const w of windows) {
        const file = join(dirs.shots, `${w.name}.png`);
        await w.page.screenshot({ path: file, fullPage: false }).catch(() => undefined);
        console.log(`screenshot of window ${w.name}: ${file}${w.errors.length ? `\nits errors: ${w.errors.join(' | ')}` : ''}`);
      }
      if (server) console.log(`server output:\n${server.output().slice(-2000)}`);
      throw error;
    }
  });
}

/** What `npm start` does (the demo built with Vite, into a temp folder), then the server on a free port, then Chromium. */
export async function startDemo(): Promise<void> {
  const configFile = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
  await build({ configFile, logLevel: 'warn', build: { outDir: dirs.dist, emptyOutDir: true } });
  port = await freePort();
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

export async function stopDemo(): Promise<void> {
  for (const w of windows) await w.context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  // Screenshots of a failure stay for a look; otherwise nothing is left behind.
  if (failures.length) rmSync(dirs.data, { recursive: true, force: true });
  else rmSync(work, { recursive: true, force: true });
}

/** Stops the server, runs `whileDown` (it may read the data folder), starts a new server process on the same data and port. */
export async function restartServer(whileDown: () => Promise<void>): Promise<void> {
  const before = server.child.pid;
  await server.stop();
  await whileDown();
  server = await startServer();
  assert.notEqual(server.child.pid, before, 'a new server process');
}
