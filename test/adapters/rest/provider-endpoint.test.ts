import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusProvider } from '../../../src/provider/provider.element.js';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import { getDefaultAdapter } from '../../../src/adapter/default.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { endpointAdapter, type EndpointAdapter } from '../../../src/provider/endpoint.js';
import { deepQueryAll, waitFor } from '../../support.js';
import { backend, calls } from './helpers.js';

const firstMessage = (wall: Element) => deepQueryAll(wall, 'article.card .message')[0]?.textContent;

describe('<chorus-provider endpoint>', () => {
  let restoreFetch: (() => void) | undefined;
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = undefined;
  });

  it('talks to the HTTP contract at `endpoint` with no script, and never loads the embedded adapter', async () => {
    const mock = await backend();
    const newest = (await mock.adapter.kudos.listKudos({ limit: 1 })).items[0]!;
    const provider = await fixture<ChorusProvider>(html`<chorus-provider endpoint="/api/chorus"><chorus-kudos-wall></chorus-kudos-wall></chorus-provider>`);
    const wall = provider.querySelector('chorus-kudos-wall')!;
    await waitFor(() => firstMessage(wall), 'wall loaded over HTTP');
    expect(firstMessage(wall)).to.equal(newest.message);
    expect(calls(mock, 'GET', /^\/kudos\?/)).to.have.length.above(0);
    expect(calls(mock, 'GET', /^\/me$/)).to.have.length.above(0);
    expect(getDefaultAdapter(), 'no fallback to the embedded adapter').to.equal(undefined);
    const rest = await (provider.activeAdapter as EndpointAdapter).loaded();
    expect(rest).to.be.instanceOf(RestAdapter);
    expect(rest.baseUrl).to.equal('/api/chorus');
  });

  it('sends cookies as the `credentials` attribute says', async () => {
    await backend();
    const modes: (RequestCredentials | undefined)[] = [];
    // The fetch in place now (MSW's, in its fallback mode), wrapped to see what the adapter asks.
    const patched = globalThis.fetch;
    restoreFetch = () => (globalThis.fetch = patched);
    globalThis.fetch = (input, init) => {
      modes.push(init?.credentials);
      return patched(input, init);
    };
    const provider = await fixture<ChorusProvider>(
      html`<chorus-provider endpoint="/api/chorus" credentials="include"><chorus-kudos-wall></chorus-kudos-wall></chorus-provider>`,
    );
    await waitFor(() => firstMessage(provider.querySelector('chorus-kudos-wall')!), 'wall loaded');
    expect(modes.length).to.be.above(0);
    expect(new Set(modes)).to.deep.equal(new Set(['include']));
  });

  it('forwards the moderation port: a moderator sees the reports the backend lists', async () => {
    // The mock answers a request without credentials as the user its adapter starts with.
    const mock = await backend({ adapter: { userId: 'p-29' } });
    const expected = await mock.adapter.moderation.listReports();
    const endpoint = endpointAdapter({ baseUrl: '/api/chorus' });
    expect(await endpoint.moderation.listReports()).to.deep.equal(expected);
    expect(expected.items).to.have.length.above(0);
    expect(calls(mock, 'GET', /^\/admin\/reports$/)).to.have.length(1);
    endpoint.dispose();
  });

  it('forwards the share card port: the posts the backend lists, and a recorded share', async () => {
    const mock = await backend();
    const expected = await mock.adapter.shareCard.listPosts({});
    const endpoint = endpointAdapter({ baseUrl: '/api/chorus' });
    expect(await endpoint.shareCard.listPosts({})).to.deep.equal(expected);
    expect(expected.items).to.have.length.above(0);
    const { version } = await endpoint.shareCard.getGuidelines();
    await endpoint.shareCard.acceptGuidelines(version);
    const shared = await endpoint.shareCard.recordShare(expected.items[0]!.id, 'linkedin', { idempotencyKey: 'endpoint-share-1' });
    expect(shared.sharedByMe).to.equal(true);
    expect(calls(mock, 'POST', /^\/share\/posts\/[^/]+\/shares$/)).to.have.length(1);
    endpoint.dispose();
  });

  it('lets an `adapter` property win, and follows a changed endpoint', async () => {
    const mock = await backend();
    const own = new MemoryAdapter({ persist: false, latency: 0 });
    const provider = await fixture<ChorusProvider>(
      html`<chorus-provider endpoint="/api/chorus" .adapter=${own}><chorus-kudos-wall></chorus-kudos-wall></chorus-provider>`,
    );
    const wall = provider.querySelector('chorus-kudos-wall')!;
    await waitFor(() => firstMessage(wall));
    expect(provider.activeAdapter).to.equal(own);
    expect(calls(mock, 'GET', /^\/kudos/)).to.have.length(0);

    const other = await backend({ baseUrl: '/other/chorus' });
    provider.adapter = undefined;
    provider.endpoint = '/other/chorus';
    await waitFor(() => calls(other, 'GET', /^\/kudos\?/).length > 0, 'asks the new endpoint');
    expect(calls(mock, 'GET', /^\/kudos/)).to.have.length(0);
  });
});
