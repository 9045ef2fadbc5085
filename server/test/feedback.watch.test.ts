import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, CHLOE, startTestServer, type TestServer } from './helpers.js';
import { KWAME, answer, captureConsole, draft, dumpDatabase, sender, setStatus, spyingAuth } from './feedback.helpers.js';

/*
 * The feedback sender's live channel (GET /feedback/thread/events) on the reference server: opened
 * by the reply token alone, as nobody (no authenticator asked, no cookie read or set, nothing
 * stored or logged), it says "changed" and nothing else each time its thread changes, and ends
 * when the client leaves or its lifetime is over. Reading a stream waits for its next chunk: no
 * test here waits for a time.
 */

/** Reads a stream's text until `done` holds for what came so far (or it ends). */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, seen: { text: string }, done: (text: string) => boolean): Promise<boolean> {
  const decoder = new TextDecoder();
  while (!done(seen.text)) {
    const { done: ended, value } = await reader.read();
    if (ended) return false;
    seen.text += decoder.decode(value, { stream: true });
  }
  return true;
}

type ErrorBody = { error: { code: string } };
const changes = (text: string) => text.split('event: changed\n').length - 1;
/** Every frame the channel may send: the opening, pings, and changes with empty data; nothing else. */
const ONLY_CHANGES = /^retry: \d+\n: connected\n\n(?:event: changed\ndata:\n\n|: ping\n\n)*$/;

function open(s: TestServer, token: string, headers: Record<string, string> = {}): Promise<Response> {
  return s.call(null, 'GET', '/feedback/thread/events', { headers: { 'Chorus-Reply-Token': token, Accept: 'text/event-stream', ...headers } });
}

describe('the feedback sender’s live channel', () => {
  let s: TestServer;
  let asked: string[];
  before(async () => {
    const spy = spyingAuth();
    asked = spy.asked;
    s = await startTestServer({ auth: spy.auth });
  });
  after(async () => {
    await s?.close();
  });

  it('opens with the token alone, as nobody: with a session cookie sent, no one is asked who, no cookie set, nothing stored or logged', async () => {
    const api = sender(s);
    const sent = await api.send(draft({ message: 'The lifts on floor six are out of order every Monday.' }));
    const token: string = sent.body.replyToken;
    const before = await dumpDatabase(s.db);
    asked.length = 0;
    const { result: res, output } = await captureConsole(() =>
      open(s, token, { Cookie: s.cookie(CHLOE), 'User-Agent': 'ChorusProbeAgent/9.9', Referer: 'https://intranet.example/people/chloe' }),
    );
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type') ?? '', /^text\/event-stream/);
    assert.equal(res.headers.get('Set-Cookie'), null);
    assert.equal(res.headers.get('Cache-Control'), 'no-store');
    assert.equal(res.headers.get('Referrer-Policy'), 'no-referrer');
    assert.equal(output, '', 'nothing logged');
    assert.deepEqual(asked, [], 'the authenticator was never asked who');
    assert.deepEqual(await dumpDatabase(s.db), before, 'opening it stores nothing');
    assert.equal(s.app.deps.feedbackThreads.size, 1);

    const reader = res.body!.getReader();
    const seen = { text: '' };
    try {
      assert.ok(await readUntil(reader, seen, (t) => t.includes(': connected\n\n')));
      await answer(s, KWAME, sent.body.thread.id, 'We have called the lift company.');
      assert.ok(await readUntil(reader, seen, (t) => changes(t) >= 1), 'an answer is heard');
      await setStatus(s, KWAME, sent.body.thread.id, 'closed');
      assert.ok(await readUntil(reader, seen, (t) => changes(t) >= 2), 'a status change is heard');
      await setStatus(s, KWAME, sent.body.thread.id, 'open');
      await api.reply(token, 'It was out again this Monday.');
      assert.ok(await readUntil(reader, seen, (t) => changes(t) >= 4), 'the sender’s own reply (from any device) is heard');
      // No id, no time, no content: a change says that the thread changed, nothing more.
      assert.match(seen.text, ONLY_CHANGES);
      assert.doesNotMatch(seen.text, /lift|Monday|fb-|T\d\d:|^id:/m);
    } finally {
      await reader.cancel();
    }
    assert.equal(s.app.deps.feedbackThreads.size, 0, 'the channel is dropped when the client leaves');
  });

  it('hears its own thread only', async () => {
    const api = sender(s);
    const mine = await api.send(draft({ message: 'Please add more bike racks near the entrance.' }));
    const other = await api.send(draft({ message: 'The canteen runs out of vegetarian dishes by noon.' }));
    const leave = new AbortController();
    const res = await s.app.app.request(`${BASE}/feedback/thread/events`, { headers: { 'Chorus-Reply-Token': mine.body.replyToken }, signal: leave.signal });
    const fence = await open(s, other.body.replyToken);
    const reader = res.body!.getReader();
    const fenceReader = fence.body!.getReader();
    const seen = { text: '' };
    try {
      // The other thread's answer is heard on its own channel: every channel has had it by then (one fan-out).
      await answer(s, KWAME, other.body.thread.id, 'More dishes from next week.');
      assert.ok(await readUntil(fenceReader, { text: '' }, (t) => changes(t) >= 1));
      await answer(s, KWAME, mine.body.thread.id, 'Ten more racks are ordered.');
      assert.ok(await readUntil(reader, seen, (t) => changes(t) >= 1));
      // The client leaves: the stream ends, and what it was sent can be read to its end.
      leave.abort();
      assert.equal(await readUntil(reader, seen, () => false), false);
      assert.equal(changes(seen.text), 1, 'one change: this thread’s answer, not the other’s');
    } finally {
      await fenceReader.cancel();
    }
    assert.equal(s.app.deps.feedbackThreads.size, 0);
  });

  it('is 404 with the ErrorBody for a token that opens nothing, 400 without one, and never a stream then', async () => {
    const nothing = await open(s, 'rt-nothing-nothing-nothing-nothing');
    assert.equal(nothing.status, 404);
    assert.equal(((await nothing.json()) as ErrorBody).error.code, 'not-found');
    const none = await s.call(null, 'GET', '/feedback/thread/events', { operationId: 'watchFeedbackThread' });
    assert.equal(none.status, 400);
    assert.equal(((await none.json()) as ErrorBody).error.code, 'validation');
    assert.equal(s.app.deps.feedbackThreads.size, 0);
  });
});

describe('the sender’s live channel, paced', () => {
  it('counts its opening as a reply-token lookup, and ends by itself when its lifetime is over', async () => {
    const s = await startTestServer({ feedbackLookupLimit: { max: 2, windowSeconds: 600 }, feedbackWatchMaxMs: 50 });
    try {
      const sent = await sender(s).send(draft());
      const res = await open(s, sent.body.replyToken);
      const seen = { text: '' };
      assert.equal(await readUntil(res.body!.getReader(), seen, () => false), false, 'the stream ended');
      assert.match(seen.text, ONLY_CHANGES);
      assert.equal(s.app.deps.feedbackThreads.size, 0);
      assert.equal((await open(s, sent.body.replyToken)).status, 200);
      const third = await open(s, sent.body.replyToken);
      assert.equal(third.status, 429, 'the third lookup in the window');
      assert.ok(third.headers.get('Retry-After'));
    } finally {
      await s.close();
    }
  });

  it('ends when the server stops', async () => {
    const s = await startTestServer();
    try {
      const sent = await sender(s).send(draft());
      const res = await open(s, sent.body.replyToken);
      const reader = res.body!.getReader();
      const seen = { text: '' };
      assert.ok(await readUntil(reader, seen, (t) => t.includes(': connected\n\n')));
      await s.app.close();
      assert.equal(await readUntil(reader, seen, () => false), false, 'the stream ended');
      assert.equal(s.app.deps.feedbackThreads.size, 0);
    } finally {
      await s.close();
    }
  });

  it('hears the sender’s reply held from recipients until its hour has ended, with no event stored to time it', async () => {
    const s = await startTestServer({ feedbackConfig: { deliverAfterHour: true } });
    try {
      const api = sender(s);
      const sent = await api.send(draft());
      const [{ n: before }] = await s.db.query<{ n: number }>('select count(*)::int as n from events');
      const res = await open(s, sent.body.replyToken);
      const reader = res.body!.getReader();
      const seen = { text: '' };
      try {
        await api.reply(sent.body.replyToken, 'Also the scanner.');
        assert.ok(await readUntil(reader, seen, (t) => changes(t) >= 1));
      } finally {
        await reader.cancel();
      }
      const [{ n: after }] = await s.db.query<{ n: number }>('select count(*)::int as n from events');
      assert.equal(after, before, 'no events row');
    } finally {
      await s.close();
    }
  });
});
