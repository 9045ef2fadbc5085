import { expect } from '@open-wc/testing';
import { SseParser, type SseMessage } from '../../../src/adapters/rest/sse.js';
import type { KudosLiveEvent, PollLiveEvent } from '../../../src/core/live.js';
import { waitFor } from '../../support.js';
import { backend, calls, draft, key, mswMode, rest } from './helpers.js';

function parse(chunks: string[]): { messages: SseMessage[]; parser: SseParser } {
  const messages: SseMessage[] = [];
  const parser = new SseParser((m) => messages.push(m));
  for (const chunk of chunks) parser.push(chunk);
  return { messages, parser };
}

describe('SSE parser', () => {
  it('reads events, ids, types and multi-line data, whatever the chunking and line endings', () => {
    const stream = '\uFEFFretry: 2500\n\n: ping\n\nid: 1\nevent: kudos\ndata: {"a":\ndata:  1}\n\r\nid: 2\r\ndata:plain\r\rdata: no id\n\n';
    const whole = parse([stream]);
    // Every split point, including between the CR and LF of a CRLF.
    for (let i = 1; i < stream.length; i++) {
      expect(parse([stream.slice(0, i), stream.slice(i)]).messages, `split at ${i}`).to.deep.equal(whole.messages);
    }
    expect(whole.messages).to.deep.equal([
      { type: 'kudos', data: '{"a":\n 1}', lastEventId: '1' },
      { type: 'message', data: 'plain', lastEventId: '2' },
      { type: 'message', data: 'no id', lastEventId: '2' },
    ]);
    expect(whole.parser.retry).to.equal(2500);
  });

  it('dispatches nothing for an event without data, or one the stream ends inside', () => {
    const { messages, parser } = parse(['event: kudos\nid: 9\n\n', 'data: unfinished']);
    expect(messages).to.deep.equal([]);
    expect(parser.lastEventId, 'an id alone still counts').to.equal('9');
  });

  it('ignores ids with NUL and non-numeric retry values', () => {
    const { messages, parser } = parse(['id: 3\ndata: a\n\nid: x\0y\nretry: soon\ndata: b\n\n']);
    expect(messages.map((m) => m.lastEventId)).to.deep.equal(['3', '3']);
    expect(parser.retry).to.equal(null);
  });
});

const created = (events: KudosLiveEvent[]) => events.filter((e) => e.type === 'created');

describe('REST adapter: live updates over fetch (headers hook)', () => {
  const bearer = { headers: () => ({ Authorization: 'Bearer p-01' }) };

  it('delivers kudos events to every subscriber over one shared connection, closed after the last leaves', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const adapter = rest(bearer);
    const a: KudosLiveEvent[] = [];
    const b: KudosLiveEvent[] = [];
    const offA = adapter.live.subscribe('kudos', (e) => a.push(e));
    const offB = adapter.live.subscribe('kudos', (e) => b.push(e));
    await waitFor(() => mock.openStreams === 1, 'stream open');

    const given = await rest().kudos.giveKudos(draft(), key());
    await waitFor(() => created(a).length === 1 && created(b).length === 1, 'both subscribers got it');
    const event = created(a)[0]! as Extract<KudosLiveEvent, { type: 'created' }>;
    expect(event.kudos.id).to.equal(given.id);
    expect(event.kudos.author.name).to.be.a('string');
    expect(a[0]).not.to.equal(b[0]);
    const streams = calls(mock, 'GET', /^\/events/);
    expect(streams).to.have.length(1);
    expect(streams[0]!.path).to.equal('/events?topics=kudos');
    expect(streams[0]!.headers.authorization, 'the hook’s headers go on the stream too').to.equal('Bearer p-01');
    expect(streams[0]!.headers.accept).to.equal('text/event-stream');

    offA();
    await adapter.kudos.setReaction(given.id, '🎉', true);
    await waitFor(() => b.some((e) => e.type === 'updated'), 'still open for the other');
    expect(a.some((e) => e.type === 'updated')).to.equal(false);
    offB();
    await waitFor(() => mock.openStreams === 0, 'closed with the last subscriber');
  });

  it('reconnects after the stream drops, sending Last-Event-ID, and gets what it missed', async () => {
    const mock = await backend({ liveRetryMs: 100 });
    const adapter = rest(bearer);
    const events: KudosLiveEvent[] = [];
    adapter.live.subscribe('kudos', (e) => events.push(e));
    await waitFor(() => mock.openStreams === 1, 'stream open');
    await rest().kudos.giveKudos(draft(), key());
    await waitFor(() => events.length === 1, 'first event');

    mock.dropStreams();
    // Published while the client is away: it must come on the next connection.
    mock.publish({ topic: 'kudos', type: 'deleted', id: 'k-missed' });
    await waitFor(() => events.some((e) => e.type === 'deleted'), 'missed event replayed');
    const streams = calls(mock, 'GET', /^\/events/);
    expect(streams).to.have.length(2);
    expect(streams[1]!.headers['last-event-id']).to.equal('1');
  });

  it('gets what was published during a drop even before it saw any event (the stream opened with the current id)', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const adapter = rest(bearer);
    const events: KudosLiveEvent[] = [];
    adapter.live.subscribe('kudos', (e) => events.push(e));
    await waitFor(() => mock.openStreams === 1, 'stream open');
    mock.dropStreams();
    mock.publish({ topic: 'kudos', type: 'deleted', id: 'k-missed' });
    await waitFor(() => events.some((e) => e.type === 'deleted'), 'missed event replayed');
    expect(calls(mock, 'GET', /^\/events/)[1]!.headers['last-event-id']).to.equal('0');
  });

  it('tells every subscriber to reload when what it missed cannot be replayed, then goes on live', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const adapter = rest(bearer);
    const kudos: KudosLiveEvent[] = [];
    const polls: PollLiveEvent[] = [];
    adapter.live.subscribe('kudos', (e) => kudos.push(e));
    adapter.live.subscribe('poll', (e) => polls.push(e));
    await waitFor(() => mock.openStreams === 1, 'stream open');
    mock.publish({ topic: 'kudos', type: 'deleted', id: 'k-seen' });
    await waitFor(() => kudos.length === 1, 'first event');
    mock.dropStreams();
    // More than the mock keeps (1,000), while the client is away: the event it saw last is gone.
    for (let i = 0; i < 1_001; i++) mock.publish({ topic: 'poll', type: 'changed', pollId: 'poll-lunch' });
    await waitFor(() => kudos.some((e) => e.type === 'reset') && polls.some((e) => e.type === 'reset'), 'a reset for each topic');
    expect(
      polls.filter((e) => e.type === 'changed'),
      'no partial replay',
    ).to.deep.equal([]);
    mock.publish({ topic: 'kudos', type: 'deleted', id: 'k-after' });
    await waitFor(() => kudos.some((e) => e.type === 'deleted' && e.id === 'k-after'), 'live after the reset');
  });

  it('keeps trying with backoff while the server refuses, and resumes when it answers', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    mock.failNext({ status: 503, times: 2, match: /^GET \/events$/ });
    const adapter = rest({ ...bearer, reconnectMs: 20 });
    const events: KudosLiveEvent[] = [];
    adapter.live.subscribe('kudos', (e) => events.push(e));
    await waitFor(() => mock.openStreams === 1, 'connected on the third try');
    await rest().kudos.giveKudos(draft(), key());
    await waitFor(() => events.length === 1);
  });
});

/** A stand-in EventSource: records what the adapter asks of it, and lets the test play the server. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static made: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  closed = false;
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super();
    FakeEventSource.made.push(this);
  }
  get withCredentials(): boolean {
    return !!this.init?.withCredentials;
  }
  close(): void {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }
  send(type: string, data: unknown, lastEventId: string): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
}

describe('REST adapter: live updates over EventSource (cookies)', () => {
  const real = globalThis.EventSource;
  beforeEach(() => {
    FakeEventSource.made = [];
    globalThis.EventSource = FakeEventSource as unknown as typeof EventSource;
  });
  afterEach(() => {
    globalThis.EventSource = real;
  });

  it('opens one EventSource for all subscribers, dispatches its events and closes with the last', async () => {
    const adapter = rest({ reconnectMs: 10 });
    const events: KudosLiveEvent[] = [];
    const off1 = adapter.live.subscribe('kudos', (e) => events.push(e));
    const off2 = adapter.live.subscribe('kudos', () => undefined);
    expect(FakeEventSource.made).to.have.length(1);
    const source = FakeEventSource.made[0]!;
    expect(new URL(source.url).pathname + new URL(source.url).search).to.equal('/api/chorus/events?topics=kudos');
    expect(source.withCredentials).to.equal(false);
    source.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
    source.send('kudos', { topic: 'kudos', type: 'exploded', id: 'k-2' }, '8');
    source.send('kudos', 'not an event', '9');
    expect(events).to.deep.equal([{ topic: 'kudos', type: 'deleted', id: 'k-1' }]);
    off1();
    expect(source.closed).to.equal(false);
    off2();
    expect(source.closed).to.equal(true);
  });

  it('asks only for topics the contract serves, so a newer widget cannot break the stream', () => {
    const adapter = rest();
    // A topic this version of the contract does not have (the cast stands for a future widget).
    const off = adapter.live.subscribe('future-topic' as never, () => undefined);
    expect(FakeEventSource.made).to.have.length(0);
    adapter.live.subscribe('kudos', () => undefined);
    expect(new URL(FakeEventSource.made[0]!.url).searchParams.get('topics')).to.equal('kudos');
    off();
    expect(FakeEventSource.made).to.have.length(1);
  });

  it('sends cookies across origins with credentials "include"', () => {
    rest({ credentials: 'include' }).live.subscribe('kudos', () => undefined);
    expect(FakeEventSource.made[0]!.withCredentials).to.equal(true);
  });

  it('reopens a failed EventSource after a backoff, with the last event id in the query', async () => {
    const adapter = rest({ reconnectMs: 10 });
    const off = adapter.live.subscribe('kudos', () => undefined);
    const first = FakeEventSource.made[0]!;
    first.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '41');
    first.dispatchEvent(new Event('error'));
    expect(first.closed, 'the failed one is closed, not left to retry on its own').to.equal(true);
    await waitFor(() => FakeEventSource.made.length === 2, 'reopened');
    expect(new URL(FakeEventSource.made[1]!.url).searchParams.get('lastEventId')).to.equal('41');
    off();
    expect(FakeEventSource.made[1]!.closed).to.equal(true);
  });

  it('never delivers an event twice when a reopened stream replays it', async () => {
    const adapter = rest({ reconnectMs: 10 });
    const events: KudosLiveEvent[] = [];
    adapter.live.subscribe('kudos', (e) => events.push(e));
    const first = FakeEventSource.made[0]!;
    first.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
    first.dispatchEvent(new Event('error'));
    await waitFor(() => FakeEventSource.made.length === 2, 'reopened');
    // A proxy that ignores the id it was given replays what came before.
    const second = FakeEventSource.made[1]!;
    second.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
    second.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-2' }, '8');
    expect(events).to.deep.equal([
      { topic: 'kudos', type: 'deleted', id: 'k-1' },
      { topic: 'kudos', type: 'deleted', id: 'k-2' },
    ]);
  });

  it('waits ever longer when every stream ends right after it opened (and replays an old event)', async () => {
    const random = Math.random;
    const timeout = globalThis.setTimeout;
    const waits: number[] = [];
    let failing = false;
    Math.random = () => 0.999;
    // The waits asked for while a stream fails are the adapter's backoff.
    globalThis.setTimeout = ((fn: () => void, ms?: number) => (failing && waits.push(ms ?? 0), timeout(fn, ms))) as typeof setTimeout;
    try {
      rest({ reconnectMs: 10 }).live.subscribe('kudos', () => undefined);
      FakeEventSource.made[0]!.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
      for (let round = 1; round <= 5; round++) {
        const source = FakeEventSource.made[round - 1]!;
        source.dispatchEvent(new Event('open'));
        source.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
        failing = true;
        source.dispatchEvent(new Event('error'));
        failing = false;
        await waitFor(() => FakeEventSource.made.length === round + 1, `reopened ${round}`);
      }
    } finally {
      Math.random = random;
      globalThis.setTimeout = timeout;
    }
    expect(waits).to.have.length(5);
    for (let i = 1; i < 5; i++) expect(waits[i], `wait ${i + 1} longer than wait ${i}`).to.be.greaterThan(waits[i - 1]!);
  });

  it('resumes a stream that saw no event from the id its `ready` gave', async () => {
    rest({ reconnectMs: 10 }).live.subscribe('kudos', () => undefined);
    const first = FakeEventSource.made[0]!;
    first.send('ready', {}, '12');
    first.dispatchEvent(new Event('error'));
    await waitFor(() => FakeEventSource.made.length === 2, 'reopened');
    expect(new URL(FakeEventSource.made[1]!.url).searchParams.get('lastEventId')).to.equal('12');
  });

  it('passes a reset to every subscriber and resumes from its id', async () => {
    const adapter = rest({ reconnectMs: 10 });
    const kudos: KudosLiveEvent[] = [];
    const polls: PollLiveEvent[] = [];
    adapter.live.subscribe('kudos', (e) => kudos.push(e));
    adapter.live.subscribe('poll', (e) => polls.push(e));
    const source = FakeEventSource.made.at(-1)!;
    source.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
    source.send('reset', { topics: ['kudos', 'poll'] }, '50');
    expect(kudos).to.deep.equal([
      { topic: 'kudos', type: 'deleted', id: 'k-1' },
      { topic: 'kudos', type: 'reset' },
    ]);
    expect(polls).to.deep.equal([{ topic: 'poll', type: 'reset' }]);
    source.dispatchEvent(new Event('error'));
    await waitFor(() => FakeEventSource.made.length > 2, 'reopened');
    expect(new URL(FakeEventSource.made.at(-1)!.url).searchParams.get('lastEventId')).to.equal('50');
  });

  it('shares one EventSource between adapters that ask for it, each getting its own topics, closed after the last leaves', async () => {
    const wall = rest({ reconnectMs: 10, shareLiveStream: true });
    const poll = rest({ reconnectMs: 10, shareLiveStream: true });
    const kudos: KudosLiveEvent[] = [];
    const polls: PollLiveEvent[] = [];
    const offWall = wall.live.subscribe('kudos', (e) => kudos.push(e));
    const offPoll = poll.live.subscribe('poll', (e) => polls.push(e));
    await waitFor(() => FakeEventSource.made.some((s) => !s.closed && new URL(s.url).searchParams.get('topics') === 'kudos,poll'), 'one stream for both');
    expect(FakeEventSource.made.filter((s) => !s.closed)).to.have.length(1);
    const source = FakeEventSource.made.find((s) => !s.closed)!;
    source.send('kudos', { topic: 'kudos', type: 'deleted', id: 'k-1' }, '7');
    source.send('poll', { topic: 'poll', type: 'changed', pollId: 'poll-1' }, '8');
    expect(kudos).to.deep.equal([{ topic: 'kudos', type: 'deleted', id: 'k-1' }]);
    expect(polls).to.deep.equal([{ topic: 'poll', type: 'changed', pollId: 'poll-1' }]);
    offWall();
    await waitFor(() => source.closed, 'reopened for the topics left');
    const rest2 = FakeEventSource.made.at(-1)!;
    expect(new URL(rest2.url).searchParams.get('topics')).to.equal('poll');
    expect(new URL(rest2.url).searchParams.get('lastEventId'), 'resuming where it was').to.equal('8');
    offPoll();
    await waitFor(() => rest2.closed, 'closed with the last subscriber');
    expect(FakeEventSource.made.filter((s) => !s.closed)).to.have.length(0);
  });

  it('stops reconnecting once the last subscriber leaves', async () => {
    const off = rest({ reconnectMs: 10 }).live.subscribe('kudos', () => undefined);
    FakeEventSource.made[0]!.dispatchEvent(new Event('error'));
    off();
    await new Promise((r) => setTimeout(r, 80));
    expect(FakeEventSource.made).to.have.length(1);
  });
});

describe('REST adapter: live updates over a real EventSource through the service worker', () => {
  it('receives events, and after a drop reconnects asking for what it missed', async function () {
    // EventSource requests reach MSW only through its service worker, not in fallback mode.
    if ((await mswMode()) !== 'service-worker') this.skip();
    const mock = await backend({ liveRetryMs: 50 });
    const events: KudosLiveEvent[] = [];
    rest().live.subscribe('kudos', (e) => events.push(e));
    await waitFor(() => mock.openStreams === 1, 'stream open');
    await rest().kudos.giveKudos(draft(), key());
    await waitFor(() => events.length === 1, 'created event');
    mock.dropStreams();
    mock.publish({ topic: 'kudos', type: 'deleted', id: 'k-missed' });
    await waitFor(() => events.length === 2, 'missed event after reconnection');
    expect(calls(mock, 'GET', /^\/events/)[1]!.path).to.equal('/events?topics=kudos&lastEventId=1');
  });
});
