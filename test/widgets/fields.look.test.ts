import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/kudos-wall/kudos-wall.js';
import '../../src/widgets/feedback-box/feedback-box.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { buttonNamed, deepQuery, fieldLabelled, waitFor } from '../support.js';
import { cards, composerOf, messageBox, wallWith } from './kudos-wall/helpers.js';

/*
 * One look for fields across widgets (base/field.styles.ts, base/form.styles.ts): the kudos
 * composer, a kudos card's comment and report boxes and the feedback box show the same focus ring
 * on a text field and the same field error (colour, size, a warning sign, never colour alone).
 */

const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });

function ring(field: Element) {
  const s = getComputedStyle(field);
  return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, offset: s.outlineOffset, bottom: s.borderBlockEndColor };
}

function errorLook(error: Element) {
  const s = getComputedStyle(error);
  return { color: s.color, size: s.fontSize, sign: getComputedStyle(error, '::before').content };
}

async function focused(field: HTMLElement) {
  field.focus();
  // Focus from the keyboard's point of view: a text field shows its ring whenever it has focus.
  await sendKeys({ press: 'Shift' });
  return ring(field);
}

describe('fields look the same in every widget', () => {
  it('gives the composer, the comment and report boxes and the feedback message one focus ring and one error look', async () => {
    const adapter = quiet();
    const wall = await wallWith(adapter);
    const box = await fixture<HTMLElement>(html`<chorus-feedback-box lang="en" .adapter=${adapter}></chorus-feedback-box>`);
    await waitFor(() => deepQuery(box, '#message'), 'feedback box loaded');

    const composerRing = await focused(messageBox(wall));
    const card = cards(wall).find((c) => buttonNamed(c, 'Report'))!;
    buttonNamed(card, 'Report')!.click();
    const report = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(card, 'What’s wrong with it?'));
    deepQuery<HTMLButtonElement>(card, 'button[aria-controls^="comments-"]')!.click();
    const comment = await waitFor(() => fieldLabelled<HTMLInputElement>(card, 'Add a comment'));
    const feedbackRing = await focused(deepQuery<HTMLTextAreaElement>(box, '#message')!);
    expect(composerRing.style).to.equal('solid');
    expect(await focused(report)).to.deep.equal(composerRing, 'the report box');
    expect(await focused(comment)).to.deep.equal(composerRing, 'the comment box');
    expect(feedbackRing).to.deep.equal(composerRing, 'the feedback message');

    // Field errors: the composer's message, an empty comment, the feedback box's topic.
    buttonNamed(composerOf(wall), /^Send/)!.click();
    const composerError = await waitFor(() => deepQuery(composerOf(wall), '.field-error'), 'composer error');
    buttonNamed(card, 'Post')!.click();
    const commentError = await waitFor(() => deepQuery(card, '.field-error'), 'comment error');
    buttonNamed(box, 'Send anonymously')!.click();
    const feedbackError = await waitFor(() => deepQuery(box, '.field-error'), 'feedback error');
    const look = errorLook(composerError);
    expect(look.sign).to.include('⚠');
    expect(errorLook(commentError)).to.deep.equal(look, 'the comment error');
    expect(errorLook(feedbackError)).to.deep.equal(look, 'the feedback error');
  });
});
