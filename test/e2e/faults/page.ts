import '../../../src/widgets/kudos-wall/kudos-wall.js';
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
const box = () => (composer()?.shadowRoot ? deep<HTMLTextAreaElement>(composer()!.shadowRoot!, 'textarea') : null);
let mai: Person | null = null;

Object.assign(window, {
  faults: {
    ready: () => !!box(),
    /** Fills the composer in: Mai, and `message`. */
    async fill(message: string): Promise<void> {
      while (!mai) mai = (await adapter.people.searchPeople('Mai').catch(() => []))[0] ?? null;
      const picker = deep<HTMLElement & { value: Person[] }>(composer()!.shadowRoot!, 'chorus-people-picker')!;
      picker.value = [mai];
      picker.dispatchEvent(new Event('change'));
      const text = box()!;
      text.value = message;
      text.dispatchEvent(new InputEvent('input'));
    },
    /** Presses "Send kudos". */
    send(): void {
      const button = [...composer()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send kudos')!;
      button.click();
    },
    /** What the user sees: the text still in the composer, the composer's error, whether a send is in flight. */
    state: () => ({ text: box()?.value ?? '', error: composer()?.error ?? '', sending: !!(composer() as unknown as { sending?: boolean })?.sending }),
  },
});
