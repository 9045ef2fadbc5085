import { expect } from '@open-wc/testing';
import { backoff, HttpClient } from '../../../src/adapters/rest/http.js';
import { NetworkError, RateLimitedError, ValidationError } from '../../../src/core/errors.js';
import { BASE, backend, calls, draft, key, rejection, rest } from './helpers.js';

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

describe('REST adapter: retries, timeouts, headers, credentials', () => {
  it('backs off with full jitter below an exponentially growing ceiling', () => {
    expect([0, 1, 2, 3].map((attempt) => backoff(attempt, 100, 500, () => 0.999))).to.deep.equal([99, 199, 399, 499]);
    expect(backoff(5, 100, 500, () => 0)).to.equal(0);
  });

  it('retries a GET on 503 with backoff, then succeeds', async () => {
    const mock = await backend();
    mock.failNext({ status: 503, times: 2, match: /^GET \/kudos$/ });
    const page = await rest({ retries: 2 }).kudos.listKudos({ limit: 3 });
    expect(page.items).to.have.length(3);
    expect(calls(mock, 'GET', /^\/kudos\?/).map((r) => r.status)).to.deep.equal([503, 503, 200]);
  });

  it('gives up after `retries` extra tries', async () => {
    const mock = await backend();
    mock.failNext({ status: 502, times: 5 });
    expect(await rejection(rest({ retries: 1 }).people.listTeams())).to.be.instanceOf(NetworkError);
    expect(calls(mock, 'GET', /^\/teams/)).to.have.length(2);
  });

  it('never retries a 400 (nor other 4xx but 408 and 429)', async () => {
    const mock = await backend();
    const error = await rejection(rest({ retries: 3 }).kudos.giveKudos(draft({ message: 'too short' }), key()));
    expect(error).to.be.instanceOf(ValidationError);
    expect(calls(mock, 'POST', /^\/kudos$/)).to.have.length(1);
    mock.failNext({ status: 404 });
    await rejection(rest({ retries: 3 }).people.listTeams());
    expect(calls(mock, 'GET', /^\/teams/)).to.have.length(1);
  });

  it('retries a POST whose answer was lost with the same Idempotency-Key, and the server creates once', async () => {
    const mock = await backend();
    // The server creates the kudos, then the answer is lost (a 503 from a proxy).
    mock.failNext({ status: 503, afterHandling: true, match: /^POST \/kudos$/ });
    const sent = draft();
    const kudos = await rest({ retries: 2 }).kudos.giveKudos(sent, { idempotencyKey: 'give-once-1' });
    const posts = calls(mock, 'POST', /^\/kudos$/);
    expect(posts.map((p) => p.status)).to.deep.equal([503, 201]);
    expect(posts.map((p) => p.headers['idempotency-key'])).to.deep.equal(['give-once-1', 'give-once-1']);
    expect(posts[1]!.replayed, 'the retry replays the first answer').to.equal(true);
    const { items } = await mock.adapter.kudos.listKudos({ limit: 100 });
    expect(items.filter((k) => k.message === sent.message)).to.have.length(1);
    expect(items[0]!.id).to.equal(kudos.id);
  });

  it('answers 409 when a key is reused with another body, and ConflictError reaches the caller', async () => {
    await backend();
    const adapter = rest();
    await adapter.kudos.giveKudos(draft(), { idempotencyKey: 'same-key' });
    const error = await rejection(adapter.kudos.giveKudos(draft({ message: 'A different message, same key though.' }), { idempotencyKey: 'same-key' }));
    expect((error as Error).name).to.equal('ConflictError');
  });

  it('does not retry a POST without an Idempotency-Key', async () => {
    const mock = await backend();
    mock.failNext({ status: 503, times: 3 });
    const http = new HttpClient({
      baseUrl: BASE,
      credentials: 'same-origin',
      timeoutMs: 5000,
      retries: 3,
      retryDelayMs: 10,
      maxRetryDelayMs: 100,
    });
    await rejection(http.send({ method: 'POST', path: 'kudos/k-x/reports', body: { reason: '' } }));
    expect(calls(mock, 'POST', /reports$/)).to.have.length(1);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const mock = await backend();
    mock.failNext({ status: 429, retryAfter: 1 });
    const start = performance.now();
    await rest({ maxRetryDelayMs: 2000 }).people.listTeams();
    expect(performance.now() - start).to.be.at.least(950);
    expect(calls(mock, 'GET', /^\/teams/).map((r) => r.status)).to.deep.equal([429, 200]);
  });

  it('reports a long Retry-After at once instead of waiting', async () => {
    const mock = await backend();
    mock.failNext({ status: 429, retryAfter: 60 });
    const start = performance.now();
    const error = await rejection(rest({ maxRetryDelayMs: 2000 }).people.listTeams());
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(60);
    expect(performance.now() - start).to.be.below(1000);
  });

  it('maps the embedded rules’ rate limit to 429 and RateLimitedError', async () => {
    await backend({ adapter: { rateLimit: { max: 1, windowSeconds: 60 } } });
    const adapter = rest();
    await adapter.kudos.giveKudos(draft(), key());
    const error = await rejection(adapter.kudos.giveKudos(draft(), key()));
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.be.within(1, 60);
  });

  it('turns a server that does not answer in time into NetworkError', async () => {
    const mock = await backend();
    mock.failNext({ stall: true });
    const start = performance.now();
    const error = await rejection(rest({ timeoutMs: 150, retries: 0 }).kudos.getKudosConfig());
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.match(/did not answer/);
    expect(performance.now() - start).to.be.below(1500);
  });

  it('retries after a timeout when the request is safe to repeat', async () => {
    const mock = await backend();
    mock.failNext({ stall: true });
    const config = await rest({ timeoutMs: 150, retries: 1 }).kudos.getKudosConfig();
    expect(config.reactions.length).to.be.above(0);
    expect(calls(mock, 'GET', /^\/kudos\/config/)).to.have.length(2);
  });

  it('stops at once when the caller aborts, during a request or a backoff wait', async () => {
    const mock = await backend();
    mock.failNext({ stall: true });
    const controller = new AbortController();
    const pending = rest().kudos.listKudos({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect(isAbort(await rejection(pending))).to.equal(true);

    mock.failNext({ status: 503 });
    const waiting = new AbortController();
    // Jitter pinned to its ceiling, so the wait surely outlasts the 100 ms before the abort.
    const http = new HttpClient({
      baseUrl: BASE,
      credentials: 'same-origin',
      timeoutMs: 5000,
      retries: 2,
      retryDelayMs: 5000,
      maxRetryDelayMs: 5000,
      random: () => 1,
    });
    const backingOff = http.send({ method: 'GET', path: 'teams', signal: waiting.signal });
    setTimeout(() => waiting.abort(), 100);
    const start = performance.now();
    expect(isAbort(await rejection(backingOff))).to.equal(true);
    expect(performance.now() - start).to.be.below(1000);

    const already = new AbortController();
    already.abort();
    expect(isAbort(await rejection(rest().me.getCurrentUser({ signal: already.signal })))).to.equal(true);
  });

  it('asks the headers hook on every request and retry, so a bearer token can change', async () => {
    const mock = await backend({ auth: 'required' });
    let asked = 0;
    const tokens = ['p-02', 'p-04', 'p-04', 'p-04'];
    const adapter = rest({ headers: async () => ({ Authorization: `Bearer ${tokens[asked++]}` }), credentials: 'omit' });
    expect((await adapter.me.getCurrentUser()).id).to.equal('p-02');
    mock.failNext({ status: 503 });
    expect((await adapter.me.getCurrentUser()).id).to.equal('p-04');
    expect(asked).to.equal(3);
    expect(mock.requests.map((r) => r.headers.authorization)).to.deep.equal(['Bearer p-02', 'Bearer p-04', 'Bearer p-04']);
  });

  it('passes the credentials mode to fetch (same-origin by default)', async () => {
    await backend();
    const seen: (RequestCredentials | undefined)[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(init?.credentials);
      return fetch(input, init);
    };
    await rest({ fetch: spy }).people.listTeams();
    await rest({ fetch: spy, credentials: 'include' }).people.listTeams();
    await rest({ fetch: spy, credentials: 'omit' }).people.listTeams();
    expect(seen).to.deep.equal(['same-origin', 'include', 'omit']);
  });

  it('sends what the contract asks: JSON, Idempotency-Key on creates, encoded path segments, filters', async () => {
    const mock = await backend();
    const adapter = rest();
    const { items } = await adapter.kudos.listKudos({ filter: { valueId: 'own-it', teamId: 't-eng' }, limit: 2 });
    expect(calls(mock, 'GET', /^\/kudos\?/)[0]!.path).to.equal('/kudos?valueId=own-it&teamId=t-eng&limit=2');
    const target = items[0] ?? (await adapter.kudos.listKudos({ limit: 1 })).items[0]!;
    await adapter.kudos.setReaction(target.id, '❤️', true);
    const put = calls(mock, 'PUT', /reactions/)[0]!;
    expect(put.path).to.equal(`/kudos/${target.id}/reactions/${encodeURIComponent('❤️')}`);
    await adapter.kudos.addComment(target.id, 'Well deserved, thank you!', { idempotencyKey: 'comment-1' });
    const post = calls(mock, 'POST', /comments$/)[0]!;
    expect(post.headers['idempotency-key']).to.equal('comment-1');
    expect(post.headers['content-type']).to.equal('application/json');
    expect(await adapter.people.searchPeople('   ')).to.deep.equal([]);
    expect(calls(mock, 'GET', /^\/people/)).to.have.length(0);
  });

  it('revalidates the configuration with its ETag and reuses it on 304', async () => {
    const mock = await backend();
    const adapter = rest();
    const first = await adapter.kudos.getKudosConfig();
    const second = await adapter.kudos.getKudosConfig();
    expect(second).to.deep.equal(first);
    expect(second).not.to.equal(first);
    const gets = calls(mock, 'GET', /^\/kudos\/config/);
    expect(gets.map((r) => r.status)).to.deep.equal([200, 304]);
    // The tag the mock sent: strong, as the server's (edge/etag.ts).
    expect(gets[1]!.headers['if-none-match']).to.match(/^"[\w-]{32}"$/);
  });
});
