import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEFAULT_{{NAME}} } from '../../../src/core/{{name}}.js';
import type { Chorus{{Name}} } from '../../../src/widgets/{{name}}/{{name}}.element.js';
import '../../../src/widgets/{{name}}/{{name}}.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* Scaffolded by `npm run create {{name}}`: the states every widget has (base-tests.ts), then its own behaviour. */

runWidgetBaseTests({ tag: '{{tag}}', port: '{{camel}}', loads: 'get{{Name}}', ready: (el) => !!deepQuery(el, '.title') });

describe('<{{tag}}>', () => {
  it('shows the title and items its port answers', async () => {
    const el = await fixture<Chorus{{Name}}>(html`<{{tag}} .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></{{tag}}>`);
    await waitFor(() => deepQuery(el, 'li'), `items shown: ${textOf(el)}`);
    expect(deepQuery(el, 'h2')!.textContent).to.equal(DEFAULT_{{NAME}}.title);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(DEFAULT_{{NAME}}.items);
  });

  it('says when there is nothing yet', async () => {
    const adapter = { {{camel}}: { get{{Name}}: async () => ({ title: 'Empty', items: [] }) } };
    const el = await fixture<Chorus{{Name}}>(html`<{{tag}} .adapter=${adapter}></{{tag}}>`);
    await waitFor(() => textOf(el).includes('Nothing here yet.'), textOf(el));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });
});
