import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import type { ChorusPeoplePicker } from '../../../src/ui/people-picker.element.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, waitFor } from '../../support.js';

export const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');
export const firstCard = (wall: Element) => deepQuery(wall, 'article.card');
export const composerOf = (wall: Element) => deepQuery(wall, 'chorus-kudos-composer')!;
export const messageBox = (wall: Element) => fieldLabelled<HTMLTextAreaElement>(composerOf(wall), 'Message')!;
export const recipientPicker = (wall: Element) => deepQuery<ChorusPeoplePicker>(composerOf(wall), 'chorus-people-picker')!;

/** The composer's "To" field, once the composer (loaded on first use) is drawn. */
export const composerReady = (wall: Element) => waitFor(() => recipientPicker(wall)?.shadowRoot?.querySelector('input'), 'the composer is shown');

/** A wall on `adapter`, once its first cards and its composer are drawn. */
export async function wallWith(adapter: ChorusAdapter, attrs = ''): Promise<ChorusKudosWall> {
  const wall = await fixture<ChorusKudosWall>(
    attrs ? html`<chorus-kudos-wall .adapter=${adapter} require-value></chorus-kudos-wall>` : html`<chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall>`,
  );
  await waitFor(() => firstCard(wall), 'wall loaded');
  await composerReady(wall);
  return wall;
}

/** Picks the first person offered for `query` with the keyboard, as a user would. */
export async function pickWithKeyboard(query: string): Promise<void> {
  await sendKeys({ type: query });
  await waitFor(() => deepQueryAll(document.body, '[role="option"]').length > 0, `options for ${query}`);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
}

/** Fills the composer (one colleague, `message`) and presses "Send kudos". */
export async function sendKudos(wall: Element, message: string): Promise<void> {
  await composerReady(wall);
  recipientPicker(wall).focus();
  await pickWithKeyboard('a');
  const box = messageBox(wall);
  box.value = message;
  box.dispatchEvent(new Event('input'));
  buttonNamed(wall, 'Send kudos')!.click();
}

/** Opens the first card's comments and posts `message` there. */
export async function postComment(wall: Element, message: string): Promise<void> {
  deepQuery<HTMLButtonElement>(cards(wall)[0]!, 'button[aria-controls^="comments-"]')!.click();
  const input = await waitFor(() => fieldLabelled<HTMLInputElement>(cards(wall)[0]!, 'Add a comment'));
  await waitFor(() => !deepQuery(cards(wall)[0]!, '.comments [role="status"]'), 'comments loaded');
  input.value = message;
  input.dispatchEvent(new Event('input'));
  buttonNamed(cards(wall)[0]!, 'Post')!.click();
}
