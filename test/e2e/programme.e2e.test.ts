import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openDemo, openWindow, signIn, startDemo, step, stopDemo, until, wallMessages } from './demo.harness.js';

/*
 * The people who run the programme, on the demo page and the reference server, in Chromium:
 *
 *   B (Priya) reads the wall; M (Arjun, a moderator) has the moderation queue open.
 *   A (Kwame) reports a kudos on the wall: it appears in M's queue without a reload.
 *   M hides it with a reason: it leaves A's and B's walls live, without a reload.
 *   H (Nadia, HR) reads participation by team: each team's figures are what the kudos the
 *   page lists say, and the teams under 5 people are withheld.
 */

const REPORTER = 'Kwame Mensah';
const READER = 'Priya Raghunathan';
const MODERATOR = 'Arjun Mehta';
const HR = 'Nadia Haddad';
const reason = `Names a customer who did not agree to it (e2e ${Date.now().toString(36)}).`;
const hideReason = `Customer names stay off the wall (e2e ${Date.now().toString(36)}).`;

/** Marks the document, so a later check can tell it was not reloaded. */
const mark = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { e2eSameDocument: boolean }).e2eSameDocument = true;
  });
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { e2eSameDocument?: boolean }).e2eSameDocument === true);

/** The queue's items as their quoted text. */
const queueTexts = (page: Page) => page.locator('chorus-moderation li.item blockquote').allTextContents();

describe('moderation and insights on the demo page', () => {
  before(startDemo, { timeout: 120_000 });
  after(stopDemo, { timeout: 30_000 });

  let a: Page;
  let b: Page;
  let m: Page;
  let reported = '';

  step(`B signs in as ${READER}, M as ${MODERATOR} with the queue open`, async () => {
    b = await openWindow('B');
    await openDemo(b);
    await signIn(b, READER);
    await mark(b);
    m = await openWindow('M');
    await openDemo(m);
    await signIn(m, MODERATOR);
    await until(
      "M's queue loaded",
      () => m.locator('chorus-moderation select').count(),
      (n) => n > 0,
    );
    await mark(m);
    assert.equal(await b.locator('#moderation-part').isVisible(), false, 'a plain employee is not shown the queue');
  });

  step(`A signs in as ${REPORTER} and reports a kudos B also sees`, async () => {
    a = await openWindow('A');
    await openDemo(a);
    await signIn(a, REPORTER);
    const mine = await wallMessages(a);
    const theirs = await wallMessages(b);
    const already = await queueTexts(m);
    reported = mine.find((text) => theirs.includes(text) && !already.includes(text)) ?? '';
    assert.ok(reported, 'a kudos on both walls, not in the queue yet');
    const card = a.locator('chorus-kudos-wall article.card').filter({ hasText: reported }).first();
    await card.getByRole('button', { name: 'Report' }).click();
    await a.getByLabel('What’s wrong with it?').fill(reason);
    await a.getByRole('button', { name: 'Send report' }).click();
    await until(
      'A is told the report went to moderators',
      () => card.textContent(),
      (text) => !!text?.includes('Reported'),
    );
  });

  step("the report appears in M's queue without a reload", async () => {
    await until(
      "the kudos in M's queue",
      () => queueTexts(m),
      (texts) => texts.some((t) => t.trim() === reported.trim()),
    );
    const item = m.locator('chorus-moderation li.item').filter({ hasText: reported });
    assert.ok((await item.textContent())?.includes(reason), 'with the reason A gave');
    assert.ok(!(await item.textContent())?.includes(REPORTER), 'never naming who reported it');
    assert.ok(await sameDocument(m), 'M did not reload');
  });

  step('M hides it with a reason: it leaves A’s and B’s walls live', async () => {
    const item = m.locator('chorus-moderation li.item').filter({ hasText: reported });
    await item.getByRole('textbox').fill(hideReason);
    await item.getByRole('button', { name: 'Hide' }).click();
    for (const [name, page] of [
      ['B', b],
      ['A', a],
    ] as const) {
      await until(
        `the kudos gone from ${name}'s wall`,
        () => wallMessages(page),
        (texts) => !texts.includes(reported),
      );
    }
    assert.ok(await sameDocument(b), 'B did not reload');
    await until(
      'the item gone from the open items of M’s queue',
      () => queueTexts(m),
      (texts) => !texts.some((t) => t.trim() === reported.trim()),
    );
    await m.locator('chorus-moderation').getByLabel('State').selectOption({ label: 'Hidden' });
    await until(
      'the item among the hidden ones, its history giving the reason',
      () => m.locator('chorus-moderation li.item').filter({ hasText: reported }).allTextContents(),
      (texts) => texts.length === 1 && texts[0]!.includes(hideReason),
    );
  });

  step('axe finds no violation on the demo page as a moderator', async () => {
    await m.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await m.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
  });

  step(`H signs in as ${HR}: participation by team is what the wall's kudos say, the teams under 5 withheld`, async () => {
    const h = await openWindow('H');
    await openDemo(h);
    await signIn(h, HR);
    assert.equal(await h.locator('#moderation-part').isVisible(), true, 'HR is a moderator too');
    const insights = h.locator('chorus-insights');
    await insights.getByLabel('Period', { exact: true }).selectOption({ label: 'All time' });
    await insights.locator('summary', { hasText: 'Show the table' }).first().click();
    const rows = insights.locator('[part~="participation"] tbody tr');
    const table = await until(
      'the participation table, all time',
      () => rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()))),
      (r) => r.length > 0,
    );
    // What the API lists, read as H (a moderator sees every kudos): the public kudos not hidden, by their givers' teams.
    // Asked with H's cookies, from the page's origin.
    const origin = new URL(h.url()).origin;
    const api = async <T>(path: string): Promise<T> =>
      (await h.request.get(`${origin}/api/chorus${path}`, { headers: { accept: 'application/json' } })).json() as Promise<T>;
    const people = (await api<{ items: { id: string; teamId: string }[] }>('/session/users')).items;
    const teams = (await api<{ items: { id: string; name: string }[] }>('/teams')).items;
    const givers = new Set<string>();
    type KudosPage = { items: { author: { id: string }; visibility: string; hidden?: unknown }[]; nextCursor: string | null };
    for (let cursor: string | null = '', pages = 0; cursor !== null && pages < 50; pages++) {
      const page: KudosPage = await api<KudosPage>(`/kudos?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      for (const k of page.items) if (k.visibility === 'public' && !k.hidden) givers.add(k.author.id);
      cursor = page.nextCursor;
    }
    const counted = teams.map((t) => {
      const members = people.filter((p) => p.teamId === t.id);
      return { name: t.name, members: members.length, gave: members.filter((p) => givers.has(p.id)).length };
    });
    for (const team of counted) {
      const row = table.find((cells) => cells[0] === team.name);
      assert.ok(row, `a row for ${team.name}: ${JSON.stringify(table)}`);
      if (team.members < 5) {
        assert.match(row.slice(1).join(' '), /Fewer than 5 people — withheld/, `${team.name} (${team.members} people) withheld`);
        assert.ok(!row.slice(1).some((cell) => /\d+ \(/.test(cell)), `no figure for ${team.name}: ${row.join(' | ')}`);
      } else {
        assert.equal(row[1], String(team.members), `${team.name}'s members`);
        assert.match(row[3] ?? '', new RegExp(`^${team.gave} \\(`), `${team.name}: ${team.gave} gave kudos (${row.join(' | ')})`);
      }
    }
    assert.ok(
      counted.some((t) => t.members < 5),
      'the demo company has a team under 5',
    );
  });
});
