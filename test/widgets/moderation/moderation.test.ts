import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusModeration } from '../../../src/widgets/moderation/moderation.element.js';
import '../../../src/widgets/moderation/moderation.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nextEvent, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/** Nadia Haddad, a moderator of the demo company; p-01 is a plain employee. */
const MODERATOR = 'p-29';

runWidgetBaseTests({
  tag: 'chorus-moderation',
  port: 'moderation',
  loads: 'listQueue',
  live: 'moderation',
  memory: { userId: MODERATOR },
  ready: (el) => !!deepQuery(el, '.filters'),
});

/** Two adapters sharing one store, like two tabs: an employee's and a moderator's. */
function company(): { employee: MemoryAdapter; moderator: MemoryAdapter } {
  const storage = new Map<string, string>();
  const store: Storage = {
    get length() {
      return storage.size;
    },
    clear: () => storage.clear(),
    getItem: (k) => storage.get(k) ?? null,
    key: (i) => [...storage.keys()][i] ?? null,
    removeItem: (k) => void storage.delete(k),
    setItem: (k, v) => void storage.set(k, v),
  };
  const key = `moderation-test-${Math.random()}`;
  return {
    employee: new MemoryAdapter({ storage: store, storageKey: key, latency: 0 }),
    moderator: new MemoryAdapter({ storage: store, storageKey: key, latency: 0, userId: MODERATOR }),
  };
}

const cards = (el: Element) => deepQueryAll(el, 'li.item');

async function queueFor(adapter: MemoryAdapter): Promise<ChorusModeration> {
  const el = await fixture<ChorusModeration>(html`<chorus-moderation .adapter=${adapter}></chorus-moderation>`);
  await waitFor(() => deepQuery(el, '.filters'), `queue shown: ${textOf(el)}`);
  return el;
}

describe('<chorus-moderation>', () => {
  it('tells a plain employee the queue is not for them', async () => {
    const el = await fixture<ChorusModeration>(html`<chorus-moderation .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-moderation>`);
    await waitFor(() => textOf(el).includes('This queue is for moderators.'), textOf(el));
    expect(deepQuery(el, '.filters')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a reported kudos with its reasons counted, never who reported it', async () => {
    const { employee, moderator } = company();
    const [to] = (await employee.people.searchPeople('a')).filter((p) => p.id !== employee.currentUserId);
    const kudos = await moderator.kudos.giveKudos(
      { recipientIds: [to!.id], message: 'A kudos someone reports for the test.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'k1' },
    );
    await employee.kudos.reportKudos(kudos.id, 'Off topic here.');
    const el = await queueFor(moderator);
    const card = await waitFor(() => cards(el).find((c) => textOf(c).includes('A kudos someone reports for the test.')));
    expect(textOf(card)).to.include('Reported once');
    expect(textOf(card)).to.include('Off topic here.');
    expect(textOf(card)).to.include('×1');
    expect(textOf(card)).to.include('Open');
    const reporter = (await employee.me.getCurrentUser()).name;
    expect(textOf(card)).not.to.include(reporter);
    await expect(el).to.be.accessible();
  });

  it('hides an item with a reason, which its history then shows', async () => {
    const { employee, moderator } = company();
    const [to] = (await employee.people.searchPeople('a')).filter((p) => p.id !== employee.currentUserId);
    const kudos = await employee.kudos.giveKudos(
      { recipientIds: [to!.id], message: 'A kudos the moderator hides now.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'k2' },
    );
    await moderator.kudos.reportKudos(kudos.id, 'Personal details.');
    const el = await queueFor(moderator);
    const card = await waitFor(() => cards(el).find((c) => textOf(c).includes('A kudos the moderator hides now.')));
    const reason = fieldLabelled<HTMLTextAreaElement>(card, 'Reason (the author sees it if you hide this)')!;
    reason.focus();
    await sendKeys({ type: 'Shares a phone number.' });
    // By keyboard: Tab past Keep to Hide, then Enter.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Hide');
    await sendKeys({ press: 'Enter' });
    // Open is the default filter: once hidden it leaves the list; "All" shows it with its history.
    await waitFor(() => !textOf(el).includes('A kudos the moderator hides now.'), 'left the open list');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'title', 'the focus went to the heading, not lost with the card');
    const state = fieldLabelled<HTMLSelectElement>(el, 'State')!;
    state.value = '';
    state.dispatchEvent(new Event('change'));
    const hidden = await waitFor(() => cards(el).find((c) => textOf(c).includes('A kudos the moderator hides now.')));
    expect(textOf(hidden)).to.include('Hidden');
    expect(textOf(hidden)).to.include('Hide by Nadia Haddad');
    expect(textOf(hidden)).to.include('Shares a phone number.');
    expect(buttonNamed(hidden, 'Restore')).to.not.equal(undefined);
    expect((await employee.kudos.getKudos(kudos.id)).hidden).to.deep.equal({ reason: 'Shares a phone number.' });
  });

  it('keeps the typed reason when an action fails, and says why', async () => {
    const { employee, moderator } = company();
    const [to] = (await employee.people.searchPeople('a')).filter((p) => p.id !== employee.currentUserId);
    const kudos = await employee.kudos.giveKudos(
      { recipientIds: [to!.id], message: 'A kudos whose action fails.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'k3' },
    );
    await moderator.kudos.reportKudos(kudos.id, '');
    const el = await queueFor(moderator);
    const card = await waitFor(() => cards(el).find((c) => textOf(c).includes('A kudos whose action fails.')));
    const reason = fieldLabelled<HTMLTextAreaElement>(card, 'Reason (the author sees it if you hide this)')!;
    buttonNamed(card, 'Keep')!.click();
    await waitFor(() => textOf(card).includes('Say why: the history keeps it'), 'an action without a reason asks for one');
    await waitFor(() => el.shadowRoot!.activeElement === reason, 'the reason field has the focus');
    await sendKeys({ type: 'Looked at it.' });
    moderator.failureRate = 1;
    buttonNamed(card, 'Keep')!.click();
    await waitFor(() => textOf(card).includes('Your reason is kept'), textOf(card));
    expect(reason.value).to.equal('Looked at it.');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    moderator.failureRate = 0;
    buttonNamed(card, 'Keep')!.click();
    await waitFor(() => !textOf(el).includes('A kudos whose action fails.'), 'kept: left the open list');
  });

  it('lets a host veto an action (chorus-moderate), and tells it what was done (chorus-moderated)', async () => {
    const { employee, moderator } = company();
    const [to] = (await employee.people.searchPeople('a')).filter((p) => p.id !== employee.currentUserId);
    const kudos = await employee.kudos.giveKudos(
      { recipientIds: [to!.id], message: 'A kudos whose deletion is vetoed.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'k5' },
    );
    await moderator.kudos.reportKudos(kudos.id, '');
    const el = await queueFor(moderator);
    const card = await waitFor(() => cards(el).find((c) => textOf(c).includes('A kudos whose deletion is vetoed.')));
    const reason = fieldLabelled<HTMLTextAreaElement>(card, 'Reason (the author sees it if you hide this)')!;
    reason.focus();
    await sendKeys({ type: 'Spam.' });
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('chorus-moderate', veto, { once: true });
    const asked = nextEvent(el, 'chorus-moderate');
    buttonNamed(card, 'Delete')!.click();
    expect((await asked).action).to.equal('delete');
    expect((await moderator.kudos.getKudos(kudos.id)).id, 'vetoed: the kudos is still there').to.equal(kudos.id);
    expect(reason.value).to.equal('Spam.');
    const done = nextEvent(el, 'chorus-moderated');
    buttonNamed(card, 'Keep')!.click();
    const { item } = await done;
    expect([item.ref.id, item.state, item.history[0]?.reason]).to.deep.equal([kudos.id, 'kept', 'Spam.']);
  });

  it('shows a new report without a reload', async () => {
    const { employee, moderator } = company();
    const el = await queueFor(moderator);
    const [to] = (await employee.people.searchPeople('a')).filter((p) => p.id !== employee.currentUserId);
    const kudos = await employee.kudos.giveKudos(
      { recipientIds: [to!.id], message: 'A kudos reported while the queue is open.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'k4' },
    );
    await moderator.kudos.reportKudos(kudos.id, 'Live report.');
    await waitFor(() => textOf(el).includes('A kudos reported while the queue is open.'), 'the new report appeared');
  });

  it('orders by most reported when asked', async () => {
    const el = await queueFor(new MemoryAdapter({ persist: false, latency: 0, userId: MODERATOR }));
    const order = fieldLabelled<HTMLSelectElement>(el, 'Order')!;
    order.value = 'most-reported';
    order.dispatchEvent(new Event('change'));
    await waitFor(() => cards(el).length > 0);
    const counts = cards(el).map((c) => Number(/Reported (\d+) times/.exec(textOf(c))?.[1] ?? 1));
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
  });

  it('says when nothing is reported', async () => {
    const adapter = {
      moderation: { listQueue: async () => ({ items: [] }), moderate: async () => Promise.reject(new Error()), listReports: async () => ({ items: [] }) },
    };
    const el = await fixture<ChorusModeration>(html`<chorus-moderation .adapter=${adapter}></chorus-moderation>`);
    await waitFor(() => textOf(el).includes('Nothing waits for a decision here.'), textOf(el));
  });
});
