import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { PeoplePort } from '../../src/adapter/port.js';
import { NetworkError } from '../../src/core/errors.js';
import type { Person } from '../../src/core/people.js';
import '../../src/ui/people-picker.js';
import type { ChorusPeoplePicker } from '../../src/ui/people-picker.js';

const ana: Person = { id: 'p1', name: 'Ana Lopez', title: 'Designer', teamId: 't1' };
const andrea: Person = { id: 'p2', name: 'Andrea Rossi', title: 'Engineer', teamId: 't1' };
const anders: Person = { id: 'p3', name: 'Anders Berg', teamId: 't2' };
const ben: Person = { id: 'p4', name: 'Ben Okafor', title: 'Sales', teamId: 't2' };
const everyone = [ana, andrea, anders, ben];

interface FakePort extends PeoplePort {
  calls: { query: string; limit: number | undefined; signal: AbortSignal | undefined }[];
  delay: number;
  fail: Error | null;
}

/** A tiny in-memory port with a controllable delay and failure. */
function fakePort(people: Person[] = everyone): FakePort {
  const port: FakePort = {
    calls: [],
    delay: 0,
    fail: null,
    async searchPeople(query, options) {
      port.calls.push({ query, limit: options?.limit, signal: options?.signal });
      await new Promise((resolve) => setTimeout(resolve, port.delay));
      if (options?.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      if (port.fail) throw port.fail;
      const q = query.toLowerCase();
      return people.filter((p) => p.name.toLowerCase().includes(q)).slice(0, options?.limit ?? 8);
    },
    async listTeams() {
      return [];
    },
  };
  return port;
}

async function picker(port = fakePort(), template = html`<chorus-people-picker .people=${port}></chorus-people-picker>`) {
  const el = await fixture<ChorusPeoplePicker>(template);
  return el;
}

const root = (el: ChorusPeoplePicker) => el.shadowRoot!;
const combobox = (el: ChorusPeoplePicker) => root(el).querySelector<HTMLInputElement>('[role="combobox"]')!;
const listbox = (el: ChorusPeoplePicker) => root(el).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: ChorusPeoplePicker) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = (el: ChorusPeoplePicker) => options(el).map((o) => o.querySelector('.option-name')!.textContent);
const chipNames = (el: ChorusPeoplePicker) => [...root(el).querySelectorAll('[part="chip"] .chip-name')].map((c) => c.textContent);
const removeButton = (el: ChorusPeoplePicker, name: string) => root(el).querySelector<HTMLButtonElement>(`button[aria-label="Remove ${name}"]`)!;
const popupText = (el: ChorusPeoplePicker) => root(el).querySelector('[part="popup"]')!.textContent!.trim();
const liveRegion = (el: ChorusPeoplePicker) => root(el).querySelector('[role="status"]')!;
const expanded = (el: ChorusPeoplePicker) => combobox(el).getAttribute('aria-expanded') === 'true';

async function type(el: ChorusPeoplePicker, text: string) {
  el.focus();
  await sendKeys({ type: text });
}

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function typeAndWaitForOptions(el: ChorusPeoplePicker, text: string) {
  await type(el, text);
  await waitUntil(() => options(el).length > 0 && !popupText(el).includes('Searching'), 'no options shown');
}

describe('<chorus-people-picker>', () => {
  afterEach(() => resetMouse());

  it('renders a labelled, collapsed combobox and is accessible', async () => {
    const el = await picker();
    const input = combobox(el);
    const label = root(el).querySelector('label')!;
    expect(label.textContent).to.equal('Search for colleagues');
    expect(label.htmlFor).to.equal(input.id);
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(expanded(el)).to.be.false;
    expect(input.placeholder).to.equal('Type a name…');
    await expect(el).to.be.accessible();
  });

  it('reflects attributes to properties', async () => {
    const el = await fixture<ChorusPeoplePicker>(
      html`<chorus-people-picker max="3" exclude-ids="p1, p2 p3" label="To whom" placeholder="Name" required invalid></chorus-people-picker>`,
    );
    expect(el.max).to.equal(3);
    expect(el.excludeIds).to.deep.equal(['p1', 'p2', 'p3']);
    expect(root(el).querySelector('label')!.textContent).to.contain('To whom');
    expect(combobox(el).placeholder).to.equal('Name');
    expect(combobox(el).getAttribute('aria-required')).to.equal('true');
    expect(combobox(el).getAttribute('aria-invalid')).to.equal('true');
    el.disabled = true;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.be.true;
    expect(combobox(el).disabled).to.be.true;
  });

  it('searches after typing (aborting the previous search) and shows options; accessible while open', async () => {
    const port = fakePort();
    port.delay = 250;
    const el = await picker(port);
    await type(el, 'An');
    await waitUntil(() => port.calls.length === 1);
    expect(popupText(el)).to.contain('Searching…');
    await sendKeys({ type: 'd' });
    await waitUntil(() => port.calls.length === 2);
    expect(port.calls[0].signal!.aborted).to.be.true;
    expect(port.calls[1]).to.include({ query: 'And', limit: 8 });
    await waitUntil(() => options(el).length === 2 && !popupText(el).includes('Searching'));
    expect(optionNames(el)).to.deep.equal(['Andrea Rossi', 'Anders Berg']);
    expect(expanded(el)).to.be.true;
    expect(options(el)[0].textContent).to.contain('Engineer');
    await waitUntil(() => liveRegion(el).textContent === '2 people found');
    await expect(el).to.be.accessible();
  });

  it('moves the active option with the arrows (wrapping) and selects with Enter, firing change', async () => {
    const el = await picker();
    const submitted: Event[] = [];
    const form = document.createElement('form');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push(e);
    });
    el.replaceWith(form);
    form.append(el);
    await typeAndWaitForOptions(el, 'an'); // Ana Lopez, Andrea Rossi, Anders Berg
    const input = combobox(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[0].id);
    expect(options(el)[0].getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[1].id);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[0].id);
    await sendKeys({ press: 'ArrowDown' });

    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    // Like a native change: it bubbles, but stays inside the shadow root of the widget using the picker.
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.false;
    expect(el.value.map((p) => p.name)).to.deep.equal(['Andrea Rossi']);
    expect(chipNames(el)).to.deep.equal(['Andrea Rossi']);
    expect(input.value).to.equal('');
    expect(expanded(el)).to.be.false;
    expect(input.hasAttribute('aria-activedescendant')).to.be.false;
    expect(root(el).activeElement).to.equal(input);
    expect(submitted).to.have.length(0);
    await waitUntil(() => liveRegion(el).textContent === 'Andrea Rossi added');
    form.remove();
  });

  it('selects an option with a mouse click and keeps focus in the input', async () => {
    const el = await picker();
    await typeAndWaitForOptions(el, 'ben');
    const option = options(el)[0];
    const box = option.getBoundingClientRect();
    const changed = oneEvent(el, 'change');
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await changed;
    expect(el.value).to.deep.equal([ben]);
    expect(root(el).activeElement).to.equal(combobox(el));
    expect(combobox(el).value).to.equal('');
  });

  it('closes on Escape, clears the text on a second Escape, and closes on blur', async () => {
    const el = await picker();
    await typeAndWaitForOptions(el, 'an');
    await sendKeys({ press: 'Escape' });
    expect(expanded(el)).to.be.false;
    expect(combobox(el).value).to.equal('an');
    await sendKeys({ press: 'ArrowDown' });
    expect(expanded(el)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(combobox(el).value).to.equal('');

    await typeAndWaitForOptions(el, 'an');
    combobox(el).blur();
    await el.updateComplete;
    expect(expanded(el)).to.be.false;
  });

  it('removes the last person with Backspace in an empty input and announces it', async () => {
    const el = await picker();
    el.value = [ana, ben];
    await el.updateComplete;
    el.focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Backspace' });
    await changed;
    expect(el.value).to.deep.equal([ana]);
    expect(chipNames(el)).to.deep.equal(['Ana Lopez']);
    await waitUntil(() => liveRegion(el).textContent === 'Ben Okafor removed');
  });

  it('removes a person with the chip’s remove button (keyboard reachable)', async () => {
    const el = await picker();
    el.value = [ana, ben];
    await el.updateComplete;
    el.focus();
    await shiftTab();
    expect(root(el).activeElement).to.equal(removeButton(el, 'Ben Okafor'));
    await shiftTab();
    expect(root(el).activeElement).to.equal(removeButton(el, 'Ana Lopez'));
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(el.value).to.deep.equal([ben]);
    expect(root(el).activeElement).to.equal(combobox(el));
    await expect(el).to.be.accessible();
  });

  it('does not fire change when the host sets value', async () => {
    const el = await picker();
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.value = [ana];
    await el.updateComplete;
    expect(chipNames(el)).to.deep.equal(['Ana Lopez']);
    expect(fired).to.equal(0);
  });

  it('does not offer excluded or already selected people', async () => {
    const el = await picker();
    el.excludeIds = ['p1'];
    el.value = [andrea];
    await typeAndWaitForOptions(el, 'an');
    expect(optionNames(el)).to.deep.equal(['Anders Berg']);
  });

  it('says so when no one matches', async () => {
    const el = await picker();
    await type(el, 'zz');
    await waitUntil(() => popupText(el) === 'No one matches.');
    expect(options(el)).to.have.length(0);
    await waitUntil(() => liveRegion(el).textContent === 'No one matches.');
    await expect(el).to.be.accessible();
  });

  it('offers no more once max is reached, and tells so', async () => {
    const port = fakePort();
    const el = await picker(port);
    el.max = 2;
    el.value = [ana, ben];
    await el.updateComplete;
    const hint = root(el).querySelector('#max')!;
    expect(hint.textContent).to.equal('You can choose up to 2 people.');
    expect(combobox(el).getAttribute('aria-describedby')).to.contain('max');
    await type(el, 'an');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 250));
    expect(port.calls).to.have.length(0);
    expect(options(el)).to.have.length(0);
    expect(popupText(el)).to.equal('You can choose up to 2 people.');
  });

  it('shows a localized error when the search fails and keeps the typed text', async () => {
    const port = fakePort();
    port.fail = new NetworkError();
    const el = await picker(port);
    await type(el, 'Ana');
    await waitUntil(() => popupText(el).includes('couldn’t reach'));
    expect(combobox(el).value).to.equal('Ana');
    expect(options(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    // Typing again retries.
    port.fail = null;
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => options(el).length === 1);
    expect(optionNames(el)).to.deep.equal(['Ana Lopez']);
  });

  it('shows a generic message for an unexpected failure and does not crash without a port', async () => {
    const port = fakePort();
    port.fail = new TypeError('boom');
    const el = await picker(port);
    await type(el, 'x');
    await waitUntil(() => popupText(el) === 'Something went wrong. Try again.');
    el.people = undefined;
    await sendKeys({ type: 'y' });
    await waitUntil(() => popupText(el).includes('isn’t available'));
    expect(combobox(el).value).to.equal('xy');
  });

  it('links an error message to the input', async () => {
    const el = await picker();
    el.error = 'Choose at least one person.';
    await el.updateComplete;
    const error = root(el).querySelector('#error')!;
    expect(error.textContent).to.equal('Choose at least one person.');
    expect(combobox(el).getAttribute('aria-describedby')).to.contain('error');
    expect(combobox(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('renders user text and names as text, never as HTML', async () => {
    const evil: Person = { id: 'x', name: '<img src=x onerror=alert(1)>Eve', teamId: 't' };
    const el = await picker(fakePort([evil]));
    await typeAndWaitForOptions(el, '<img');
    expect(root(el).querySelector('.option img')).to.be.null;
    expect(optionNames(el)).to.deep.equal([evil.name]);
  });

  it('focus() focuses the input', async () => {
    const el = await picker();
    el.focus();
    expect(root(el).activeElement).to.equal(combobox(el));
  });
});
