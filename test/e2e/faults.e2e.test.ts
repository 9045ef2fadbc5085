import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { signIn, startServerProcess, type ServerProcess } from '../conformance/support.js';
import { startFaultProxy, type FaultProxy } from './faults/proxy.js';

/*
 * The fault goal of issue 15, in Chromium on the reference server: with 30% of requests dropped
 * (half of them after the server did the work), an outage, answers slower than the adapter's
 * timeout and a reload mid-send, every kudos the user sends is stored exactly once, and until it
 * is, the user still has it and is told. The page is a kudos wall on the REST adapter
 * (faults/page.ts); the faults come from a proxy in front of the server (faults/proxy.ts).
 */

const work = mkdtempSync(join(tmpdir(), 'chorus-faults-'));
let server: ServerProcess;
let proxy: FaultProxy;
let browser: Browser;
let page: Page;
let cookie: string;

/** A seeded random, so a failing run can be told apart from bad luck and replayed. */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

before(async () => {
  const site = join(work, 'site');
  mkdirSync(site);
  await build({
    entryPoints: [new URL('./faults/page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    outfile: join(site, 'page.js'),
    logLevel: 'error',
  });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><title>faults</title><script type="module" src="/page.js"></script></html>');
  server = await startServerProcess({ CHORUS_DATA_DIR: join(work, 'data'), CHORUS_STATIC_DIR: site, DATABASE_URL: '', CHORUS_SESSION_SECRET: '' });
  proxy = await startFaultProxy(server.origin, seeded(15));
  cookie = await signIn(server.api, 'p-01');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const context = await browser.newContext();
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: proxy.url }]);
  page = await context.newPage();
  await open();
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function open(): Promise<void> {
  await page.goto(`${proxy.url}/`);
  await until('the wall is ready', () => page.evaluate(() => (window as unknown as Faults).faults.ready()));
}

interface Faults {
  faults: {
    ready(): boolean;
    fill(message: string): Promise<void>;
    send(): void;
    state(): { text: string; error: string; sending: boolean };
    openComments(): boolean;
    feedback(message: string): void;
    feedbackState(): { sent: boolean; text: string; error: string };
    feedbackAgain(): void;
    vote(label: string): boolean;
    pollShown(): boolean;
    react(emoji: string): boolean;
    reactionState(emoji: string): { pressed: boolean; error: string };
    dismissNotice(): void;
    pollText(): string;
    comment(message: string): void;
    commentState(): { text: string; error: string };
  };
}

async function until<T>(what: string, read: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const state = () => page.evaluate(() => (window as unknown as Faults).faults.state());
const fill = (message: string) => page.evaluate((m) => (window as unknown as Faults).faults.fill(m), message);
const press = () => page.evaluate(() => (window as unknown as Faults).faults.send());

/** Presses Send once and waits for the outcome: 'sent' (the composer emptied) or 'failed' (told, text kept). */
async function pressAndWait(message: string): Promise<'sent' | 'failed'> {
  await press();
  const seen = await until('an outcome', async () => {
    const s = await state();
    return s.text === '' || (s.error !== '' && !s.sending) ? s : null;
  });
  if (seen.text === '') return 'sent';
  assert.equal(seen.text, message, 'the user still has the text');
  assert.match(seen.error, /\S/, 'and is told it was not confirmed');
  return 'failed';
}

/** Sends `message` as a user would: pressing again after each failure, until it is sent. */
async function sendUntilSent(message: string, tries = 15): Promise<number> {
  for (let i = 1; i <= tries; i++) if ((await pressAndWait(message)) === 'sent') return i;
  throw new Error(`"${message}" not sent after ${tries} presses`);
}

/** The id of the newest kudos (the wall's top card), from the server. */
async function topKudosId(): Promise<string> {
  const res = await fetch(`${server.api}/kudos?limit=1`, { headers: { cookie } });
  return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
}

/** How many times each message is stored, read from the server directly. */
async function storedCounts(messages: string[]): Promise<number[]> {
  const res = await fetch(`${server.api}/kudos?limit=100`, { headers: { cookie } });
  const { items } = (await res.json()) as { items: { message: string }[] };
  return messages.map((m) => items.filter((k) => k.message === m).length);
}

describe('faults: every kudos stored once, none lost (issue 15)', () => {
  const sent: string[] = [];

  it('with 30% of requests dropped', async () => {
    proxy.faults.dropRate = 0.3;
    for (let i = 1; i <= 6; i++) {
      const message = `Thanks, sent through a lossy network, number ${i}.`;
      await fill(message);
      await sendUntilSent(message);
      sent.push(message);
    }
    assert.ok(proxy.dropped.before + proxy.dropped.after > 0, 'requests were dropped');
    assert.deepEqual(
      await storedCounts(sent),
      sent.map(() => 1),
    );
  });

  it('through an outage', async () => {
    const message = 'Thanks, sent while the server was unreachable.';
    await fill(message);
    proxy.faults.outage = true;
    assert.equal(await pressAndWait(message), 'failed');
    proxy.faults.outage = false;
    await sendUntilSent(message);
    sent.push(message);
    assert.deepEqual(
      await storedCounts(sent),
      sent.map(() => 1),
    );
  });

  it('with answers slower than the timeout', async () => {
    const message = 'Thanks, sent while the server answered too slowly.';
    await fill(message);
    proxy.faults.slowMs = 2_000;
    // The server stores it; the adapter gives up waiting for the answer.
    assert.equal(await pressAndWait(message), 'failed');
    proxy.faults.slowMs = 0;
    await sendUntilSent(message);
    sent.push(message);
    assert.deepEqual(
      await storedCounts(sent),
      sent.map(() => 1),
    );
  });

  it('comments, with drops and answers slower than the timeout', async () => {
    proxy.faults.dropRate = 0.3;
    await until('comments open', () => page.evaluate(() => (window as unknown as Faults).faults.openComments()));
    const kudosId = await topKudosId();
    const comments: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const message = `Agreed, comment number ${i} through the faults.`;
      // The second goes out while answers are slower than the timeout: it fails, is kept, and is sent again.
      proxy.faults.slowMs = i === 2 ? 2_000 : 0;
      for (let press = 1; ; press++) {
        assert.ok(press <= 15, `"${message}" not posted after 15 presses`);
        await page.evaluate((m) => (window as unknown as Faults).faults.comment(m), message);
        const seen = await until('a comment outcome', async () => {
          const s = await page.evaluate(() => (window as unknown as Faults).faults.commentState());
          return s.text === '' || s.error ? s : null;
        });
        if (seen.text === '') {
          if (i === 2) assert.ok(press > 1, 'the slow answer was a failure the user saw');
          break;
        }
        assert.equal(seen.text, message, 'the user still has the comment');
        assert.match(seen.error, /\S/, 'and is told');
        proxy.faults.slowMs = 0;
      }
      comments.push(message);
    }
    const res = await fetch(`${server.api}/kudos/${kudosId}/comments`, { headers: { cookie } });
    const stored = (await res.json()) as { items?: { message: string }[] } | { message: string }[] as unknown;
    const list = (Array.isArray(stored) ? stored : (stored as { items: { message: string }[] }).items) as { message: string }[];
    assert.deepEqual(
      comments.map((m) => list.filter((c) => c.message === m).length),
      comments.map(() => 1),
    );
  });

  it('feedback, with drops, an answer slower than the timeout and a reload mid-send', async () => {
    proxy.faults.dropRate = 0.3;
    const admin = await signIn(server.api, 'p-32');
    const storedFeedback = async (messages: string[]) => {
      const res = await fetch(`${server.api}/feedback/inbox?limit=100`, { headers: { cookie: admin } });
      const { items } = (await res.json()) as { items: unknown[] };
      return messages.map((m) => items.filter((t) => JSON.stringify(t).includes(m)).length);
    };
    const fb = {
      send: (m: string) => page.evaluate((text) => (window as unknown as Faults).faults.feedback(text), m),
      state: () => page.evaluate(() => (window as unknown as Faults).faults.feedbackState()),
    };
    const messages: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const message = `The booking of meeting rooms could be simpler, note ${i}.`;
      let failures = 0;
      if (i === 2) proxy.faults.slowMs = 2_000;
      if (i === 3) {
        // Reaches the server, and the page reloads before the answer: the draft and its key come back.
        proxy.faults.slowMs = 1_000;
        await fb.send(message);
        await until('the feedback reached the server', async () => (await storedFeedback([message]))[0] === 1, 10_000);
        await open();
        proxy.faults.slowMs = 0;
        assert.equal((await fb.state()).text, message, 'the feedback draft is restored after the reload');
      }
      for (let press = 1; ; press++) {
        assert.ok(press <= 15, `"${message}" not sent after 15 presses`);
        await fb.send(message);
        const seen = await until('a feedback outcome', async () => {
          const s = await fb.state();
          return s.sent || s.error ? s : null;
        });
        if (seen.sent) break;
        failures++;
        assert.equal(seen.text, message, 'the user still has the feedback');
        proxy.faults.slowMs = 0;
      }
      if (i === 2) assert.ok(failures > 0, 'the slow answer was a failure the user saw');
      messages.push(message);
      await page.evaluate(() => (window as unknown as Faults).faults.feedbackAgain());
    }
    proxy.faults.dropRate = 0;
    assert.deepEqual(
      await storedFeedback(messages),
      messages.map(() => 1),
    );
  });

  it('a vote, with drops and an answer slower than the timeout', async () => {
    proxy.faults.dropRate = 0.3;
    type Poll = { myVote: { optionIds: string[] } | null; results: { totalVotes: number } | null };
    const read = async () => (await (await fetch(`${server.api}/polls/poll-lunch`, { headers: { cookie } })).json()) as Poll;
    const before = await read();
    const [choice, label] = before.myVote?.optionIds[0] === 'lunch-tacos' ? ['lunch-pizza', 'Pizzeria'] : ['lunch-tacos', 'Tacos'];
    const text = () => page.evaluate(() => (window as unknown as Faults).faults.pollText());
    // The poll must have loaded (the page may have just reloaded) before its answers turn slow:
    // the slowness is for the vote, and a load slower than every timeout would never finish.
    await until('the poll is shown', () => page.evaluate(() => (window as unknown as Faults).faults.pollShown()));
    proxy.faults.slowMs = 2_000;
    let unconfirmed = 0;
    for (let press = 1; ; press++) {
      assert.ok(press <= 15, 'the vote was not confirmed after 15 presses');
      await until('the poll takes a vote', () => page.evaluate((l) => (window as unknown as Faults).faults.vote(l), label)).catch(async (error: Error) => {
        throw new Error(`${error.message}; the poll says: ${await text()}`);
      });
      const seen = await until('a vote outcome', async () => {
        const t = await text();
        return /couldn’t confirm|wasn’t counted|was counted|was changed/.test(t) && !/Sending|Voting…/.test(t) ? t : null;
      });
      if (/was counted|was changed/.test(seen)) break;
      assert.match(seen, /couldn’t confirm your vote/, 'a lost answer is not called a vote not counted');
      unconfirmed++;
      proxy.faults.slowMs = 0;
    }
    assert.ok(unconfirmed > 0, 'the slow answer was a failure the user saw');
    proxy.faults.dropRate = 0;
    const after = await read();
    assert.deepEqual(after.myVote?.optionIds, [choice], 'the vote kept is the last one chosen');
    assert.equal(after.results!.totalVotes, before.results!.totalVotes + (before.myVote ? 0 : 1), 'counted once');
  });

  it('reactions, with drops and requests overtaking each other', async () => {
    const kudosId = await topKudosId();
    const emoji = '👏';
    // Someone else reacted first, so the card shows the reaction to toggle.
    const kwame = await signIn(server.api, 'p-06');
    await fetch(`${server.api}/kudos/${kudosId}/reactions/${encodeURIComponent(emoji)}`, {
      method: 'PUT',
      headers: { cookie: kwame, 'content-type': 'application/json' },
    });
    await open();
    const mine = async () => {
      const res = await fetch(`${server.api}/kudos/${kudosId}`, { headers: { cookie } });
      const kudos = (await res.json()) as { reactions: { emoji: string; mine: boolean }[] };
      return kudos.reactions.some((r) => r.emoji === emoji && r.mine);
    };
    const shown = () => page.evaluate((e) => (window as unknown as Faults).faults.reactionState(e), emoji);
    proxy.faults.dropRate = 0.3;
    proxy.faults.jitterMs = 800;
    // The next case starts on a network that works, whatever happens here.
    let told = 0;
    try {
      const random = seeded(14);
      for (let round = 1; round <= 6; round++) {
        // A round's notice is its own: the last round's is dismissed, as a user who read it would.
        await page.evaluate(() => (window as unknown as Faults).faults.dismissNotice());
        const start = (await shown()).pressed;
        const clicks = 1 + Math.floor(random() * 4);
        for (let i = 0; i < clicks; i++) {
          await until('the reaction can be clicked', () => page.evaluate((e) => (window as unknown as Faults).faults.react(e), emoji));
          await new Promise((r) => setTimeout(r, random() * 300));
        }
        const wanted = clicks % 2 === 1 ? !start : start;
        // Settled: what the card shows is what the server has, and stays so.
        let stable = 0;
        const seen = await until(
          `round ${round} settles`,
          async () => {
            const [ui, server] = [await shown(), await mine()];
            stable = ui.pressed === server ? stable + 1 : 0;
            return stable >= 20 ? ui : null;
          },
          60_000,
        );
        // The last click is what is kept; if the network beat every retry, the user is told.
        if (seen.pressed !== wanted) {
          assert.match(seen.error, /reaction couldn’t be saved/, `round ${round}: a reaction not kept is said`);
          told++;
        }
      }
    } finally {
      proxy.faults.dropRate = 0;
      proxy.faults.jitterMs = 0;
    }
    assert.ok(told < 6, 'most rounds keep the last click');
  });

  it('with a reload mid-send', async () => {
    for (let i = 1; i <= 2; i++) {
      const message = `Thanks, sent just before a reload, number ${i}.`;
      await fill(message);
      // The request reaches the server; its answer is on its way when the page reloads.
      proxy.faults.slowMs = 1_000;
      await press();
      await until('the send reached the server', async () => (await storedCounts([message]))[0] === 1, 10_000);
      await open();
      proxy.faults.slowMs = 0;
      // The draft comes back, and is sent again with the same key: the server replays its answer.
      assert.equal((await state()).text, message, 'the draft is restored after the reload');
      await sendUntilSent(message);
      sent.push(message);
    }
    proxy.faults.dropRate = 0;
    assert.deepEqual(
      await storedCounts(sent),
      sent.map(() => 1),
    );
  });
});
