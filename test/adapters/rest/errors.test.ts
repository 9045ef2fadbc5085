import { expect } from '@open-wc/testing';
import { UnauthenticatedError } from '../../../src/adapters/rest/index.js';
import { errorFromResponse, retryAfterSeconds } from '../../../src/adapters/rest/errors.js';
import { toFeedbackConfig, toKudosConfig, toPollLimits } from '../../../src/adapters/rest/mapping.js';
import { ConflictError, ForbiddenError, NetworkError, NotFoundError, RateLimitedError, ValidationError } from '../../../src/core/errors.js';
import { backend, draft, key, rejection, rest } from './helpers.js';

describe('REST adapter: HTTP errors → typed errors', () => {
  it('maps each status of the contract to the error widgets know', () => {
    const h = new Headers();
    const body = (code: string, message = 'From the server.') => ({ error: { code, message } });
    const cases: [number, unknown, new (...args: never[]) => Error, string][] = [
      [400, body('validation'), ValidationError, 'validation'],
      [401, body('unauthenticated'), UnauthenticatedError, 'forbidden'],
      [403, body('forbidden'), ForbiddenError, 'forbidden'],
      [404, body('not-found'), NotFoundError, 'not-found'],
      [409, body('conflict'), ConflictError, 'conflict'],
      [412, body('conflict'), ConflictError, 'conflict'],
      [413, body('payload-too-large'), ValidationError, 'validation'],
      [429, body('rate-limited'), RateLimitedError, 'rate-limited'],
      [500, body('internal'), NetworkError, 'network'],
      [502, '<html>Bad gateway</html>', NetworkError, 'network'],
      [503, null, NetworkError, 'network'],
    ];
    for (const [status, payload, type, kind] of cases) {
      const error = errorFromResponse(status, h, payload);
      expect(error, `status ${status}`).to.be.instanceOf(type);
      expect(error.kind, `status ${status}`).to.equal(kind);
      if (payload && typeof payload === 'object') expect(error.message, `status ${status} keeps the server's message`).to.equal('From the server.');
    }
  });

  it('takes a 5xx for a failure of the service whatever code its body claims, and 431 for a request too large', () => {
    for (const status of [500, 502, 503, 504]) {
      for (const code of ['validation', 'forbidden', 'not-found', 'conflict', 'unauthenticated', 'rate-limited']) {
        const error = errorFromResponse(status, new Headers(), { error: { code, message: 'Proxy says hi.' } });
        expect(error, `${status} ${code}`).to.be.instanceOf(NetworkError);
      }
    }
    const headers = errorFromResponse(431, new Headers(), { error: { code: 'payload-too-large', message: 'The request’s headers are too large.' } });
    expect(headers).to.be.instanceOf(ValidationError);
  });

  it('refuses a configuration whose numbers cannot work (a minimum over its maximum, out of the contract’s range) as a failure of the service', () => {
    const kudos = { values: [], reactions: ['👏'], messageMin: 600, messageMax: 500, commentMax: 300, maxRecipients: 10, requireValue: false };
    expect(() => toKudosConfig(kudos)).to.throw(NetworkError);
    expect(() => toKudosConfig({ ...kudos, messageMin: 10, maxRecipients: 1e9 })).to.throw(NetworkError);
    expect(toKudosConfig({ ...kudos, messageMin: 10 }).messageMax).to.equal(500);
    const feedback = { categories: [], scoreKind: 'mood', messageMin: 50, messageMax: 20, replyMax: 1000, minGroupSize: 5 };
    expect(() => toFeedbackConfig(feedback)).to.throw(NetworkError);
    const poll = { questionMax: 200, descriptionMax: 1000, optionMax: 100, minOptions: 5, maxOptions: 3, writeInMax: 100 };
    expect(() => toPollLimits(poll)).to.throw(NetworkError);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds(new Headers({ 'Retry-After': '7' }))).to.equal(7);
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'Tue, 01 Jan 2030 00:00:30 GMT' }), now)).to.equal(30);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'soon' }))).to.equal(null);
    expect(retryAfterSeconds(new Headers())).to.equal(null);
  });

  it('falls back on the body’s code for a status the contract does not name', () => {
    expect(errorFromResponse(418, new Headers(), { error: { code: 'forbidden', message: 'No tea.' } })).to.be.instanceOf(ForbiddenError);
    expect(errorFromResponse(418, new Headers(), 'teapot')).to.be.instanceOf(NetworkError);
  });

  it('carries the server’s field errors, as the embedded adapter’s rules report them', async () => {
    await backend();
    const error = await rejection(rest().kudos.giveKudos(draft({ message: 'Short', recipientIds: [] }), key()));
    expect(error).to.be.instanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.forField('message')).to.include({ code: 'too-short' });
    expect(v.forField('message')!.params).to.deep.equal({ min: 10 });
    expect(v.forField('recipientIds')).to.include({ code: 'required' });
  });

  it('gives each status the server answers its typed error', async () => {
    const mock = await backend();
    const adapter = rest({ retries: 0 });
    const expectations: [number, new (...args: never[]) => Error][] = [
      [401, UnauthenticatedError],
      [403, ForbiddenError],
      [404, NotFoundError],
      [409, ConflictError],
      [413, ValidationError],
      [429, RateLimitedError],
      [500, NetworkError],
      [503, NetworkError],
    ];
    for (const [status, type] of expectations) {
      mock.failNext({ status, retryAfter: status === 429 ? 42 : undefined });
      const error = await rejection(adapter.kudos.listKudos({}));
      expect(error, `HTTP ${status}`).to.be.instanceOf(type);
      if (status === 429) expect((error as RateLimitedError).retryAfterSeconds).to.equal(42);
    }
  });

  it('reports a private kudos of others and a missing one as not found, and a stranger’s delete as forbidden', async () => {
    const mock = await backend();
    const adapter = rest();
    expect(await rejection(adapter.kudos.listComments('no-such-kudos'))).to.be.instanceOf(NotFoundError);
    const { items } = await adapter.kudos.listKudos({ limit: 20 });
    const me = await adapter.me.getCurrentUser();
    const others = items.find((k) => k.author.id !== me.id)!;
    expect(mock.adapter.currentUserId).to.equal(me.id);
    expect(await rejection(adapter.kudos.deleteKudos(others.id))).to.be.instanceOf(ForbiddenError);
  });

  it('turns a network failure and an answer that is not JSON into NetworkError', async () => {
    const mock = await backend();
    const adapter = rest({ retries: 0 });
    mock.failNext({ network: true });
    expect(await rejection(adapter.people.listTeams())).to.be.instanceOf(NetworkError);
    const htmlLogin = rest({
      retries: 0,
      fetch: async () => new Response('<html>Sign in</html>', { headers: { 'Content-Type': 'text/html' } }),
    });
    const error = await rejection(htmlLogin.me.getCurrentUser());
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.match(/not JSON|other than JSON/);
  });

  it('reports 401 as UnauthenticatedError when a backend requires a token and none is sent', async () => {
    await backend({ auth: 'required' });
    const error = await rejection(rest().me.getCurrentUser());
    expect(error).to.be.instanceOf(UnauthenticatedError);
    expect(error).to.be.instanceOf(ForbiddenError);
    const withToken = rest({ headers: () => ({ Authorization: 'Bearer p-05' }) });
    expect((await withToken.me.getCurrentUser()).id).to.equal('p-05');
  });
});
