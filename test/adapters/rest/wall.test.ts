import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import type { ChorusPeoplePicker } from '../../../src/ui/people-picker.element.js';
import type { ValidationError } from '../../../src/core/errors.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nextEvent, textOf, waitFor } from '../../support.js';
import { backend, calls, draft, key, rest } from './helpers.js';

const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');
const composerOf = (wall: Element) => deepQuery(wall, 'chorus-kudos-composer')!;

describe('<chorus-kudos-wall> on the REST adapter over MSW', () => {
  beforeEach(() => sessionStorage.clear());

  it('loads, gives kudos, reacts and updates live, all through the HTTP contract', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    // A bearer token, as an SPFx host would send (and live updates then come over fetch).
    const adapter = rest({ headers: () => ({ Authorization: 'Bearer p-01' }), credentials: 'omit' });
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="5"></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length === 5, 'first page');
    const newest = (await mock.adapter.kudos.listKudos({ limit: 1 })).items[0]!;
    expect(textOf(cards(wall)[0]!)).to.include(newest.message);

    // Give kudos, as a user fills the composer in.
    const [person] = await adapter.people.searchPeople('Mai');
    const composer = composerOf(wall);
    // The composer renders its fields a moment after the list (slower when the machine is busy).
    const picker = await waitFor(() => deepQuery<ChorusPeoplePicker>(composer, 'chorus-people-picker'), 'the people picker');
    picker.value = [person!];
    picker.dispatchEvent(new Event('change'));
    const message = 'Thanks for the calm, careful database migration last weekend.';
    const box = fieldLabelled<HTMLTextAreaElement>(composer, 'Message')!;
    box.value = message;
    box.dispatchEvent(new InputEvent('input'));
    const given = nextEvent(wall, 'chorus-kudos-given');
    buttonNamed(composer, 'Send kudos')!.click();
    const { kudos } = await given;
    await waitFor(() => textOf(cards(wall)[0]!).includes(message), 'new kudos on top');
    const posts = calls(mock, 'POST', /^\/kudos$/);
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers['idempotency-key']).to.be.a('string').and.not.empty;
    expect(kudos.recipients.map((p) => p.id)).to.deep.equal([person!.id]);

    // React to it.
    const card = cards(wall)[0]!;
    buttonNamed(card, 'Add a reaction')?.click();
    const target = await waitFor(
      () => deepQuery<HTMLButtonElement>(card, 'button.reaction[aria-pressed="false"]') ?? deepQuery<HTMLButtonElement>(card, '.picker button'),
      'a reaction to pick',
    );
    const reacted = nextEvent(wall, 'chorus-kudos-reacted');
    target.click();
    const { emoji } = await reacted;
    expect(calls(mock, 'PUT', /\/reactions\//).map((r) => decodeURIComponent(r.path.split('/').pop()!))).to.deep.equal([emoji]);
    await waitFor(() => deepQueryAll(cards(wall)[0]!, 'button.reaction').some((b) => b.getAttribute('aria-pressed') === 'true'), 'reaction shown');

    // Someone else gives kudos: it arrives over the event stream.
    await waitFor(() => mock.openStreams === 1, 'live stream open');
    const theirs = draft({ recipientIds: ['p-07'], message: 'From a colleague in another tab, thank you for the demo!' });
    await rest({ headers: () => ({ Authorization: 'Bearer p-05' }) }).kudos.giveKudos(theirs, key());
    await waitFor(() => textOf(cards(wall)[0]!).includes(theirs.message), 'live kudos on top');
  });

  it('shows the backend’s field errors next to the fields', async () => {
    await backend();
    const adapter = rest();
    const me = await adapter.me.getCurrentUser();
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="5"></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length > 0);
    const composer = composerOf(wall);
    // The composer renders its fields a moment after the list (slower when the machine is busy).
    const picker = await waitFor(() => deepQuery<ChorusPeoplePicker>(composer, 'chorus-people-picker'), 'the people picker');
    // Only the server knows this one: nobody may give kudos to themselves.
    picker.value = [me];
    picker.dispatchEvent(new Event('change'));
    const box = fieldLabelled<HTMLTextAreaElement>(composer, 'Message')!;
    box.value = 'Thanks to me, for me, from me!';
    box.dispatchEvent(new InputEvent('input'));
    const failed = nextEvent(wall, 'chorus-error');
    buttonNamed(composer, 'Send kudos')!.click();
    const { error } = await failed;
    expect(error.kind).to.equal('validation');
    expect((error as ValidationError).forField('recipientIds')?.code).to.equal('self');
    await waitFor(() => textOf(composer).includes('yourself'), 'shown by the recipients');
  });
});
