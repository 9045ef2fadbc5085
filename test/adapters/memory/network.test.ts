import { expect } from '@open-wc/testing';
import { NetworkError } from '../../../src/core/errors.js';
import { draft, idem, makeAdapter, rejection } from './helpers.js';

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

describe('memory adapter: latency, failures and abort', () => {
  it('waits the configured latency', async () => {
    const adapter = makeAdapter({ latency: 60 });
    const start = performance.now();
    await adapter.kudos!.getKudosConfig();
    expect(performance.now() - start).to.be.at.least(55);
  });

  it('picks a latency within a [min, max] range', async () => {
    const adapter = makeAdapter({ latency: [30, 50] });
    const start = performance.now();
    await adapter.people!.listTeams();
    const elapsed = performance.now() - start;
    expect(elapsed).to.be.at.least(25);
    expect(elapsed).to.be.below(400);
  });

  it('lets a story change latency and failure rate at runtime', async () => {
    const adapter = makeAdapter();
    adapter.latency = 50;
    const start = performance.now();
    await adapter.people!.listTeams();
    expect(performance.now() - start).to.be.at.least(45);
    adapter.latency = 0;
    adapter.failureRate = 1;
    expect(await rejection(adapter.people!.listTeams())).to.be.instanceOf(NetworkError);
    adapter.failureRate = 0;
    expect(await adapter.people!.listTeams()).to.have.length(7);
  });

  it('fails every call with NetworkError at failureRate 1, changing nothing', async () => {
    const adapter = makeAdapter({ failureRate: 1 });
    for (const call of [
      adapter.kudos!.listKudos({}),
      adapter.kudos!.getKudosConfig(),
      adapter.kudos!.giveKudos(draft(), idem()),
      adapter.people!.searchPeople('a'),
      adapter.me!.getCurrentUser(),
    ]) {
      const error = await rejection(call);
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).kind).to.equal('network');
    }
    adapter.failureRate = 0;
    const { items } = await adapter.kudos!.listKudos({ filter: { personId: 'p-03' }, limit: 100 });
    expect(items.some((k) => k.message === draft().message)).to.equal(false);
  });

  it('rejects with AbortError when the signal is already aborted', async () => {
    const adapter = makeAdapter();
    const controller = new AbortController();
    controller.abort();
    expect(isAbort(await rejection(adapter.kudos!.listKudos({}, { signal: controller.signal })))).to.equal(true);
    expect(isAbort(await rejection(adapter.me!.getCurrentUser({ signal: controller.signal })))).to.equal(true);
  });

  it('rejects with AbortError as soon as the signal aborts during the latency wait, and writes nothing', async () => {
    const adapter = makeAdapter({ latency: 1000 });
    const controller = new AbortController();
    const start = performance.now();
    const pending = adapter.kudos!.giveKudos(draft(), { ...idem(), signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(isAbort(error)).to.equal(true);
    expect((error as DOMException).message).to.equal('Aborted');
    expect(performance.now() - start).to.be.below(500);
    adapter.latency = 0;
    const { items } = await adapter.kudos!.listKudos({ limit: 1 });
    expect(items[0]!.message).not.to.equal(draft().message);
  });
});
