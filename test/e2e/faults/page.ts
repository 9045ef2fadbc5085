import '../../../src/widgets/kudos-wall/kudos-wall.js';
import '../../../src/widgets/feedback-box/feedback-box.js';
import '../../../src/widgets/poll/poll.js';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import type { Person } from '../../../src/core/people.js';

/*
 * The fault suite's page (faults.e2e.test.ts): a kudos wall on the REST adapter, with a short
 * timeout so "slow answers past the timeout" are quick, and a handle the test drives it by.
 */

const adapter = new RestAdapter({ baseUrl: '/api/chorus', timeoutMs: 1_500, retryDelayMs: 100, maxRetryDelayMs: 400 });
const wall = document.createElement('chorus-kudos-wall');
wall.id = 'wall';
wall.adapter = adapter;
document.body.append(wall);
const box = document.createElement('chorus-feedback-box');
box.adapter = adapter;
document.body.append(box);
const poll = document.createElement('chorus-poll');
poll.pollId = 'poll-lunch';
poll.adapter = adapter;
document.body.append(poll);

/** The first element matching `selector` under `root`, through shadow roots. */
function deep<T extends Element>(root: Element | ShadowRoot | Document, selector: string): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot && deep<T>(el.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

const composer = () => deep<HTMLElement & { error: string }>(document, 'chorus-kudos-composer');
const textBox = () => (composer()?.shadowRoot ? deep<HTMLTextAreaElement>(composer()!.shadowRoot!, 'textarea') : null);
let mai: Person | null = null;
const RETRY = 'Try again';

Object.assign(window, {
  faults: {
    ready: () => !!textBox() && !!box.shadowRoot?.querySelector('#message'),
    /** Fills the composer in: Mai, and `message`. */
    async fill(message: string): Promise<void> {
      while (!mai) mai = (await adapter.people.searchPeople('Mai').catch(() => []))[0] ?? null;
      const picker = deep<HTMLElement & { value: Person[] }>(composer()!.shadowRoot!, 'chorus-people-picker')!;
      picker.value = [mai];
      picker.dispatchEvent(new Event('change'));
      const text = textBox()!;
      text.value = message;
      text.dispatchEvent(new InputEvent('input'));
    },
    /** Presses "Send kudos". */
    send(): void {
      const button = [...composer()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send kudos')!;
      button.click();
    },
    /** Opens the top card's comments (again, until they load). */
    openComments(): boolean {
      const card = deep<HTMLElement>(wall.shadowRoot!, 'article.card')!;
      const region = card.querySelector('.comments');
      if (region?.querySelector('[role="status"]')) return false;
      if (region?.querySelector('input')) return true;
      // Closed, or failed to load: the toggle opens (or closes, to open again next time).
      card.querySelector<HTMLButtonElement>('button[aria-controls^="comments-"]')!.click();
      return false;
    },
    /** Types a comment on the top card and presses Post. */
    comment(message: string): void {
      const card = deep<HTMLElement>(wall.shadowRoot!, 'article.card')!;
      const input = card.querySelector<HTMLInputElement>('.comments input')!;
      input.value = message;
      input.dispatchEvent(new InputEvent('input'));
      [...card.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Post')!.click();
    },
    /** The top card's comment box: its text and error. */
    commentState() {
      const card = deep<HTMLElement>(wall.shadowRoot!, 'article.card')!;
      return {
        text: card.querySelector<HTMLInputElement>('.comments input')?.value ?? '',
        error: card.querySelector('.comments .field-error')?.textContent ?? '',
      };
    },
    /** Writes feedback (the first category, `message`) and presses Send. */
    feedback(message: string): void {
      const root = box.shadowRoot!;
      const category = root.querySelector<HTMLInputElement>('input[name="category"]')!;
      category.click();
      const text = root.querySelector<HTMLTextAreaElement>('#message')!;
      text.value = message;
      text.dispatchEvent(new InputEvent('input'));
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    },
    /** The feedback box: sent (its receipt shown), or the text still there and the error said. */
    feedbackState() {
      const root = box.shadowRoot!;
      return {
        sent: !!root.querySelector('#sent-title'),
        text: root.querySelector<HTMLTextAreaElement>('#message')?.value ?? '',
        error: root.querySelector('.send-error')?.textContent?.trim() ?? '',
      };
    },
    /** After a receipt: back to a new message. */
    feedbackAgain(): void {
      const root = box.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send more feedback')?.click();
    },
    /** Chooses the option labelled `label` and presses Vote (or Change vote). */
    vote(label: string): boolean {
      const root = poll.shadowRoot!;
      const radio = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.labels?.[0]?.textContent?.includes(label));
      const buttons = [...root.querySelectorAll('button')];
      const button = buttons.find((b) => /^(Vote|Update vote)$/.test(b.textContent?.trim() ?? ''));
      if (!radio || !button) {
        // Voted already: "Change vote" opens the choices again; a poll that failed to load is retried.
        buttons.find((b) => b.textContent?.trim() === 'Change vote' || b.textContent?.trim() === RETRY)?.click();
        return false;
      }
      radio.click();
      button.click();
      return true;
    },
    /** Whether the poll shows its choices or the vote; a poll that failed to load is retried, as a user would. */
    pollShown(): boolean {
      const root = poll.shadowRoot!;
      const text = root.textContent ?? '';
      if (/Vote|Change vote/.test(text)) return true;
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === RETRY)?.click();
      return false;
    },
    /** Clicks the top card's reaction `emoji` (false until the card shows it). */
    react(emoji: string): boolean {
      const card = deep<HTMLElement>(wall.shadowRoot!, 'article.card');
      const button = card && [...card.querySelectorAll<HTMLButtonElement>('button.reaction')].find((b) => b.textContent?.includes(emoji));
      if (!button || button.disabled) return false;
      button.click();
      return true;
    },
    /** Dismisses the wall's notice, if one is shown, as a user who has read it would. */
    dismissNotice(): void {
      wall.shadowRoot!.querySelector<HTMLButtonElement>('.notice button')?.click();
    },
    /** The top card's reaction `emoji` as shown (pressed or not) and the wall's error notice, if any. */
    reactionState(emoji: string) {
      const card = deep<HTMLElement>(wall.shadowRoot!, 'article.card');
      const button = card && [...card.querySelectorAll<HTMLButtonElement>('button.reaction')].find((b) => b.textContent?.includes(emoji));
      return { pressed: button?.getAttribute('aria-pressed') === 'true', error: wall.shadowRoot!.querySelector('.notice.error')?.textContent?.trim() ?? '' };
    },
    /** The poll's words to the user (its alert or live region). */
    pollText: () => poll.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    /** What the user sees: the text still in the composer, the composer's error, whether a send is in flight. */
    state: () => ({ text: textBox()?.value ?? '', error: composer()?.error ?? '', sending: !!(composer() as unknown as { sending?: boolean })?.sending }),
  },
});
