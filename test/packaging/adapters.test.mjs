// `npm run test:packaging`: the adapters stay out of what a markup-only page loads (all.js, the CDN
// bundle) and are there, by name, for the pages that construct one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { cdnInitial, dist, loaded } from './built.mjs';

describe('the adapters in the built package', () => {
  it('all.js loads neither adapter nor the demo company', () => {
    const modules = loaded('all.js');
    assert.ok(
      modules.some((m) => m.startsWith('widgets/kudos-wall/')),
      `all.js defines the widgets: ${modules.length} modules`,
    );
    for (const m of ['adapters/memory/memory.adapter.js', 'adapters/rest/rest.adapter.js', 'seed/company.js'])
      assert.ok(!modules.includes(m), `all.js loads ${m}`);
  });

  it('the CDN bundle loads neither adapter before it runs, and names both files for the pages that need one', async () => {
    const initial = cdnInitial();
    assert.ok(!initial.some((f) => /adapter/.test(f)), `chorus.js loads ${initial.join(', ')}`);
    const { RestAdapter } = await import(new URL('cdn/chorus.rest.js', dist));
    const { MemoryAdapter } = await import(new URL('cdn/chorus.memory.js', dist));
    assert.equal(typeof RestAdapter, 'function');
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    assert.ok((await adapter.kudos.listKudos({ limit: 1 })).items.length > 0, 'the embedded adapter comes with its demo company');
  });
});
