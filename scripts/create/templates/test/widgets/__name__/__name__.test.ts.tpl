import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { NetworkError } from '../../../src/core/errors.js';
import { DEFAULT_{{NAME}}, type {{Name}} } from '../../../src/core/{{name}}.js';
import type { Chorus{{Name}} } from '../../../src/widgets/{{name}}/{{name}}.element.js';
import '../../../src/widgets/{{name}}/{{name}}.js';
import { buttonNamed, deepQuery, deepQueryAll, nextEvent, textOf, waitFor } from '../../support.js';

/* Scaffolded by `npm run create {{name}}`: the states every widget has. Add the widget's own behaviour next to it. */

const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });
/** An adapter whose only port answers `get`. */
const answering = (get: () => Promise<{{Name}}>): ChorusAdapter => ({ {{camel}}: { get{{Name}}: get } });
const never = () => new Promise<never>(() => {});

async function mount(adapter: ChorusAdapter, theme?: 'light' | 'dark'): Promise<Chorus{{Name}}> {
  return fixture<Chorus{{Name}}>(html`<{{tag}} .adapter=${adapter} theme=${theme ?? 'light'}></{{tag}}>`);
}

describe('<{{tag}}>', () => {
  it('loads and shows the data', async () => {
    const el = await mount(quiet());
    await waitFor(() => deepQuery(el, 'li'));
    expect(deepQuery(el, 'h2')!.textContent).to.equal(DEFAULT_{{NAME}}.title);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(DEFAULT_{{NAME}}.items);
    expect(el.matches(':state(loading)')).to.equal(false);
  });

  it('says it is loading until the data arrives', async () => {
    const el = await mount(answering(never));
    await waitFor(() => textOf(el).includes('Loading'));
    expect(el.matches(':state(loading)')).to.equal(true);
  });

  it('says when nothing is there yet', async () => {
    const el = await mount(answering(async () => ({ title: 'Empty', items: [] })));
    await waitFor(() => textOf(el).includes('Nothing here yet.'));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });

  it('reports a load error with chorus-error, and loads on "Try again"', async () => {
    let fail = true;
    const adapter = answering(async () => {
      if (fail) throw new NetworkError('offline');
      return DEFAULT_{{NAME}};
    });
    const el = document.createElement('{{tag}}');
    el.adapter = adapter;
    const reported = nextEvent(el, 'chorus-error');
    document.body.append(el);
    try {
      const event = await reported;
      expect(event.operation).to.equal('get{{Name}}');
      await waitFor(() => buttonNamed(el, 'Try again'));
      expect(deepQuery(el, '[role="alert"]')!.textContent).to.contain('This couldn’t be loaded.');
      expect(el.matches(':state(error)')).to.equal(true);
      fail = false;
      buttonNamed(el, 'Try again')!.click();
      await waitFor(() => deepQuery(el, 'li'));
      expect(el.matches(':state(error)')).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('says it is not available where the backend has no such port, with no retry', async () => {
    const el = await mount({});
    await waitFor(() => deepQuery(el, '[role="alert"]'));
    expect(textOf(el)).to.contain('isn’t available');
    expect(buttonNamed(el, 'Try again')).to.equal(undefined);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations (${theme}): loading, filled, empty and load error`, async () => {
      await expect(await mount(answering(never), theme)).to.be.accessible();
      const filled = await mount(quiet(), theme);
      await waitFor(() => deepQuery(filled, 'li'));
      await expect(filled).to.be.accessible();
      const empty = await mount(answering(async () => ({ title: 'Empty', items: [] })), theme);
      await waitFor(() => textOf(empty).includes('Nothing here yet.'));
      await expect(empty).to.be.accessible();
      const failed = await mount(answering(async () => { throw new NetworkError('offline'); }), theme);
      await waitFor(() => buttonNamed(failed, 'Try again'));
      await expect(failed).to.be.accessible();
    });
  }
});
