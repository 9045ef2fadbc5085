import { expect } from '@open-wc/testing';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/core/errors.js';
import type { PostDraft } from '../../src/core/share-card.domain.js';
import {
  applyAction,
  canEdit,
  canPerform,
  suggestionDraft,
  transition,
  validatePostDraft,
  validateSuggestion,
  visibleStatus,
  type PostState,
} from '../../src/core/share-card.rules.js';

const draft = (overrides: Partial<PostDraft> = {}): PostDraft => ({
  title: 'Our Q3 results',
  captions: { default: 'Proud of the team!' },
  image: null,
  link: { url: 'https://contoso.com/q3' },
  locked: { disclosure: '#employee', hashtags: ['#Contoso'] },
  topic: 'News',
  publishAt: null,
  expireAt: null,
  captionEditable: true,
  ...overrides,
});

/** The field codes a ValidationError carries, or [] when the call succeeds. */
function fieldErrors(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.fieldErrors.map((f) => `${f.field}:${f.code}`);
  }
}

const author = { id: 'ana', roles: ['post-author'] };
const approver = { id: 'bo', roles: ['post-approver'] };
const admin = { id: 'root', roles: ['admin'] };
const employee = { id: 'cy', roles: [] };
const post = (status: PostState['status'], authorId = 'ana'): PostState => ({ status, authorId, publishAt: null, expireAt: null });

describe('share card rules: drafts', () => {
  it('accepts a good draft and returns it trimmed, with the locked parts in each caption', () => {
    const valid = validatePostDraft(draft({ title: '  Our Q3 results ', captions: { default: 'Proud!', x: 'Short  one' } }));
    expect(valid.title).to.equal('Our Q3 results');
    expect(valid.captions).to.deep.equal({ default: 'Proud! #employee #Contoso', x: 'Short one #employee #Contoso' });
  });

  it('reports every field at fault at once', () => {
    expect(
      fieldErrors(() =>
        validatePostDraft(
          draft({
            title: ' ',
            link: { url: 'javascript:alert(1)' },
            image: { url: 'data:image/png;base64,AAAA', alt: '' },
            locked: { disclosure: 'line one\nline two', hashtags: ['no-hash'] },
            publishAt: '2026-12-10T00:00:00Z',
            expireAt: '2026-12-01T00:00:00Z',
          }),
        ),
      ),
    ).to.deep.equal([
      'title:required',
      'link.url:invalid',
      'image.url:invalid',
      'image.alt:required',
      'locked.disclosure:invalid',
      'locked.hashtags:invalid',
      'expireAt:invalid',
    ]);
  });

  it('wants the link, an http(s) image with alt text, and well-formed hashtags', () => {
    expect(fieldErrors(() => validatePostDraft(draft({ link: { url: '' } })))).to.deep.equal(['link.url:required']);
    expect(fieldErrors(() => validatePostDraft(draft({ link: { url: 'https://user:pw@contoso.com' } })))).to.deep.equal(['link.url:invalid']);
    expect(fieldErrors(() => validatePostDraft(draft({ image: { url: 'https://contoso.com/a.png', alt: 'Team photo' } })))).to.deep.equal([]);
    expect(fieldErrors(() => validatePostDraft(draft({ locked: { disclosure: null, hashtags: ['#ok', '#日本', '#a b'] } })))).to.deep.equal([
      'locked.hashtags:invalid',
    ]);
    expect(
      fieldErrors(() => validatePostDraft(draft({ locked: { disclosure: null, hashtags: Array.from({ length: 11 }, (_, i) => `#t${i}`) } }))),
    ).to.deep.equal(['locked.hashtags:too-many']);
  });

  it('holds each caption to its network once the locked parts are added (X counts weighted)', () => {
    // 237 + " #employee #Contoso" (19) + the link X adds (1 + 23) = 280: fits; one more does not.
    expect(fieldErrors(() => validatePostDraft(draft({ captions: { default: 'ok', x: 'a'.repeat(237) } })))).to.deep.equal([]);
    expect(fieldErrors(() => validatePostDraft(draft({ captions: { default: 'ok', x: 'a'.repeat(238) } })))).to.deep.equal(['captions.x:too-long']);
    expect(fieldErrors(() => validatePostDraft(draft({ captions: { default: 'a'.repeat(2990) } })))).to.deep.equal(['captions.default:too-long']);
    expect(fieldErrors(() => validatePostDraft(draft({ captions: { default: 'ok', x: '我'.repeat(118) } })))).to.deep.equal([]);
    expect(fieldErrors(() => validatePostDraft(draft({ captions: { default: 'ok', x: '我'.repeat(119) } })))).to.deep.equal(['captions.x:too-long']);
  });

  it('checks a suggestion: an http(s) link and a short note', () => {
    expect(validateSuggestion({ url: ' https://contoso.com/blog ', note: ' Worth sharing ' })).to.deep.equal({
      url: 'https://contoso.com/blog',
      note: 'Worth sharing',
    });
    expect(fieldErrors(() => validateSuggestion({ url: 'data:text/html,hi', note: 'x'.repeat(501) }))).to.deep.equal(['url:invalid', 'note:too-long']);
  });
});

describe('share card rules: publishing', () => {
  it('lets an author submit their own draft, and again after a return; no one else', () => {
    expect(transition(post('draft'), 'submit', author).status).to.equal('submitted');
    expect(transition(post('returned'), 'submit', author).status).to.equal('submitted');
    expect(() => transition(post('draft', 'other'), 'submit', author)).to.throw(ForbiddenError);
    expect(() => transition(post('draft'), 'submit', employee)).to.throw(ForbiddenError);
  });

  it('lets an approver approve, return with a comment, schedule and archive; not approve their own post', () => {
    expect(transition(post('submitted'), 'approve', approver).status).to.equal('approved');
    expect(() => transition(post('submitted', 'bo'), 'approve', approver)).to.throw(ForbiddenError);
    expect(transition(post('submitted', 'root'), 'approve', admin).status).to.equal('approved');
    expect(() => transition(post('submitted'), 'approve', author)).to.throw(ForbiddenError);
    expect(transition(post('submitted'), 'return', approver, { comment: ' Shorter title ' })).to.include({
      status: 'returned',
      returnComment: 'Shorter title',
    });
    expect(fieldErrors(() => transition(post('submitted'), 'return', approver, { comment: '  ' }))).to.deep.equal(['comment:required']);
    expect(transition(post('published'), 'archive', approver).status).to.equal('archived');
    expect(canPerform('archive', post('published'), author)).to.equal(false);
    expect(canPerform('archive', post('draft'), author)).to.equal(true);
  });

  it('refuses a move from the wrong status as a conflict (someone acted first)', () => {
    expect(() => transition(post('approved'), 'approve', approver)).to.throw(ConflictError);
    expect(() => transition(post('archived'), 'archive', admin)).to.throw(ConflictError);
    expect(() => transition(post('draft'), 'schedule', approver, { publishAt: '2026-12-10T00:00:00Z' })).to.throw(ConflictError);
  });

  it('schedules with a publish date before the expiry, the dates in UTC as every backend answers them', () => {
    const scheduled = transition(post('approved'), 'schedule', approver, { publishAt: '2026-12-10T10:00:00+01:00', expireAt: '2026-12-31T00:00:00Z' });
    expect(scheduled).to.include({ status: 'scheduled', publishAt: '2026-12-10T09:00:00.000Z', expireAt: '2026-12-31T00:00:00.000Z' });
    expect(fieldErrors(() => transition(post('approved'), 'schedule', approver, {}))).to.deep.equal(['publishAt:required']);
    // A day its month does not have is no date (Date.parse would roll it over to March).
    expect(fieldErrors(() => transition(post('approved'), 'schedule', approver, { publishAt: '2026-02-30T09:00:00Z' }))).to.deep.equal(['publishAt:required']);
    expect(transition(post('approved'), 'schedule', approver, { publishAt: '2028-02-29T09:00:00Z' }).publishAt).to.equal('2028-02-29T09:00:00.000Z');
    expect(
      fieldErrors(() => transition(post('approved'), 'schedule', approver, { publishAt: '2026-12-10T09:00:00Z', expireAt: '2026-12-10T09:00:00Z' })),
    ).to.deep.equal(['expireAt:invalid']);
  });

  it('shows a scheduled post as scheduled, then published, then expired', () => {
    const t = Date.parse('2026-12-10T09:00:00Z');
    const p = { status: 'scheduled' as const, publishAt: '2026-12-10T09:00:00Z', expireAt: '2026-12-31T00:00:00Z' };
    expect(visibleStatus(p, t - 1)).to.equal('scheduled');
    expect(visibleStatus(p, t)).to.equal('published');
    expect(visibleStatus(p, Date.parse('2026-12-31T00:00:00Z'))).to.equal('expired');
    expect(visibleStatus({ status: 'approved', publishAt: null, expireAt: null }, t)).to.equal('published');
    expect(visibleStatus({ status: 'submitted', publishAt: '2020-01-01T00:00:00Z', expireAt: null }, t)).to.equal('submitted');
    expect(visibleStatus({ status: 'archived', publishAt: null, expireAt: null }, t)).to.equal('archived');
  });
});

describe('share card rules: editing and suggestions', () => {
  it('lets the author edit their draft or returned post, an approver a waiting one, nobody a published one (by its dates)', () => {
    expect(canEdit(post('draft'), author)).to.equal(true);
    expect(canEdit(post('returned'), author)).to.equal(true);
    expect(canEdit(post('submitted'), author)).to.equal(false);
    expect(canEdit(post('draft'), approver)).to.equal(false);
    expect(canEdit(post('submitted'), approver)).to.equal(true);
    expect(canEdit({ ...post('scheduled'), publishAt: '2999-01-01T00:00:00Z' }, approver)).to.equal(true);
    expect(canEdit(post('published'), approver)).to.equal(false);
    // Approved with no publish time (or one that has come): published, so no longer editable.
    expect(canEdit(post('approved'), approver)).to.equal(false);
    expect(canEdit({ ...post('scheduled'), publishAt: '2026-12-10T09:00:00Z' }, approver, Date.parse('2026-12-11T00:00:00Z'))).to.equal(false);
    expect(canEdit(post('draft', 'cy'), employee)).to.equal(false);
  });

  it("turns a suggestion into a draft titled by its link's address, the note as caption and the disclosure locked", () => {
    const suggested = suggestionDraft({ url: ' https://www.example.org/research/trust?x=1 ', note: 'Worth a read.' });
    expect(suggested.title).to.equal('www.example.org/research/trust');
    expect(suggested.link.url).to.equal('https://www.example.org/research/trust?x=1');
    expect(suggested.captions.default).to.equal('Worth a read.');
    expect(suggested.locked.disclosure).to.equal('#employee');
    expect(validatePostDraft(suggested).captions.default).to.equal('Worth a read. #employee');
  });

  it('refuses a suggestion that is not an http(s) link', () => {
    expect(fieldErrors(() => suggestionDraft({ url: 'javascript:alert(1)', note: '' }))).to.deep.equal(['url:invalid']);
  });
});

describe('share card rules: approving publishes now', () => {
  it('sets the publish time to the moment of approval when none was set, and keeps a scheduled one', () => {
    const now = Date.parse('2026-12-02T16:00:00Z');
    expect(applyAction(post('submitted'), { action: 'approve' }, approver, now).publishAt).to.equal('2026-12-02T16:00:00.000Z');
    const later = { ...post('submitted'), publishAt: '2026-12-24T08:00:00.000Z' };
    expect(applyAction(later, { action: 'approve' }, approver, now).publishAt).to.equal('2026-12-24T08:00:00.000Z');
    expect(applyAction(post('submitted'), { action: 'return', comment: 'Shorter, please.' }, approver, now).returnComment).to.equal('Shorter, please.');
  });
});
