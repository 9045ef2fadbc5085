import { ConflictError, ForbiddenError, ValidationError, type FieldError, fieldError } from './errors.js';
import { HASHTAG, composeCaption } from './share-card.caption.js';
import { countCaption } from './share-card.count.js';
import type { Post, PostActionRequest, PostDraft, PostImage, PostStatus, ShareNetwork, ShareRole, Suggestion } from './share-card.domain.js';
import { isHttpUrl } from './share-card.links.js';
import { graphemeCount, normalizeMessage } from './text.js';
import { isDate, lengthError } from './text.rules.js';

/*
 * The share card's rules every backend enforces (the embedded adapter and the reference server
 * import them), so authors meet the same errors in the demo as in production. Plain functions:
 * no storage, no DOM. Validation reports every field at fault at once.
 */

export const POST_LIMITS = {
  titleMax: 120,
  altMax: 300,
  topicMax: 40,
  disclosureMax: 50,
  hashtagMax: 60,
  hashtagsMax: 10,
  noteMax: 500,
  commentMax: 500,
} as const;

/** Anyone who can act on posts: `roles` holds the directory's roles plus the share card's. */
export interface PostActor {
  id: string;
  roles: readonly string[];
}

const has = (user: PostActor | undefined, role: ShareRole) => !!user && (user.roles.includes(role) || user.roles.includes('admin'));
export const isPostAuthor = (user: PostActor | undefined) => has(user, 'post-author');
export const isPostApprover = (user: PostActor | undefined) => has(user, 'post-approver');

const invalid = (field: string, message: string): FieldError => ({ field, code: 'invalid', message });
/** A checked date as every backend stores and answers it (SQL's timestamptz comes back so): ISO 8601 in UTC. */
const canonicalDate = (value: string | null) => (value !== null && isDate(value) ? new Date(value).toISOString() : value);

/** Checks a post draft; returns it trimmed, with its captions normalised and locked parts kept. */
export function validatePostDraft(draft: PostDraft): PostDraft {
  const errors: FieldError[] = [];
  const title = normalizeMessage(String(draft.title ?? ''));
  const titleError = lengthError('title', title, 1, POST_LIMITS.titleMax);
  if (titleError) errors.push(titleError.code === 'required' ? { ...titleError, message: 'Give the post a title.' } : titleError);

  const linkUrl = String(draft.link?.url ?? '').trim();
  if (!linkUrl) errors.push({ field: 'link.url', code: 'required', message: 'Add the link to share.' });
  else if (!isHttpUrl(linkUrl)) errors.push(invalid('link.url', 'Use an http(s) address.'));

  let image: PostImage | null = null;
  if (draft.image) {
    const url = String(draft.image.url ?? '').trim();
    const alt = normalizeMessage(String(draft.image.alt ?? ''));
    if (!isHttpUrl(url)) errors.push(invalid('image.url', 'Use an http(s) image address.'));
    if (!alt) errors.push({ field: 'image.alt', code: 'required', message: 'Describe the image for people who cannot see it.' });
    else if (graphemeCount(alt) > POST_LIMITS.altMax)
      errors.push({ field: 'image.alt', code: 'too-long', message: `Keep it under ${POST_LIMITS.altMax} characters.`, params: { max: POST_LIMITS.altMax } });
    image = { url, alt };
  }

  const disclosure = normalizeMessage(String(draft.locked?.disclosure ?? '')) || null;
  if (disclosure && (disclosure.includes('\n') || graphemeCount(disclosure) > POST_LIMITS.disclosureMax)) {
    errors.push(invalid('locked.disclosure', `Keep the disclosure to one line under ${POST_LIMITS.disclosureMax} characters.`));
  }
  const hashtags = [...new Set((draft.locked?.hashtags ?? []).map((tag) => String(tag).trim()).filter(Boolean))];
  if (hashtags.length > POST_LIMITS.hashtagsMax) {
    errors.push(fieldError('locked.hashtags', 'too-many', `Require at most ${POST_LIMITS.hashtagsMax} hashtags.`, { max: POST_LIMITS.hashtagsMax }));
  } else if (hashtags.some((tag) => !HASHTAG.test(tag) || tag.length > POST_LIMITS.hashtagMax)) {
    errors.push(invalid('locked.hashtags', 'A hashtag is # followed by letters, digits or _.'));
  }
  const locked = { disclosure, hashtags };

  // Each caption as it will be shared (locked parts put back, and on X the link after it) must fit
  // its network; the default must fit LinkedIn's, the strictest of those without their own variant.
  const captions = { ...draft.captions, default: composeCaption(String(draft.captions?.default ?? ''), locked) };
  for (const [key, text] of Object.entries(draft.captions ?? {})) {
    if (key === 'default' || typeof text !== 'string') continue;
    captions[key as ShareNetwork] = composeCaption(text, locked);
  }
  for (const [key, text] of Object.entries(captions)) {
    const network = (key === 'default' ? 'linkedin' : key) as ShareNetwork;
    const count = countCaption(text ?? '', network, linkUrl);
    if (count.over)
      errors.push({ field: `captions.${key}`, code: 'too-long', message: `Keep it under ${count.limit} characters.`, params: { max: count.limit } });
  }

  const topic = normalizeMessage(String(draft.topic ?? '')) || null;
  if (topic && graphemeCount(topic) > POST_LIMITS.topicMax)
    errors.push({ field: 'topic', code: 'too-long', message: `Keep it under ${POST_LIMITS.topicMax} characters.`, params: { max: POST_LIMITS.topicMax } });

  const publishAt = draft.publishAt || null,
    expireAt = draft.expireAt || null;
  if (publishAt && !isDate(publishAt)) errors.push(invalid('publishAt', 'Choose a valid date.'));
  if (expireAt && !isDate(expireAt)) errors.push(invalid('expireAt', 'Choose a valid date.'));
  else if (publishAt && expireAt && isDate(publishAt) && Date.parse(expireAt) <= Date.parse(publishAt)) {
    errors.push(invalid('expireAt', 'The post must expire after it is published.'));
  }

  if (errors.length) throw new ValidationError(errors);
  return {
    title,
    captions,
    image,
    link: { url: linkUrl },
    locked,
    topic,
    publishAt: canonicalDate(publishAt),
    expireAt: canonicalDate(expireAt),
    captionEditable: draft.captionEditable !== false,
  };
}

/** An employee's suggestion: an http(s) link and a short note. */
export function validateSuggestion(suggestion: Suggestion): Suggestion {
  const errors: FieldError[] = [];
  const url = String(suggestion.url ?? '').trim();
  if (!url) errors.push({ field: 'url', code: 'required', message: 'Add the link to suggest.' });
  else if (!isHttpUrl(url)) errors.push(invalid('url', 'Use an http(s) address.'));
  const note = normalizeMessage(String(suggestion.note ?? ''));
  if (graphemeCount(note) > POST_LIMITS.noteMax)
    errors.push({ field: 'note', code: 'too-long', message: `Keep it under ${POST_LIMITS.noteMax} characters.`, params: { max: POST_LIMITS.noteMax } });
  if (errors.length) throw new ValidationError(errors);
  return { url, note };
}

/** What a suggestion's sharers may not remove until an approver says otherwise: the employee disclosure. */
export const SUGGESTION_LOCKED = { disclosure: '#employee', hashtags: [] } as const;

/**
 * A checked suggestion as a post's draft: the note as its caption, the link's address (host and
 * path, as short as fits) as a working title the approver replaces before publishing.
 */
export function suggestionDraft(suggestion: Suggestion): PostDraft {
  const { url, note } = validateSuggestion(suggestion);
  const { host, pathname } = new URL(url);
  const title = `${host}${pathname === '/' ? '' : pathname}`;
  return {
    title: [...title].length > POST_LIMITS.titleMax ? `${[...title].slice(0, POST_LIMITS.titleMax - 1).join('')}…` : title,
    captions: { default: note },
    image: null,
    link: { url },
    locked: { disclosure: SUGGESTION_LOCKED.disclosure, hashtags: [...SUGGESTION_LOCKED.hashtags] },
    topic: null,
    publishAt: null,
    expireAt: null,
    captionEditable: true,
  };
}

/**
 * Who may change a post's content: its author while it is theirs to change (a draft, or returned
 * to them); an approver while it waits for approval or publication (polishing a suggestion before
 * approving it). A published post stays as its sharers saw it: archive it and write another.
 */
export function canEdit(post: PostState, user: PostActor | undefined, now: number = Date.now()): boolean {
  if (!user) return false;
  if (['draft', 'returned'].includes(post.status)) return post.authorId === user.id && (isPostAuthor(user) || user.roles.includes('admin'));
  // An approved post is published once its time comes: by what it shows now, not its stored status.
  return ['submitted', 'scheduled'].includes(visibleStatus(post, now)) && isPostApprover(user);
}

export type PostAction = 'submit' | 'approve' | 'return' | 'schedule' | 'archive';

/**
 * Who moves a post from where. Authors submit their own drafts (again after a return); approvers
 * approve, return with a comment, schedule (or reschedule) and archive; an author may also archive
 * their own unpublished post. Approving one's own post needs another approver (or an admin): the
 * approval is a second pair of eyes.
 */
const FROM: Readonly<Record<PostAction, readonly PostStatus[]>> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted', 'approved', 'scheduled'],
  schedule: ['submitted', 'approved', 'scheduled'],
  archive: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'expired'],
};
const TO: Readonly<Record<PostAction, PostStatus>> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  schedule: 'scheduled',
  archive: 'archived',
};

export interface PostState {
  status: PostStatus;
  authorId: string;
  publishAt: string | null;
  expireAt: string | null;
}

/** A post as the port answers it (its author as a person) in the shape the rules take. */
export function postState(post: Pick<Post, 'status' | 'author' | 'publishAt' | 'expireAt'>): PostState {
  return { status: post.status, authorId: post.author.id, publishAt: post.publishAt, expireAt: post.expireAt };
}

export function canPerform(action: PostAction, post: Pick<PostState, 'status' | 'authorId'>, user: PostActor | undefined): boolean {
  if (!user || !FROM[action].includes(post.status)) return false;
  const own = post.authorId === user.id;
  const admin = user.roles.includes('admin');
  switch (action) {
    case 'submit':
      return (own && isPostAuthor(user)) || admin;
    case 'approve':
      return isPostApprover(user) && (!own || admin);
    case 'archive':
      return isPostApprover(user) || (own && ['draft', 'returned', 'submitted'].includes(post.status));
    default:
      return isPostApprover(user);
  }
}

/**
 * The post after `action`, or a ForbiddenError (not theirs to do), ConflictError (not from this
 * status: someone acted first) or ValidationError (a return without comment, bad dates).
 */
export function transition(
  post: PostState,
  action: PostAction,
  user: PostActor | undefined,
  input: { comment?: string | null; publishAt?: string | null; expireAt?: string | null; now?: number } = {},
): PostState & { returnComment: string | null } {
  if (!FROM[action].includes(post.status)) throw new ConflictError(`A ${post.status} post cannot be ${action === 'return' ? 'returned' : `${action}d`}.`);
  if (!canPerform(action, post, user)) throw new ForbiddenError();
  let { publishAt, expireAt } = post;
  let returnComment: string | null = null;
  if (action === 'return') {
    returnComment = normalizeMessage(String(input.comment ?? ''));
    const error = lengthError('comment', returnComment, 1, POST_LIMITS.commentMax);
    if (error) throw new ValidationError([error.code === 'required' ? { ...error, message: 'Say what to change.' } : error]);
  }
  // Approved with no publish time: published now, so it reaches the top of the feed (ordered by publish time).
  if (action === 'approve' && publishAt === null && input.now !== undefined) publishAt = new Date(input.now).toISOString();
  if (action === 'schedule') {
    publishAt = input.publishAt ?? null;
    expireAt = input.expireAt === undefined ? expireAt : input.expireAt;
    const errors: FieldError[] = [];
    if (!isDate(publishAt)) errors.push({ field: 'publishAt', code: 'required', message: 'Choose when to publish.' });
    if (expireAt !== null && !isDate(expireAt)) errors.push(invalid('expireAt', 'Choose a valid date.'));
    else if (expireAt !== null && isDate(publishAt) && Date.parse(expireAt) <= Date.parse(publishAt!))
      errors.push(invalid('expireAt', 'The post must expire after it is published.'));
    if (errors.length) throw new ValidationError(errors);
  }
  return { ...post, status: TO[action], publishAt: canonicalDate(publishAt), expireAt: canonicalDate(expireAt), returnComment };
}

/** A publishing step as the port receives it (PostActionRequest), taken by `user` at `now`: what both backends store. */
export function applyAction(
  post: PostState,
  request: PostActionRequest,
  user: PostActor | undefined,
  now: number,
): PostState & { returnComment: string | null } {
  const input = request.action === 'return' ? { comment: request.comment } : request.action === 'schedule' ? request : {};
  return transition(post, request.action, user, { ...input, now });
}

/** What a post shows at `now`: an approved or scheduled post is scheduled, published or expired by its dates. */
export function visibleStatus(post: Pick<PostState, 'status' | 'publishAt' | 'expireAt'>, now: number): PostStatus {
  if (!['approved', 'scheduled', 'published', 'expired'].includes(post.status)) return post.status;
  if (post.expireAt && Date.parse(post.expireAt) <= now) return 'expired';
  if (post.publishAt && Date.parse(post.publishAt) > now) return 'scheduled';
  return 'published';
}
