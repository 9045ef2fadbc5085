import { expect } from '@open-wc/testing';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import { endpointAdapter } from '../../../src/provider/endpoint.js';

/*
 * The feedback sender's requests as they leave the browser, seen by a recording endpoint of the
 * test server (test/server-probe/probe.middleware.mjs): not what the adapter meant to send, but
 * what Chromium put on the wire, cookies and Referer included. The same adapter's signed-in calls
 * are the control: they do carry the page's cookie and the host's headers, so a test that sees
 * none on the feedback calls is not blind.
 */

interface Seen {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

const BASE = '/__probe/api';
const COOKIE = 'chorus_session';
const IDENTITY_HEADERS = { Authorization: 'Bearer secret-token-of-chloe', 'X-User-Id': 'p-01', 'X-Device-Id': 'device-42' };

async function seen(): Promise<Seen[]> {
  return (await fetch('/__probe/log', { cache: 'no-store' })).json() as Promise<Seen[]>;
}

function expectNothingIdentifying(request: Seen): void {
  const where = `${request.method} ${request.path}`;
  expect(request.headers.cookie, `${where}: cookie`).to.equal(undefined);
  expect(request.headers.authorization, `${where}: Authorization`).to.equal(undefined);
  expect(request.headers['x-user-id'], `${where}: X-User-Id`).to.equal(undefined);
  expect(request.headers['x-device-id'], `${where}: X-Device-Id`).to.equal(undefined);
  expect(request.headers.referer, `${where}: Referer`).to.equal(undefined);
  // Nothing of the page's address, where a personal site could name its owner.
  expect(request.url, `${where}: URL`).not.to.include('personal');
}

describe('anonymous feedback on the wire (REST adapter)', () => {
  const testPage = location.href;

  beforeEach(async () => {
    // A signed-in page: a session cookie, and an address that names the employee.
    document.cookie = `${COOKIE}=session-of-chloe; path=/`;
    history.replaceState(null, '', '/personal/chloe_dubois/SitePages/Home.aspx');
    await seen();
  });

  afterEach(() => {
    document.cookie = `${COOKIE}=; path=/; max-age=0`;
    history.replaceState(null, '', testPage);
  });

  it("the control: the adapter's signed-in calls carry the cookie, the host's headers and the Referer", async () => {
    const adapter = new RestAdapter({ baseUrl: BASE, credentials: 'include', headers: () => IDENTITY_HEADERS });
    await adapter.me.getCurrentUser();
    const [request] = await seen();
    expect(request!.headers.cookie).to.include(`${COOKIE}=session-of-chloe`);
    expect(request!.headers.authorization).to.equal(IDENTITY_HEADERS.Authorization);
    expect(request!.headers.referer).to.include('/personal/chloe_dubois/');
  });

  it('sending, reading and replying carry no cookie, credential, id header or Referer', async () => {
    const adapter = new RestAdapter({ baseUrl: BASE, credentials: 'include', headers: () => IDENTITY_HEADERS });
    await adapter.feedback.getFeedbackConfig();
    const receipt = await adapter.feedback.sendFeedback(
      { categoryId: 'workplace', message: 'The third-floor printer jams every Monday.', score: 2 },
      { idempotencyKey: 'key-1' },
    );
    await adapter.feedback.getFeedbackThread(receipt.replyToken);
    await adapter.feedback.replyToFeedback(receipt.replyToken, 'Still jamming.', { idempotencyKey: 'key-2' });

    const requests = await seen();
    expect(requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
      'GET /feedback/config',
      'POST /feedback',
      'GET /feedback/thread',
      'POST /feedback/thread/replies',
    ]);
    for (const request of requests) expectNothingIdentifying(request);
  });

  it("the body holds the draft's three fields only, and the token never appears in a URL", async () => {
    const adapter = new RestAdapter({ baseUrl: BASE, headers: () => IDENTITY_HEADERS });
    // A caller's draft object with more on it than the contract's fields.
    const draft = { categoryId: 'workplace', message: 'Too many meetings on Fridays.', score: null, userId: 'p-01', name: 'Chloé' };
    const receipt = await adapter.feedback.sendFeedback(draft, { idempotencyKey: 'key-3' });
    await adapter.feedback.getFeedbackThread(receipt.replyToken);

    const [send, read] = await seen();
    expect(send!.body).to.deep.equal({ categoryId: 'workplace', message: 'Too many meetings on Fridays.', score: null });
    expect(send!.headers['idempotency-key']).to.equal('key-3');
    expect(read!.headers['chorus-reply-token']).to.equal(receipt.replyToken);
    expect(read!.url).not.to.include(receipt.replyToken);
  });

  it("the sender's live channel carries nothing identifying either, and its token only in a header", async () => {
    const adapter = new RestAdapter({ baseUrl: BASE, credentials: 'include', headers: () => IDENTITY_HEADERS });
    const token = 'cHJvYmUtcHJvYmUtcHJvYmUtcHJvYmUtcHJvYmU';
    const stop = adapter.feedback.watchFeedbackThread!(token, () => {});
    // The probe answers 404 (a token that opens nothing): the channel asks once and stops.
    let watch: Seen | undefined;
    for (let tries = 0; !watch && tries < 100; tries++) {
      watch = (await seen()).find((r) => r.path === '/feedback/thread/events');
      if (!watch) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    stop();
    if (!watch) throw new Error('the channel was never opened');
    expectNothingIdentifying(watch);
    expect(watch.method).to.equal('GET');
    expect(watch.headers.accept).to.equal('text/event-stream');
    expect(watch.headers['chorus-reply-token']).to.equal(token);
    expect(watch.url).not.to.include(token);
  });

  it("<chorus-provider endpoint>'s adapter sends feedback anonymously too", async () => {
    const adapter = endpointAdapter({ baseUrl: BASE, credentials: 'include' });
    await adapter.me.getCurrentUser();
    await adapter.feedback.sendFeedback({ categoryId: 'workplace', message: 'The canteen closes too early.', score: 4 }, { idempotencyKey: 'key-4' });
    const [me, send] = await seen();
    expect(me!.headers.cookie, 'the control carries the cookie').to.include(COOKIE);
    expectNothingIdentifying(send!);
    adapter.dispose();
  });
});
