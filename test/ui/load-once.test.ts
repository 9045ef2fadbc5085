import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/base/load-once.js';

/*
 * The composer, the people picker and the post editor come from modules imported on first use:
 * each is imported once however many widgets ask, and a failed import (a dropped connection) is
 * tried again when the user presses Retry, instead of failing forever.
 */
describe('loadOnce', () => {
  it('imports once for every widget that asks', async () => {
    let calls = 0;
    const load = () => Promise.resolve(++calls);
    const key = `ok-${crypto.randomUUID()}`;
    await Promise.all([loadOnce(key, load), loadOnce(key, load), loadOnce(key, load)]);
    await loadOnce(key, load);
    expect(calls).to.equal(1);
  });

  it('tries a failed import again on the next call', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('loaded'));
    const key = `flaky-${crypto.randomUUID()}`;
    let failed: unknown;
    await loadOnce(key, load).catch((error: unknown) => (failed = error));
    expect(failed).to.be.instanceOf(TypeError);
    expect(await loadOnce(key, load)).to.equal('loaded');
    expect(calls).to.equal(2);
  });
});
