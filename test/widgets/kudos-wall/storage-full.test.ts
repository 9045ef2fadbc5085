import { expect } from '@open-wc/testing';
import { MapStorage, MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { deepQuery, waitFor } from '../../support.js';
import { composerOf, messageBox, sendKudos, wallWith } from './helpers.js';

/* The embedded adapter over storage that fills up: a kudos it cannot save is not reported as sent. */

/** A Storage that refuses every write once `full`, as localStorage does past its quota. */
class FillingStorage extends MapStorage {
  full = false;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

describe('<chorus-kudos-wall> on an embedded adapter whose storage is full', () => {
  beforeEach(() => sessionStorage.clear());

  it('says the kudos was not sent and keeps the draft, instead of a success a reload would undo', async () => {
    const storage = new FillingStorage();
    const storageKey = `chorus:test:${crypto.randomUUID()}`;
    const adapter = new MemoryAdapter({ storage, storageKey, latency: 0 });
    const wall = await wallWith(adapter);
    storage.full = true;
    const message = 'Thanks for clearing out the shared drive.';
    await sendKudos(wall, message);
    await waitFor(() => deepQuery(composerOf(wall), '.form-error'), 'the failure is shown');
    expect(messageBox(wall).value).to.equal(message);

    // What the user was told holds after a reload: nothing was stored.
    const reloaded = new MemoryAdapter({ storage, storageKey, latency: 0 });
    expect((await reloaded.kudos.listKudos({ limit: 50 })).items.some((k) => k.message === message)).to.equal(false);
    adapter.dispose();
    reloaded.dispose();
  });
});
