import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { backend, calls, draft, key, rest } from './helpers.js';

/*
 * Finding 13: a live kudos names its uploaded image by address (GET /kudos/{kudosId}/image), not
 * by its bytes; the wall still shows the picture. With a bearer token (an <img> cannot send it)
 * the REST adapter fetches the image with its headers and shows it from a blob: URL.
 */

// A 2×2 PNG, as a colleague would upload it.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==';

const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');

describe('a kudos with an uploaded image, live, on the REST adapter over MSW', () => {
  beforeEach(() => sessionStorage.clear());

  it('appears for another user with its picture, fetched by address with their token', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const adapter = rest({ headers: () => ({ Authorization: 'Bearer p-01' }), credentials: 'omit' });
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="5"></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length === 5, 'first page');
    await waitFor(() => mock.openStreams === 1, 'live stream open');

    const theirs = draft({ recipientIds: ['p-07'], message: 'Thank you for the team photo!', image: { url: PNG, alt: 'The team on the roof terrace' } });
    const given = await rest({ headers: () => ({ Authorization: 'Bearer p-05' }) }).kudos.giveKudos(theirs, key());
    await waitFor(() => textOf(cards(wall)[0]!).includes(theirs.message), 'live kudos on top');

    const img = await waitFor(() => {
      const found = deepQuery<HTMLImageElement>(cards(wall)[0]!, 'img.image');
      return found?.complete && found.naturalWidth > 0 ? found : null;
    }, 'its picture shown');
    expect(img.alt).to.equal('The team on the roof terrace');
    expect(img.naturalWidth).to.equal(2);
    expect(img.src).to.match(/^blob:/, 'loaded with the token, shown from a blob: URL');
    // Fetched by its address, as this viewer (their bearer token), once.
    const fetched = calls(mock, 'GET', new RegExp(`^/kudos/${given.id}/image$`)).filter((r) => r.headers.authorization === 'Bearer p-01');
    expect(fetched).to.have.length(1);
  });

  it('keeps events in order while a kudos’ image loads: its deletion never arrives before it, and a stalled image gives up', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const viewer = rest({ headers: () => ({ Authorization: 'Bearer p-03' }), credentials: 'omit', timeoutMs: 300 });
    const seen: string[] = [];
    viewer.live.subscribe('kudos', (event) => seen.push(event.type === 'created' ? `created ${event.kudos.image?.url.slice(0, 5)}` : event.type));
    await waitFor(() => mock.openStreams === 1, 'live stream open');
    // The viewer's image request never answers: the events after it wait, then go on without it.
    mock.failNext({ match: /^GET \/kudos\/[^/]+\/image$/, stall: true });
    const given = await rest().kudos.giveKudos(draft({ recipientIds: ['p-07'], message: 'A picture, then gone.', image: { url: PNG, alt: 'A cake' } }), key());
    mock.publish({ topic: 'kudos', type: 'deleted', id: given.id });
    await waitFor(() => seen.length === 2, 'both events');
    expect(seen).to.deep.equal(['created http:', 'deleted']);
  });
});
