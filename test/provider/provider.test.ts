import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { getDefaultAdapter, setDefaultAdapter } from '../../src/adapter/default.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../support.js';

const firstMessage = (wall: Element) => deepQueryAll(wall, 'article.card .message')[0]?.textContent;

async function seededWith(message: string): Promise<MemoryAdapter> {
  const adapter = new MemoryAdapter({ persist: false, latency: 0 });
  const [recipient] = (await adapter.people.searchPeople('a')).filter((p) => p.id !== adapter.currentUserId);
  await adapter.kudos.giveKudos({ recipientIds: [recipient!.id], message, valueId: null, image: null, visibility: 'public' }, { idempotencyKey: message });
  return adapter;
}

describe('<chorus-provider>', () => {
  it('gives each wall the adapter of its nearest provider, so two backends share a page', async () => {
    const a = await seededWith('Backend A says thanks to the team');
    const b = await seededWith('Backend B says thanks to the team');
    const page = await fixture<HTMLDivElement>(html`<div>
      <chorus-provider .adapter=${a}><chorus-kudos-wall id="wa"></chorus-kudos-wall></chorus-provider>
      <chorus-provider .adapter=${b}><section><chorus-kudos-wall id="wb"></chorus-kudos-wall></section></chorus-provider>
    </div>`);
    const [wa, wb] = ['#wa', '#wb'].map((s) => page.querySelector<ChorusKudosWall>(s)!);
    await waitFor(() => firstMessage(wa!) && firstMessage(wb!));
    expect(firstMessage(wa!)).to.equal('Backend A says thanks to the team');
    expect(firstMessage(wb!)).to.equal('Backend B says thanks to the team');
  });

  it('lets a wall’s own adapter win over the provider’s', async () => {
    const a = await seededWith('From the provider adapter, thanks');
    const own = await seededWith('From the wall’s own adapter, thanks');
    const page = await fixture(html`<chorus-provider .adapter=${a}><chorus-kudos-wall .adapter=${own}></chorus-kudos-wall></chorus-provider>`);
    const wall = page.querySelector('chorus-kudos-wall')!;
    await waitFor(() => firstMessage(wall));
    expect(firstMessage(wall)).to.equal('From the wall’s own adapter, thanks');
  });

  it('passes its locale to the widgets inside, and a widget’s own lang wins', async () => {
    const a = await seededWith('Locale check, thanks for everything');
    const page = await fixture(
      html`<chorus-provider .adapter=${a} locale="fr"><chorus-kudos-wall></chorus-kudos-wall><chorus-kudos-wall lang="de"></chorus-kudos-wall></chorus-provider>`,
    );
    const [fr, de] = [...page.querySelectorAll('chorus-kudos-wall')];
    await waitFor(() => firstMessage(fr!) && firstMessage(de!));
    // Relative times come from Intl in the widget's language.
    expect(textOf(fr!)).to.match(/à l’instant|maintenant|il y a/);
    expect(textOf(de!)).to.match(/jetzt|vor /);
  });

  it('mirrors the page direction for RTL languages', async () => {
    const a = await seededWith('Direction check, thank you all');
    const page = await fixture(html`<div dir="rtl" lang="ar"><chorus-provider .adapter=${a}><chorus-kudos-wall></chorus-kudos-wall></chorus-provider></div>`);
    const wall = page.querySelector('chorus-kudos-wall')!;
    await waitFor(() => firstMessage(wall));
    expect(wall.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
  });

  it('never gives demo data to a widget inside a provider with no backend: an error, one console error naming the fix, and it recovers when the adapter comes', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <chorus-provider id="a"><chorus-kudos-wall></chorus-kudos-wall></chorus-provider>
        <chorus-provider><section><chorus-kudos-wall></chorus-kudos-wall></section></chorus-provider>
      </div>`);
      const walls = [...page.querySelectorAll<ChorusKudosWall>('chorus-kudos-wall')];
      for (const wall of walls) {
        const alert = await waitFor(() => deepQuery(wall, '[role="alert"]'), 'the wall shows an error');
        expect(alert.textContent).to.contain('This widget isn’t connected to its service.');
        expect(deepQueryAll(wall, 'article.card')).to.have.length(0);
      }
      expect(logged).to.have.length(1);
      expect(logged[0]).to.match(/<chorus-kudos-wall> is in a <chorus-provider> with no backend. Fix: set its endpoint attribute or adapter property/);
      // The provider's script ran late after all: the wall follows it.
      page.querySelector<HTMLElement & { adapter?: MemoryAdapter }>('#a')!.adapter = await seededWith('Configured late, but configured');
      await waitFor(() => firstMessage(walls[0]!) === 'Configured late, but configured', 'the wall loaded from the late adapter');
    } finally {
      console.error = original;
    }
  });

  it('falls back to the embedded adapter outside any provider; a page script that runs later replaces it once, and the wall follows', async () => {
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall></chorus-kudos-wall>`);
    await waitFor(() => deepQueryAll(wall, 'article.card').length > 0, 'embedded default loaded');
    expect(getDefaultAdapter()).to.be.instanceOf(MemoryAdapter);
    // The natural order on a host page: Chorus's script first, the host's configuration after.
    const hosts = await seededWith('Set by the host page after Chorus loaded');
    setDefaultAdapter(hosts);
    await waitFor(() => firstMessage(wall) === 'Set by the host page after Chorus loaded', 'the wall moved to the host’s adapter');
    expect(getDefaultAdapter()).to.equal(hosts);
    // Two page scripts still cannot fight over it.
    expect(() => setDefaultAdapter(new MemoryAdapter({ persist: false }))).to.throw(/already set/);
  });
});
