import { expect } from '@open-wc/testing';
import { buttonNamed, deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { AUTHOR, composer, counter, errorOf, field, fillBasics, memory, paste, previewOn, queueAs, type } from './helpers.js';

const LINK = 'https://careers.example.com/lyon';

describe('<chorus-post-composer> writing', () => {
  it('counts the caption as each network counts it while the author types', async () => {
    const el = await composer(memory());
    await type(el, 'Link to share', LINK);
    await type(el, 'Caption', 'Join our team in Lyon!');
    // "Join our team in Lyon! #employee": 32 characters (the disclosure is there from the start).
    expect(counter(el)).to.equal('32 / 3,000');
    previewOn(el, 'X');
    await el.updateComplete;
    // X adds the link after the text: a space and 23 for any link.
    expect(counter(el)).to.equal('56 / 280');
    previewOn(el, 'Facebook');
    await el.updateComplete;
    expect(counter(el)).to.equal('32 / 63,206');
    await type(el, 'Caption', ' 🎉');
    previewOn(el, 'X');
    await el.updateComplete;
    // An emoji weighs 2 on X, one grapheme elsewhere.
    expect(counter(el)).to.equal('59 / 280');
  });

  it('previews the caption with the locked parts put back, marked, for each network', async () => {
    const el = await composer(memory());
    await fillBasics(el);
    paste(el, 'Required hashtags', 'Hiring, #LifeAtBrightwater');
    paste(el, 'Caption', 'Join the #hiring team in Lyon!');
    await el.updateComplete;
    const preview = deepQuery(el, '.preview-body .caption-text')!;
    // "#hiring" is already there (hashtags are case-insensitive); the others are added at the end.
    expect(textOf(preview)).to.equal('Join the #hiring team in Lyon! #employee #LifeAtBrightwater');
    expect(deepQueryAll(preview, 'strong.locked-part').map((s) => s.textContent)).to.deep.equal(['#hiring', '#employee', '#LifeAtBrightwater']);

    buttonNamed(el, 'Add a caption for X')!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'caption-x', 'the X caption focused');
    paste(el, 'Caption for X', 'Lyon is hiring');
    await el.updateComplete;
    expect(deepQuery(el, 'input[name="preview"][value="x"]')!.matches(':checked')).to.equal(true);
    expect(textOf(preview)).to.equal('Lyon is hiring #employee #Hiring #LifeAtBrightwater');
    // Typing the default caption again shows a network that uses it.
    paste(el, 'Caption', 'Join the #hiring team in Lyon!!');
    await el.updateComplete;
    expect(deepQuery(el, 'input[name="preview"][value="linkedin"]')!.matches(':checked')).to.equal(true);
    expect(textOf(preview)).to.equal('Join the #hiring team in Lyon!! #employee #LifeAtBrightwater');
  });

  it('warns past a network’s limit and refuses to save until the caption fits', async () => {
    const adapter = memory();
    const el = await composer(adapter);
    await fillBasics(el);
    buttonNamed(el, 'Add a caption for X')!.click();
    await el.updateComplete;
    // 247 + " #employee" (10) + the link (1 + 23) = 281.
    paste(el, 'Caption for X', 'a'.repeat(247));
    await el.updateComplete;
    expect(counter(el)).to.include('281 / 280');
    expect(textOf(deepQuery(el, '.warning')!)).to.equal('⚠ 1 character over X’s limit. Shorten the caption it uses.');

    buttonNamed(el, 'Save draft')!.click();
    const x = field<HTMLTextAreaElement>(el, 'Caption for X');
    await waitFor(() => el.shadowRoot!.activeElement === x, 'the X caption focused');
    expect(x.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(x)).to.equal('Too long for X: keep it to 280 characters or fewer.');
    expect(await queueAs(adapter, AUTHOR)).to.have.length(0);

    paste(el, 'Caption for X', 'a'.repeat(246));
    await el.updateComplete;
    expect(deepQuery(el, '.warning')).to.equal(undefined);
    expect(errorOf(x)).to.equal('');
    buttonNamed(el, 'Save draft')!.click();
    await waitFor(() => textOf(el).includes('Draft saved.'), 'saved');
    expect(await queueAs(adapter, AUTHOR)).to.have.length(1);
  });

  it('refuses an image without a description, saying so under the description', async () => {
    const adapter = memory();
    const el = await composer(adapter);
    await fillBasics(el);
    await type(el, 'Image address', 'https://cdn.example.com/lyon.jpg');
    buttonNamed(el, 'Save draft')!.click();
    const alt = field(el, 'Image description');
    await waitFor(() => el.shadowRoot!.activeElement === alt, 'the description focused');
    expect(errorOf(alt)).to.equal('Describe the image for people who can’t see it.');
    expect(alt.getAttribute('aria-invalid')).to.equal('true');
    expect(await queueAs(adapter, AUTHOR)).to.have.length(0);
  });

  it('refuses a javascript: link with the error under the link, keeping what was typed', async () => {
    const adapter = memory();
    const el = await composer(adapter);
    await fillBasics(el);
    paste(el, 'Link to share', '');
    await type(el, 'Link to share', 'javascript:alert(1)');
    buttonNamed(el, 'Save draft')!.click();
    const link = field(el, 'Link to share');
    await waitFor(() => el.shadowRoot!.activeElement === link, 'the link focused');
    expect(errorOf(link)).to.equal('Use a web address that starts with https:// or http://.');
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(link.value).to.equal('javascript:alert(1)');
    expect(field(el, 'Title').value).to.equal('We are hiring in Lyon');
    expect(field<HTMLTextAreaElement>(el, 'Caption').value).to.equal('Join our team in Lyon!');
    expect(await queueAs(adapter, AUTHOR)).to.have.length(0);
    // Editing the field clears its stale error.
    await type(el, 'Link to share', 'x');
    expect(errorOf(link)).to.equal('');
  });

  it('sends the dates as ISO instants, and refuses an expiry before the publication', async () => {
    const adapter = memory();
    const el = await composer(adapter);
    await fillBasics(el);
    paste(el, 'Publish at', '2030-05-02T09:30');
    paste(el, 'Expire at', '2030-05-01T09:30');
    buttonNamed(el, 'Save draft')!.click();
    const expire = field(el, 'Expire at');
    await waitFor(() => errorOf(expire), 'the date error');
    expect(errorOf(expire)).to.equal('The post must expire after it’s published.');
    paste(el, 'Expire at', '2030-06-01T18:00');
    buttonNamed(el, 'Save draft')!.click();
    await waitFor(() => textOf(el).includes('Draft saved.'), 'saved');
    const [post] = await queueAs(adapter, AUTHOR);
    expect(post!.publishAt).to.equal(new Date('2030-05-02T09:30').toISOString());
    expect(post!.expireAt).to.equal(new Date('2030-06-01T18:00').toISOString());
  });
});
