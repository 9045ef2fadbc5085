import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ValidationError } from '../../../src/core/errors.js';
import type { KudosGiveEvent } from '../../../src/core/events.js';
import { nextEvent, buttonNamed, fieldLabelled, textOf, waitFor } from '../../support.js';
import { composerOf, composerReady, firstCard, messageBox, pickWithKeyboard, recipientPicker, wallWith } from './helpers.js';

describe('<chorus-kudos-wall> composer', () => {
  beforeEach(() => sessionStorage.clear());

  it('lets a keyboard-only user give kudos to two colleagues, and keeps them after a reload', async () => {
    const storageKey = `chorus:test:${crypto.randomUUID()}`;
    const adapter = new MemoryAdapter({ storageKey, latency: 0 });
    const host = await fixture<HTMLDivElement>(html`<div><button>before</button><chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall></div>`);
    const wall = host.querySelector('chorus-kudos-wall')!;
    await waitFor(() => firstCard(wall), 'wall loaded');
    await composerReady(wall);
    host.querySelector('button')!.focus();

    await sendKeys({ press: 'Tab' }); // into "To"
    await pickWithKeyboard('a');
    await pickWithKeyboard('e');
    const chosen = recipientPicker(wall).value;
    expect(chosen).to.have.length(2);

    await sendKeys({ press: 'Tab' }); // into the company values
    await sendKeys({ press: 'ArrowRight' }); // selects the first real value
    await sendKeys({ press: 'Tab' }); // message
    const message = 'Thanks for rewriting the onboarding guide: new joiners were productive on day one.';
    await sendKeys({ type: message });
    await sendKeys({ press: 'Tab' }); // "Add an image"
    await sendKeys({ press: 'Tab' }); // private
    await sendKeys({ press: 'Tab' }); // send
    const given = nextEvent(wall, 'chorus-kudos-given');
    await sendKeys({ press: 'Enter' });
    const { kudos } = await given;

    expect(kudos.recipients.map((p) => p.id)).to.deep.equal(chosen.map((p) => p.id));
    expect(kudos.valueId).to.be.a('string');
    const card = await waitFor(() => (textOf(firstCard(wall)!).includes(message) ? firstCard(wall) : undefined), 'card on top');
    for (const person of chosen) expect(textOf(card)).to.include(person.name);
    expect(messageBox(wall).value, 'composer cleared after sending').to.equal('');

    // A reload: a fresh adapter on the same storage and a fresh wall.
    wall.remove();
    const reloaded = await wallWith(new MemoryAdapter({ storageKey, latency: 0 }));
    expect(textOf(firstCard(reloaded)!)).to.include(message);
    localStorage.removeItem(storageKey);
  });

  it('shows what is missing instead of sending an incomplete kudos, and focuses the first problem', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter, 'require-value');
    let sent = false;
    wall.addEventListener('chorus-kudos-give', () => (sent = true));
    buttonNamed(wall, 'Send kudos')!.click();
    const composer = composerOf(wall);
    await waitFor(() => textOf(composer).includes('Choose at least one colleague.'));
    expect(textOf(composer)).to.include('Choose a company value.');
    expect(textOf(composer)).to.include('This is required.');
    expect(sent).to.equal(false);
    await waitFor(() => composer.shadowRoot!.activeElement === recipientPicker(wall), 'focus moved to the recipients');
  });

  it('refuses text a reader cannot see with the backends’ message: zero-width padding, stacked marks, a broken emoji', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter);
    let sent = false;
    wall.addEventListener('chorus-kudos-give', () => (sent = true));
    const composer = composerOf(wall);
    const attempt = async (message: string, expected: string) => {
      const box = messageBox(wall);
      box.value = message;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      buttonNamed(wall, 'Send kudos')!.click();
      await waitFor(() => textOf(composer).includes(expected), expected);
    };
    await attempt('\u200b\u200d\u2060'.repeat(20), 'This is required.');
    await attempt(`Thanks${'\u200b'.repeat(20)}`, 'Write at least 10 characters.');
    await attempt(`Thanks so much${'\u0301'.repeat(3000)}`, 'can’t be shown as written');
    await attempt('Thanks for the help \ud83d yesterday', 'can’t be shown as written');
    expect(sent).to.equal(false);
  });

  it('counts characters as the user types and flags a message over the limit', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0, config: { messageMax: 20 } });
    const wall = await wallWith(adapter);
    const box = messageBox(wall);
    box.focus();
    await sendKeys({ type: 'Great job 👩🏽‍💻' });
    const composer = composerOf(wall);
    // The woman-technologist emoji with skin tone is one character to a reader.
    await waitFor(() => textOf(composer).includes('9 characters left'));
    await sendKeys({ type: ' on the release notes' });
    await waitFor(() => textOf(composer).includes('characters over the limit'));
    expect(box.getAttribute('aria-invalid')).to.equal('true');
  });

  it('rolls the optimistic card back and keeps the text when sending fails', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter);
    const top = firstCard(wall)!.textContent;
    recipientPicker(wall).focus();
    await pickWithKeyboard('a');
    const box = messageBox(wall);
    box.focus();
    const message = 'Your careful code review caught the billing bug before release.';
    await sendKeys({ type: message });
    adapter.failureRate = 1;
    adapter.latency = 300;
    const failed = nextEvent(wall, 'chorus-error');
    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => firstCard(wall)?.getAttribute('aria-busy') === 'true', 'optimistic card shown');
    const { operation, error } = await failed;
    expect(operation).to.equal('giveKudos');
    expect(error.kind).to.equal('network');
    await waitFor(() => textOf(composerOf(wall)).includes('wasn’t sent'));
    expect(firstCard(wall)!.textContent).to.equal(top);
    expect(messageBox(wall).value).to.equal(message);
    expect(recipientPicker(wall).value).to.have.length(1);
  });

  it('lets the host page veto a kudos before it is sent', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter);
    const top = firstCard(wall)!.textContent;
    recipientPicker(wall).focus();
    await pickWithKeyboard('a');
    messageBox(wall).focus();
    await sendKeys({ type: 'Thank you for covering my on-call shift at short notice.' });
    wall.addEventListener('chorus-kudos-give', (e: KudosGiveEvent) => e.preventDefault(), { once: true });
    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => textOf(wall).includes('stopped by this page'));
    expect(firstCard(wall)!.textContent).to.equal(top);
  });

  it('puts the backend’s field errors next to their fields', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const original = adapter.kudos.giveKudos.bind(adapter.kudos);
    adapter.kudos.giveKudos = async () => {
      throw new ValidationError([{ field: 'message', code: 'too-long', message: 'Too long', params: { max: 42 } }]);
    };
    const wall = await wallWith(adapter);
    recipientPicker(wall).focus();
    await pickWithKeyboard('a');
    messageBox(wall).focus();
    await sendKeys({ type: 'Thanks for the detailed migration runbook last week.' });
    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => textOf(composerOf(wall)).includes('Keep it to 42 characters or fewer.'));
    expect(messageBox(wall).getAttribute('aria-invalid')).to.equal('true');
    adapter.kudos.giveKudos = original;
  });

  it('keeps an unsent draft across a reload', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter);
    messageBox(wall).focus();
    await sendKeys({ type: 'Half-written thanks' });
    wall.remove();
    const again = await wallWith(adapter);
    expect(messageBox(again).value).to.equal('Half-written thanks');
    sessionStorage.clear();
  });

  it('keeps a separate draft for each of two walls without an id on one page', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const page = await fixture<HTMLDivElement>(
      html`<div><chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall><chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall></div>`,
    );
    const [first, second] = [...page.querySelectorAll('chorus-kudos-wall')];
    await waitFor(() => firstCard(first!) && firstCard(second!), 'both walls loaded');
    await composerReady(first!);
    messageBox(first!).focus();
    await sendKeys({ type: 'Thanks from the first wall' });
    page.remove();
    const again = await fixture<HTMLDivElement>(
      html`<div><chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall><chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall></div>`,
    );
    const [first2, second2] = [...again.querySelectorAll('chorus-kudos-wall')];
    await waitFor(() => firstCard(first2!) && firstCard(second2!), 'both walls loaded again');
    await Promise.all([composerReady(first2!), composerReady(second2!)]);
    expect(messageBox(first2!).value).to.equal('Thanks from the first wall');
    expect(messageBox(second2!).value).to.equal('');
    sessionStorage.clear();
  });

  it('requires alt text for an image', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter);
    buttonNamed(wall, 'Add an image')!.click();
    const url = await waitFor(() => fieldLabelled(composerOf(wall), 'Image or GIF address'));
    url.focus();
    await sendKeys({ type: 'https://example.com/team.gif' });
    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => textOf(composerOf(wall)).includes('Describe the image (alt text).'));
  });

  it('refuses an image from a private address or an SVG data: URL before sending, and shows no preview of it', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await wallWith(adapter);
    buttonNamed(wall, 'Add an image')!.click();
    const url = await waitFor(() => fieldLabelled<HTMLInputElement>(composerOf(wall), 'Image or GIF address'));
    const alt = fieldLabelled<HTMLInputElement>(composerOf(wall), 'Describe the image')!;
    alt.value = 'A picture';
    alt.dispatchEvent(new Event('input'));
    for (const [address, says] of [
      ['http://192.168.1.1/router.png', 'Images from this address aren’t allowed here.'],
      ['data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', 'Use an https:// address of an image.'],
    ]) {
      url.value = address!;
      url.dispatchEvent(new Event('input'));
      buttonNamed(wall, 'Send kudos')!.click();
      await waitFor(() => textOf(composerOf(wall)).includes(says!), address);
      expect(composerOf(wall).shadowRoot!.querySelector('img.preview'), address).to.equal(null);
    }
  });
});
