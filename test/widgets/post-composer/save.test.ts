import { expect, fixture, html } from '@open-wc/testing';
import { NetworkError, ValidationError } from '../../../src/core/errors.js';
import type { PostDraft } from '../../../src/core/share-card.domain.js';
import type { CreateOptions } from '../../../src/adapter/port.js';
import type { ChorusPostComposer } from '../../../src/widgets/post-composer/post-composer.element.js';
import { buttonNamed, deepQuery, nextEvent, textOf, waitFor } from '../../support.js';
import { APPROVER, AUTHOR, composer, errorOf, field, fillBasics, memory, paste, queueAs, withShare } from './helpers.js';

const DRAFT: PostDraft = {
  title: 'Our new Lisbon office',
  captions: { default: 'We opened in Lisbon.' },
  image: null,
  link: { url: 'https://www.example.com/lisbon' },
  locked: { disclosure: '#employee', hashtags: [] },
  topic: null,
  publishAt: null,
  expireAt: null,
  captionEditable: true,
};

describe('<chorus-post-composer> saving', () => {
  it('creates exactly one post on a double click, with one idempotency key', async () => {
    const adapter = memory();
    const keys: string[] = [];
    const base = adapter.shareCard;
    const el = await composer(
      withShare(adapter, { createPost: (draft, options: CreateOptions) => (keys.push(options.idempotencyKey), base.createPost(draft, options)) }),
    );
    await fillBasics(el);
    const saved = nextEvent(el, 'chorus-post-saved');
    const save = buttonNamed(el, 'Save draft')!;
    save.click();
    save.click();
    const event = await saved;
    expect(event.submitted).to.equal(false);
    expect(event.post.status).to.equal('draft');
    await waitFor(() => textOf(el).includes('Draft saved.'), 'saved');
    const queue = await queueAs(adapter, AUTHOR);
    expect(queue.map((p) => p.id)).to.deep.equal([event.post.id]);
    expect(new Set(keys).size).to.equal(1);
  });

  it('after a create that landed but failed on the way back, “Try again” sends the same key and makes no second post', async () => {
    const adapter = memory();
    const keys: string[] = [];
    const base = adapter.shareCard;
    let fail = true;
    const el = await composer(
      withShare(adapter, {
        createPost: async (draft, options: CreateOptions) => {
          keys.push(options.idempotencyKey);
          const post = await base.createPost(draft, options);
          if (fail) throw new NetworkError();
          return post;
        },
      }),
    );
    await fillBasics(el);
    buttonNamed(el, 'Save draft')!.click();
    const alert = await waitFor(() => deepQuery(el, '.failure[role="alert"]'), 'the failure');
    expect(textOf(alert)).to.include('The post wasn’t saved; everything you typed is still here.');
    expect(textOf(alert)).to.include('We couldn’t reach the service.');
    expect(field(el, 'Title').value).to.equal('We are hiring in Lyon');
    fail = false;
    buttonNamed(el, 'Try again')!.click();
    await waitFor(() => textOf(el).includes('Draft saved.'), 'saved');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(await queueAs(adapter, AUTHOR)).to.have.length(1);
  });

  it('submits for approval: an approver finds it submitted in the queue', async () => {
    const adapter = memory();
    const el = await composer(adapter);
    await fillBasics(el, 'Open day in Porto');
    const saved = nextEvent(el, 'chorus-post-saved');
    buttonNamed(el, 'Submit for approval')!.click();
    const event = await saved;
    expect(event.submitted).to.equal(true);
    await waitFor(() => textOf(el).includes('Submitted for approval.'), 'submitted');
    const queue = await queueAs(adapter, APPROVER);
    const post = queue.find((p) => p.id === event.post.id);
    expect(post?.status).to.equal('submitted');
    expect(post?.title).to.equal('Open day in Porto');
    expect(queue.filter((p) => p.title === 'Open day in Porto')).to.have.length(1);
    // Submitted, it is the approvers' now: the composer is ready for the next post.
    expect(field(el, 'Title').value).to.equal('');
  });

  it('when the submit fails after the save: the save reported, the reason shown, “Try again” submits that same post', async () => {
    const adapter = memory();
    const base = adapter.shareCard;
    let fail = true;
    const el = await composer(withShare(adapter, { actOnPost: (id, request) => (fail ? Promise.reject(new NetworkError()) : base.actOnPost(id, request)) }));
    await fillBasics(el, 'Open day in Faro');
    const saved = nextEvent(el, 'chorus-post-saved');
    buttonNamed(el, 'Submit for approval')!.click();
    const first = await saved;
    expect([first.submitted, first.post.status]).to.deep.equal([false, 'draft']);
    const alert = await waitFor(() => deepQuery(el, '.failure[role="alert"]'), 'the failure');
    expect(textOf(alert)).to.include('The post was saved but not submitted for approval.');
    expect(field(el, 'Title').value).to.equal('Open day in Faro');
    fail = false;
    const submitted = nextEvent(el, 'chorus-post-saved');
    buttonNamed(el, 'Try again')!.click();
    const second = await submitted;
    expect([second.submitted, second.post.id, second.post.status]).to.deep.equal([true, first.post.id, 'submitted']);
    expect((await queueAs(adapter, AUTHOR)).filter((p) => p.title === 'Open day in Faro')).to.have.length(1);
  });

  it('edits a returned post in place: its comment shown, the same id submitted again', async () => {
    const adapter = memory();
    const created = await adapter.shareCard.createPost(DRAFT, { idempotencyKey: 'k-lisbon' });
    await adapter.shareCard.actOnPost(created.id, { action: 'submit' });
    adapter.setCurrentUser(APPROVER);
    await adapter.shareCard.actOnPost(created.id, { action: 'return', comment: 'Add the opening date, please.' });
    adapter.setCurrentUser(AUTHOR);
    const returned = await adapter.shareCard.getPost(created.id);

    const el = await composer(adapter, returned);
    expect(textOf(deepQuery(el, '.returned')!)).to.equal('Sent back to you with this comment: Add the opening date, please.');
    expect(field(el, 'Title').value).to.equal('Our new Lisbon office');
    paste(el, 'Title', 'Our new Lisbon office opens on 5 January');
    const saved = nextEvent(el, 'chorus-post-saved');
    buttonNamed(el, 'Submit for approval')!.click();
    const event = await saved;
    expect(event.post.id).to.equal(created.id);
    const queue = await queueAs(adapter, APPROVER);
    expect(queue.filter((p) => p.title.startsWith('Our new Lisbon office')).map((p) => [p.id, p.status, p.title])).to.deep.equal([
      [created.id, 'submitted', 'Our new Lisbon office opens on 5 January'],
    ]);
  });

  it('offers an approver editing a submitted post “Save” only', async () => {
    const adapter = memory(APPROVER);
    const post = await adapter.shareCard.getPost('post-suggested-trust');
    const el = await composer(adapter, post);
    expect(buttonNamed(el, 'Submit for approval')).to.equal(undefined);
    expect(buttonNamed(el, 'Save draft')).to.equal(undefined);
    paste(el, 'Title', 'Why colleagues are trusted more than ads');
    const saved = nextEvent(el, 'chorus-post-saved');
    buttonNamed(el, /^Save$/)!.click();
    expect((await saved).post.status).to.equal('submitted');
    await waitFor(() => textOf(el).includes('Changes saved.'), 'saved');
    expect((await adapter.shareCard.getPost('post-suggested-trust')).title).to.equal('Why colleagues are trusted more than ads');
  });

  it('shows the backend’s field errors under their fields, focusing the first', async () => {
    const adapter = memory();
    const refusal = new ValidationError([
      { field: 'topic', code: 'too-long', message: 'Keep it under 40 characters.', params: { max: 40 } },
      { field: 'title', code: 'required', message: 'Give the post a title.' },
    ]);
    const el = await composer(withShare(adapter, { createPost: () => Promise.reject(refusal) }));
    await fillBasics(el);
    paste(el, 'Topic', 'Careers');
    const failed = nextEvent(el, 'chorus-error');
    buttonNamed(el, 'Save draft')!.click();
    expect((await failed).operation).to.equal('createPost');
    const title = field(el, 'Title');
    await waitFor(() => el.shadowRoot!.activeElement === title, 'the title focused');
    expect(errorOf(title)).to.equal('Give the post a title.');
    expect(errorOf(field(el, 'Topic'))).to.equal('Keep it to 40 characters or fewer.');
    expect(field(el, 'Topic').value).to.equal('Careers');
  });

  it('shows a backend’s error for a field the form does not draw above the buttons, with no retry', async () => {
    const refusal = new ValidationError([{ field: 'captions.teams', code: 'invalid', message: 'Teams captions cannot hold links.' }]);
    const el = await composer(withShare(memory(), { createPost: () => Promise.reject(refusal) }));
    await fillBasics(el);
    buttonNamed(el, 'Save draft')!.click();
    const alert = await waitFor(() => deepQuery(el, '.failure[role="alert"]'), 'the message');
    expect(textOf(alert)).to.equal('Some fields need your attention. Teams captions cannot hold links.');
    expect(buttonNamed(el, 'Try again')).to.equal(undefined);
  });

  it('keeps the unsaved draft across a reload, and drops it once saved', async () => {
    const adapter = memory();
    const first = await composer(adapter);
    await fillBasics(first);
    paste(first, 'Required hashtags', '#Hiring');
    first.remove();

    // Someone else signed in, in the same tab, does not get it.
    const other = await composer(memory('p-34'));
    expect(field(other, 'Title').value).to.equal('');
    other.remove();

    const again = await composer(adapter);
    expect(field(again, 'Title').value).to.equal('We are hiring in Lyon');
    expect(field(again, 'Required hashtags').value).to.equal('#Hiring');
    expect(field<HTMLTextAreaElement>(again, 'Caption').value).to.equal('Join our team in Lyon!');
    buttonNamed(again, 'Save draft')!.click();
    await waitFor(() => textOf(again).includes('Draft saved.'), 'saved');
    again.remove();

    const fresh = await composer(adapter);
    expect(field(fresh, 'Title').value).to.equal('');
  });

  it('drops the draft on Cancel, unless the page keeps the composer open', async () => {
    const adapter = memory();
    const el = await fixture<ChorusPostComposer>(html`<chorus-post-composer .adapter=${adapter}></chorus-post-composer>`);
    await waitFor(() => deepQuery(el, 'form'));
    await fillBasics(el);
    const kept = (e: Event) => e.preventDefault();
    el.addEventListener('chorus-post-cancel', kept);
    buttonNamed(el, 'Cancel')!.click();
    await el.updateComplete;
    expect(field(el, 'Title').value).to.equal('We are hiring in Lyon');
    el.removeEventListener('chorus-post-cancel', kept);
    const cancelled = nextEvent(el, 'chorus-post-cancel');
    buttonNamed(el, 'Cancel')!.click();
    await cancelled;
    await el.updateComplete;
    expect(field(el, 'Title').value).to.equal('');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('chorus:post-draft'))).to.deep.equal([]);
  });

  it('tells someone without the post-author role that they cannot write posts here', async () => {
    const adapter = memory('p-01');
    const el = await fixture<ChorusPostComposer>(html`<chorus-post-composer .adapter=${adapter}></chorus-post-composer>`);
    await waitFor(() => textOf(el).includes('Only post authors can write posts here.'), 'the notice');
    expect(deepQuery(el, 'form')).to.equal(undefined);
  });
});
