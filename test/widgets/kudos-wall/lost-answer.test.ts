import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { NetworkError } from '../../../src/core/errors.js';
import { buttonNamed, deepQuery, fieldLabelled, waitFor } from '../../support.js';
import { cards, composerOf, messageBox, postComment, sendKudos, wallWith } from './helpers.js';

/*
 * A send whose answer is lost (the backend stored it, the page saw a network error) or cut by a
 * reload: sending the same draft again is stored once, because the key stays with the draft.
 */

const stored = async (adapter: MemoryAdapter, message: string) =>
  (await adapter.kudos.listKudos({ limit: 50 })).items.filter((k) => k.message === message).length;

/** The backend stores the first call, but its answer never reaches the page. */
function loseFirstAnswer<A extends unknown[], R>(call: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let calls = 0;
  return async (...args: A) => {
    const result = await call(...args);
    if (++calls === 1) throw new NetworkError();
    return result;
  };
}

describe('<chorus-kudos-wall> lost answers', () => {
  beforeEach(() => sessionStorage.clear());

  it('stores a kudos once when "Send kudos" is pressed again after its answer was lost', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    adapter.kudos.giveKudos = loseFirstAnswer(adapter.kudos.giveKudos.bind(adapter.kudos));
    const wall = await wallWith(adapter);
    const message = 'Thanks for staying late to fix the payroll export.';
    await sendKudos(wall, message);
    await waitFor(() => deepQuery(composerOf(wall), '.form-error'), 'the failure is shown');
    expect(messageBox(wall).value).to.equal(message);

    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => messageBox(wall).value === '', 'sent');
    expect(await stored(adapter, message)).to.equal(1);
  });

  it('stores a kudos once when the page reloads mid-send and the restored draft is sent again', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const give = adapter.kudos.giveKudos.bind(adapter.kudos);
    let reached = false;
    // The first send reaches the backend; the page reloads before the answer comes back.
    adapter.kudos.giveKudos = (draft, options) => give(draft, options).then(() => ((reached = true), new Promise<never>(() => {})));
    const first = await wallWith(adapter);
    const message = 'Thanks for covering the support rota over the holidays.';
    await sendKudos(first, message);
    await waitFor(() => reached, 'stored by the backend');
    first.remove();

    adapter.kudos.giveKudos = give;
    const again = await wallWith(adapter);
    await waitFor(() => messageBox(again).value === message, 'draft restored');
    buttonNamed(again, 'Send kudos')!.click();
    await waitFor(() => messageBox(again).value === '', 'sent');
    expect(await stored(adapter, message)).to.equal(1);
  });

  it('gives an edited draft a new key: the edit is stored, not the lost first text replayed', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    adapter.kudos.giveKudos = loseFirstAnswer(adapter.kudos.giveKudos.bind(adapter.kudos));
    const wall = await wallWith(adapter);
    await sendKudos(wall, 'Thanks for the demo.');
    await waitFor(() => deepQuery(composerOf(wall), '.form-error'), 'the failure is shown');
    const box = messageBox(wall);
    box.value = 'Thanks for the demo and the clear write-up after it.';
    box.dispatchEvent(new Event('input'));
    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => messageBox(wall).value === '', 'sent');
    expect(await stored(adapter, 'Thanks for the demo and the clear write-up after it.')).to.equal(1);
  });

  it('stores a comment once when "Post" is pressed again after its answer was lost', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    adapter.kudos.addComment = loseFirstAnswer(adapter.kudos.addComment.bind(adapter.kudos));
    const wall = await wallWith(adapter);
    const id = (await adapter.kudos.listKudos({ limit: 1 })).items[0]!.id;
    await postComment(wall, 'Seconded, the rollout was smooth.');
    await waitFor(() => deepQuery(cards(wall)[0]!, 'p.field-error'), 'the failure is shown');
    buttonNamed(cards(wall)[0]!, 'Post')!.click();
    await waitFor(() => fieldLabelled<HTMLInputElement>(cards(wall)[0]!, 'Add a comment')?.value === '', 'posted');
    const comments = await adapter.kudos.listComments(id);
    expect(comments.filter((c) => c.message === 'Seconded, the rollout was smooth.')).to.have.length(1);
  });
});
