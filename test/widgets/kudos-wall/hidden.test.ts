import { expect } from '@open-wc/testing';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import { buttonNamed, fieldLabelled, nextEvent, textOf, waitFor } from '../../support.js';
import { cards, wallWith } from './helpers.js';

/*
 * Hidden means hidden: a kudos a moderator hides leaves the open walls of everyone but its author
 * (who sees it marked, with the reason) without a reload, and comes back when restored.
 */

const MODERATOR = 'p-29';

function company() {
  const storage = new MapStorage();
  const storageKey = `hidden-test-${Math.random()}`;
  const as = (userId: string) => new MemoryAdapter({ storage, storageKey, persist: true, latency: 0, userId });
  return { author: as('p-01'), viewer: as('p-02'), moderator: as(MODERATOR) };
}

describe('<chorus-kudos-wall> and moderation', () => {
  it('drops a hidden kudos live, marks it for its author, and brings it back when restored', async () => {
    const { author, viewer, moderator } = company();
    const kudos = await author.kudos.giveKudos(
      { recipientIds: ['p-03'], message: 'A kudos a moderator will hide.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'hide-1' },
    );
    const othersWall = await wallWith(viewer);
    const authorsWall = await wallWith(author);
    await waitFor(() => textOf(othersWall).includes('A kudos a moderator will hide.'), 'shown to others first');
    await viewer.kudos.reportKudos(kudos.id, 'Not for here.');

    await moderator.moderation.moderate({ kind: 'kudos', id: kudos.id }, 'hide', 'Names a customer.');
    await waitFor(() => !textOf(othersWall).includes('A kudos a moderator will hide.'), 'gone from another wall without a reload');
    const mine = await waitFor(() => cards(authorsWall).find((c) => textOf(c).includes('Hidden by a moderator: Names a customer.')), 'marked on the author’s');
    expect(textOf(mine)).to.include('A kudos a moderator will hide.');

    await moderator.kudos.giveKudos(
      { recipientIds: ['p-03'], message: 'A newer kudos given meanwhile.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'newer-1' },
    );
    await waitFor(() => textOf(othersWall).includes('A newer kudos given meanwhile.'));
    await moderator.moderation.moderate({ kind: 'kudos', id: kudos.id }, 'restore', 'Checked with the author.');
    await waitFor(() => textOf(othersWall).includes('A kudos a moderator will hide.'), 'back on the other wall');
    const order = cards(othersWall).map((c) => textOf(c));
    const newer = order.findIndex((text) => text.includes('A newer kudos given meanwhile.'));
    const restored = order.findIndex((text) => text.includes('A kudos a moderator will hide.'));
    expect(restored, 'back in its place in time, under the newer one').to.be.greaterThan(newer);
    await waitFor(() => !textOf(authorsWall).includes('Hidden by a moderator'), 'no longer marked');
    await expect(authorsWall).to.be.accessible();
  });

  it('reports a comment with the kudos report form, and a hidden comment is marked for its author only', async () => {
    const { author, viewer, moderator } = company();
    const kudos = await author.kudos.giveKudos(
      { recipientIds: ['p-03'], message: 'A kudos with a comment to report.', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'comment-1' },
    );
    const comment = await author.kudos.addComment(kudos.id, 'A comment that crosses a line.', { idempotencyKey: 'comment-2' });
    const wall = await wallWith(viewer);
    const card = await waitFor(() => cards(wall).find((c) => textOf(c).includes('A kudos with a comment to report.')));
    buttonNamed(card, /1 comment/)!.click();
    const report = await waitFor(() => buttonNamed(card, /^Report .+’s comment$/), textOf(card));
    report.click();
    const reason = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(card, 'What’s wrong with it?'));
    expect(textOf(card)).to.include('Report this comment to moderators');
    reason.value = 'Mocks a colleague.';
    reason.dispatchEvent(new Event('input'));
    const reported = nextEvent(wall, 'chorus-kudos-reported');
    buttonNamed(card, 'Send report')!.click();
    expect((await reported).commentId).to.equal(comment.id);
    await waitFor(() => !buttonNamed(card, /’s comment$/) && textOf(card).includes('Reported'), 'the comment says it was reported');
    const [item] = (await moderator.moderation.listQueue({ kind: 'comment' })).items.filter((i) => i.ref.id === comment.id);
    expect(item?.reasons).to.deep.equal([{ reason: 'Mocks a colleague.', count: 1 }]);

    await moderator.moderation.moderate({ kind: 'comment', id: comment.id }, 'hide', 'Unkind.');
    await waitFor(() => !textOf(card).includes('A comment that crosses a line.'), 'gone from the open comment list, without reopening it');
    expect((await viewer.kudos.listComments(kudos.id)).map((c) => c.id)).to.not.include(comment.id);
    const authorsWall = await wallWith(author);
    const mine = await waitFor(() => cards(authorsWall).find((c) => textOf(c).includes('A kudos with a comment to report.')));
    buttonNamed(mine, /^Comment$/)!.click();
    await waitFor(() => textOf(mine).includes('Hidden by a moderator: Unkind.'), textOf(mine));
    await expect(authorsWall).to.be.accessible();
  });
});
