import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openPglite } from '../../server/db/pglite.js';
import {
  dirs,
  openDemo,
  openWindow,
  restartServer,
  signedInAs,
  signIn,
  startDemo,
  step,
  stopDemo,
  tabTo,
  until,
  wallMessages,
  windows,
} from './demo.harness.js';
/*
 * The demo page end to end, on the reference server, in Debian's Chromium: served the way
 * `npm start` serves it (the demo built with Vite, then server/main.ts on PGlite serving it at /
 * and the API at /api/chorus), but in temp folders and on a free port of 127.0.0.1, so it never
 * touches .data/. Two browser contexts are two people at two computers.
 *
 *   A signs in as Kwame with "Signed in as" and gives kudos to Priya and Amara with the keyboard
 *   alone; it is on top of A's wall. B, signed in as Priya, sees it arrive without reloading.
 *   A votes in the lunch poll; B, watching its results, sees the counts change live.
 *   B sends anonymous feedback (the request leaves with no cookie and no Referer) and keeps the
 *   reply token on the device; A, a feedback recipient, answers it in the inbox, seeing no name;
 *   B reads the answer through the token.
 *   A reloads: still there. The server restarts on the same data: still there, and nothing in
 *   the database names B as the sender.
 */

const GIVER = 'Kwame Mensah';
const RECIPIENTS = ['Priya Raghunathan', 'Amara Okafor'] as const;
const message = `Thank you for walking the whole release checklist with us, line by line (e2e ${Date.now().toString(36)}).`;
const feedback = `The quiet room on floor two is booked all day by one recurring meeting (e2e ${Date.now().toString(36)}).`;
const answer = `Thanks for raising it. From Monday the quiet room can no longer be booked (e2e ${Date.now().toString(36)}).`;
/** B's person id and session cookie, to look for in what the server stored. */
const senderTraces: string[] = [];

describe('the demo page on the reference server', () => {
  before(startDemo, { timeout: 120_000 });
  after(stopDemo, { timeout: 30_000 });

  let a: Page;
  let b: Page;

  step(`window B signs in as ${RECIPIENTS[0]}`, async () => {
    b = await openWindow('B');
    await openDemo(b);
    await signIn(b, RECIPIENTS[0]);
    await b.evaluate(() => {
      (window as unknown as { e2eSameDocument: boolean }).e2eSameDocument = true;
    });
  });

  /** B's leaderboard as read out: every row's rank, name and score, and B's own pinned row. */
  const board = (page: Page) =>
    page
      .locator('#leaderboard [role="listitem"]')
      .allTextContents()
      .then((rows) => rows.map((r) => r.replace(/\s+/g, ' ').trim()).join(' | '));
  let boardBefore = '';

  step(`window A signs in as ${GIVER} through "Signed in as"`, async () => {
    boardBefore = await until(
      'B sees the leaderboard',
      () => board(b),
      // B's own row, listed or pinned, once the board is B's (not the one shown before signing in).
      (text) => text.split(' | ').some((row) => row.includes(RECIPIENTS[0]) && row.includes('You')),
    );
    a = await openWindow('A');
    await openDemo(a);
    await signIn(a, GIVER);
  });

  step('axe finds no violation on the demo page, every widget loaded', async () => {
    await until(
      'every widget shows content',
      () => a.locator('#leaderboard [role="listitem"]').count(),
      (n) => n > 0,
    );
    await a.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await a.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
  });

  step(`A gives kudos to ${RECIPIENTS.join(' and ')} with the keyboard alone, and sees it on top`, async () => {
    // From "Signed in as", which A just used, Tab to the composer's "To" field.
    await a.getByLabel('Signed in as').focus();
    const picker = a.locator('chorus-kudos-composer chorus-people-picker');
    await tabTo(a, 'the "To" field', (f) => f.hosts.includes('chorus-kudos-composer') && f.tag === 'input' && f.role === 'combobox');
    for (const [i, name] of RECIPIENTS.entries()) {
      await a.keyboard.type(name.split(' ')[0]!, { delay: 20 });
      await until(
        `"${name}" offered`,
        () => picker.getByRole('option').allTextContents(),
        (o) => o.some((t) => t.includes(name)),
      );
      await a.keyboard.press('ArrowDown');
      const active = await picker.locator('[role=option][aria-selected=true]').textContent();
      assert.ok(active?.includes(name), `ArrowDown highlights ${name} (got ${active})`);
      await a.keyboard.press('Enter');
      await until(
        `${name} chosen`,
        () => picker.locator('.chip-name').allTextContents(),
        (c) => c.length === i + 1 && c.includes(name),
      );
    }
    await tabTo(a, 'the message', (f) => f.tag === 'textarea' && f.id === 'message');
    await a.keyboard.type(message);
    await tabTo(a, '"Send kudos"', (f) => f.tag === 'button' && f.text === 'Send kudos');
    await a.keyboard.press('Enter');
    const top = await until(
      "the new kudos on top of A's wall",
      () => wallMessages(a),
      (m) => m[0] === message,
    );
    assert.equal(top.filter((m) => m === message).length, 1, 'once');
    const card = a.locator('chorus-kudos-wall article.card').first();
    await until(
      'the card is no longer pending',
      () => card.getAttribute('aria-busy'),
      (busy) => busy === 'false',
    );
    const title = await card.locator('.title').textContent();
    for (const name of [GIVER, ...RECIPIENTS]) assert.ok(title?.includes(name), `the card names ${name}: ${title}`);
  });

  step('B sees it arrive live, without reloading', async () => {
    await until(
      "the kudos on top of B's wall",
      () => wallMessages(b),
      (m) => m[0] === message,
      15_000,
    );
    await b.locator('chorus-kudos-wall article.card').first().scrollIntoViewIfNeeded();
    assert.equal(await b.evaluate(() => (window as unknown as { e2eSameDocument?: boolean }).e2eSameDocument), true, 'B did not reload');
    assert.equal(await signedInAs(b), RECIPIENTS[0]);
  });

  step('B sees the leaderboard move live: the kudos gave points to A and to B', async () => {
    // B's own row (listed or pinned under the top): it must change, not merely the board (a refetch
    // may pass through other states first).
    const mine = (text: string) => text.split(' | ').find((row) => row.includes(RECIPIENTS[0]));
    const before = mine(boardBefore);
    const after = await until(
      'B’s own row on the leaderboard changed',
      async () => mine(await board(b)),
      (row) => row !== undefined && row !== before,
      15_000,
    );
    assert.ok(after?.includes('point'), `B's row shows points: ${before} → ${after}`);
    assert.equal(await b.evaluate(() => (window as unknown as { e2eSameDocument?: boolean }).e2eSameDocument), true, 'B did not reload');
  });

  step('A votes in the lunch poll; B sees the results change live', async () => {
    const results = (page: Page) =>
      page
        .locator('#poll [part~="results"]')
        .first()
        .evaluate((el) => (el.textContent ?? '').match(/\d+/g)?.join(' ') ?? '');
    // B looks at the results (voters who have not voted may peek where the poll allows it).
    const peek = b.locator('#poll').getByRole('button', { name: 'See results' });
    if (await peek.count()) await peek.click();
    const before = await until(
      'B sees the results',
      () => results(b),
      (r) => r.length > 0,
    );
    // A changes their vote if they have one, else votes: the option after the current one.
    const change = a.locator('#poll').getByRole('button', { name: 'Change vote' });
    if (await change.count()) await change.click();
    const options = a.locator('#poll input[type=radio]');
    const checked = await options.evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).checked));
    await options.nth((checked + 1) % (await options.count())).check();
    await a
      .locator('#poll')
      .getByRole('button', { name: /^(Vote|Update vote)$/ })
      .click();
    const mine = await until(
      'A sees their vote counted',
      () => results(a),
      (r) => r.length > 0 && r !== before,
    );
    await until(
      'B sees the same counts, live',
      () => results(b),
      (r) => r === mine,
      15_000,
    );
    assert.equal(await b.evaluate(() => (window as unknown as { e2eSameDocument?: boolean }).e2eSameDocument), true, 'B did not reload');
  });

  step('B sends anonymous feedback: it leaves with no cookie, no Referer, and B keeps the reply token', async () => {
    const box = b.locator('#feedback-box');
    await box.scrollIntoViewIfNeeded();
    const sent: { url: string; headers: Record<string, string> }[] = [];
    const signedIn: Record<string, string>[] = [];
    b.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/chorus/feedback')) void request.allHeaders().then((headers) => sent.push({ url: url.pathname, headers }));
      else if (url.pathname === '/api/chorus/me') void request.allHeaders().then((headers) => signedIn.push(headers));
    });
    // The whole topic card is its label: click it as a person would.
    await box.getByText('Workplace and tools', { exact: true }).click();
    assert.equal(await box.getByRole('radio', { name: 'Workplace and tools' }).isChecked(), true);
    await box.getByLabel('Your message').fill(feedback);
    await box.getByRole('button', { name: 'Send anonymously' }).click();
    await until(
      '"sent anonymously"',
      () => box.getByText('Thank you — sent anonymously.').count(),
      (n) => n >= 1,
    );
    const token = await box.getByLabel('Your reply token').inputValue();
    assert.ok(Buffer.from(token, 'base64url').length >= 16, `a reply token of 128 bits or more (${token.length} characters)`);
    assert.equal(await box.getByLabel(/Keep it on this device/).isChecked(), true, 'kept on this device by default');

    const post = await until(
      'the send request seen',
      async () => sent.find((r) => r.url === '/api/chorus/feedback'),
      (r) => !!r,
    );
    assert.equal(post!.headers.cookie, undefined, 'no cookie on the anonymous request');
    assert.equal(post!.headers.authorization, undefined);
    assert.equal(post!.headers.referer, undefined, 'no Referer');
    // The control: B's signed-in calls do carry the session (reload B's identity to see one).
    await b.evaluate(() => fetch('/api/chorus/me', { credentials: 'same-origin' }));
    const me = await until(
      'a signed-in request seen',
      async () => signedIn.at(-1),
      (h) => !!h,
    );
    assert.match(me!.cookie ?? '', /chorus_session=/, 'B is signed in: the cookie exists and goes on other calls');
    const cookies = await b.context().cookies();
    senderTraces.push(...cookies.filter((c) => c.name === 'chorus_session').map((c) => c.value));
  });

  step('A, a feedback recipient, answers it in the inbox and sees no name', async () => {
    const box = a.locator('#feedback-box');
    await box.scrollIntoViewIfNeeded();
    await box.getByRole('tab', { name: 'Inbox' }).click();
    const row = box.locator('[part~="inbox-item"]', { hasText: feedback.slice(0, 40) });
    await until(
      "the feedback in A's inbox",
      () => row.count(),
      (n) => n === 1,
      15_000,
    );
    await row.click();
    await until(
      'the thread open',
      () => box.getByText(feedback).count(),
      (n) => n >= 1,
    );
    const thread = (await box.locator('[part~="thread"]').textContent()) ?? '';
    assert.ok(!thread.includes(RECIPIENTS[0]) && !thread.includes(RECIPIENTS[0].split(' ')[0]!), `the thread names no sender: ${thread.slice(0, 200)}`);
    await box.getByLabel('Your answer').fill(answer);
    await box.getByRole('button', { name: 'Send answer' }).click();
    await until(
      'the answer in the thread',
      () => box.getByText(answer).count(),
      (n) => n >= 1,
    );
  });

  step('B reads the answer through the token kept on the device', async () => {
    const box = b.locator('#feedback-box');
    await box.getByRole('tab', { name: /Your conversations/ }).click();
    const open = box.locator('button.open-thread').first();
    await until(
      "B's kept conversation listed",
      () => open.count(),
      (n) => n >= 1,
    );
    await open.click();
    await until(
      'the answer shown to B',
      () => box.getByText(answer).count(),
      (n) => n >= 1,
      15_000,
    );
    const thread = (await box.locator('[part~="thread"]').textContent()) ?? '';
    assert.ok(thread.includes(GIVER), 'the answer is signed by who answered');
    assert.ok(thread.includes('You (anonymous)'), "B's own message is marked as theirs, anonymous");
  });

  step('A reloads: still there, still signed in', async () => {
    await a.reload();
    await until(
      'the kudos on top after a reload',
      () => wallMessages(a),
      (m) => m[0] === message,
      30_000,
    );
    assert.equal(await signedInAs(a), GIVER);
  });

  step('the server restarts on the same data: still there', async () => {
    // While it is down, read what it stored: the feedback is there, and nothing names B.
    await restartServer(async () => {
      const db = await openPglite(dirs.data);
      try {
        const users = await db.query<{ id: string; name: string }>('select id, name from people where name = $1', [RECIPIENTS[0]]);
        senderTraces.push(users[0]!.id);
        const rows: string[] = [];
        // The feedback, and the retry entries (B made no other write; A's kudos to B is elsewhere and names B, as it should).
        for (const table of ['feedback_threads', 'feedback_messages', 'idempotency_keys']) {
          for (const row of await db.query<{ row: unknown }>(`select row_to_json(t) as row from ${table} t`)) rows.push(JSON.stringify(row.row));
        }
        assert.ok(
          rows.some((r) => r.includes(feedback.slice(0, 40))),
          'the feedback is stored',
        );
        for (const trace of senderTraces) {
          const found = rows.filter((r) => r.includes(`"${trace}"`) || (trace.length > 10 && r.includes(trace)));
          assert.deepEqual(found, [], `nothing stored for the feedback names B (${trace.slice(0, 12)}…)`);
        }
      } finally {
        await db.close();
      }
    });
    await a.reload();
    await until(
      'the kudos on top after a restart',
      () => wallMessages(a),
      (m) => m[0] === message,
      30_000,
    );
    assert.equal(await signedInAs(a), GIVER, 'the session survives the restart');
  });

  step('no window had a script error', async () => {
    for (const w of windows) {
      assert.deepEqual(
        w.errors.filter((e) => !e.startsWith('console:')),
        [],
        `window ${w.name}: uncaught errors`,
      );
      if (w.errors.length) console.log(`window ${w.name} logged: ${w.errors.join(' | ')}`);
    }
  });
});
