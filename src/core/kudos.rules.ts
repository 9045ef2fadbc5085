import { RateLimitedError, ValidationError, type FieldError, fieldError } from './errors.js';
import type { KudosConfig, KudosDraft, KudosImage, KudosVisibility } from './kudos.js';
import type { CurrentUser } from './people.js';
import { DATA_IMAGE_MAX_BYTES, imageUrlFault, type ImageUrlFault } from './image.rules.js';
import { graphemeCount, normalizeMessage } from './text.js';
import { lengthError } from './text.rules.js';

/*
 * The kudos rules every backend enforces — the embedded adapter and the reference server import
 * them from here, so widgets meet the same errors in the demo as in production. Plain functions
 * over domain data: no storage, no DOM. Validation reports every field at fault at once.
 */

export interface RateLimit {
  /** Kudos a person may give within the window. */
  max: number;
  windowSeconds: number;
}

export const REPORT_REASON_MAX = 500;

/** The limits of a kudos instance unless it configures others (the embedded adapter's defaults). */
export const DEFAULT_KUDOS_LIMITS: Readonly<Omit<KudosConfig, 'values' | 'reactions'>> = {
  messageMin: 10,
  messageMax: 500,
  commentMax: 300,
  maxRecipients: 10,
  requireValue: false,
};

/** Kudos one person may give per window unless configured otherwise. */
export const DEFAULT_RATE_LIMIT: Readonly<RateLimit> = { max: 10, windowSeconds: 60 };

/** A draft after validation: trimmed, recipients deduplicated. */
export interface ValidDraft {
  recipientIds: string[];
  message: string;
  valueId: string | null;
  image: KudosImage | null;
  visibility: KudosVisibility;
}

/** What visibility and permission checks need to know about a kudos, however it is stored. */
export interface KudosAudience {
  authorId: string;
  recipientIds: readonly string[];
  visibility: KudosVisibility;
  /** Set while a moderator (or enough reports: '') hides it: then only its author and moderators see it. */
  hiddenReason?: string | null;
}

/** Whether `url` may be an image address at all (core/image.rules.ts), whatever hosts the backend allows. */
export function isImageUrl(url: string): boolean {
  return imageUrlFault(url) === null;
}

const IMAGE_URL_MESSAGES: Record<ImageUrlFault, string> = {
  invalid: 'Use an http(s) address, or a PNG, JPEG, GIF, WebP or AVIF data:image.',
  'not-allowed': 'Images from this address are not allowed here.',
  'too-large': `Use an image of at most ${DATA_IMAGE_MAX_BYTES / 1024} KB.`,
};

/**
 * `people` needs only `has`: a Map of the directory, or a Set of the ids that exist. `imageHosts`:
 * the hosts images may come from (none by default: only small `data:` images).
 */
export function validateDraft(
  draft: KudosDraft,
  config: KudosConfig,
  people: { has(id: string): boolean },
  author: Pick<CurrentUser, 'id'>,
  imageHosts: readonly string[] = [],
): ValidDraft {
  const errors: FieldError[] = [];
  const message = normalizeMessage(String(draft.message ?? ''));
  const messageError = lengthError('message', message, config.messageMin, config.messageMax);
  if (messageError) errors.push(messageError);

  const recipientIds = Array.isArray(draft.recipientIds) ? [...new Set(draft.recipientIds)] : [];
  if (!recipientIds.length) {
    errors.push({ field: 'recipientIds', code: 'required', message: 'Choose at least one person.' });
  } else if (recipientIds.length > config.maxRecipients) {
    errors.push(fieldError('recipientIds', 'too-many', `Choose at most ${config.maxRecipients} people.`, { max: config.maxRecipients }));
  } else if (recipientIds.includes(author.id)) {
    errors.push({ field: 'recipientIds', code: 'self', message: 'You cannot give kudos to yourself.' });
  } else if (recipientIds.some((id) => !people.has(id))) {
    errors.push({ field: 'recipientIds', code: 'invalid', message: 'Someone you chose is not in the directory.' });
  }

  const valueId = draft.valueId || null;
  if (!valueId && config.requireValue) {
    errors.push({ field: 'valueId', code: 'required', message: 'Choose a company value.' });
  } else if (valueId && !config.values.some((v) => v.id === valueId)) {
    errors.push({ field: 'valueId', code: 'invalid', message: 'Choose one of the company values.' });
  }

  let image: KudosImage | null = null;
  if (draft.image) {
    const url = String(draft.image.url ?? '').trim();
    const alt = normalizeMessage(String(draft.image.alt ?? ''));
    if (!url) errors.push({ field: 'image.url', code: 'required', message: 'Add the image address.' });
    else {
      const fault = imageUrlFault(url, imageHosts);
      if (fault) errors.push({ field: 'image.url', code: fault, message: IMAGE_URL_MESSAGES[fault] });
    }
    if (!alt) errors.push({ field: 'image.alt', code: 'required', message: 'Describe the image for people who cannot see it.' });
    image = { url, alt };
  }

  const visibility = draft.visibility ?? 'public';
  if (visibility !== 'public' && visibility !== 'private') {
    errors.push({ field: 'visibility', code: 'invalid', message: 'Choose public or private.' });
  }

  if (errors.length) throw new ValidationError(errors);
  return { recipientIds, message, valueId, image, visibility };
}

export function validateComment(message: string, config: KudosConfig): string {
  const text = normalizeMessage(String(message ?? ''));
  const error = lengthError('message', text, 1, config.commentMax);
  if (error) throw new ValidationError([error]);
  return text;
}

export function validateReaction(emoji: string, config: KudosConfig): void {
  if (!config.reactions.includes(emoji)) {
    throw new ValidationError([{ field: 'emoji', code: 'invalid', message: 'Choose one of the offered reactions.' }]);
  }
}

/** The reason is optional (a report alone flags the kudos) but bounded. */
export function validateReportReason(reason: string): string {
  const text = normalizeMessage(String(reason ?? ''));
  if (graphemeCount(text) > REPORT_REASON_MAX) {
    throw new ValidationError([
      { field: 'reason', code: 'too-long', message: `Keep it under ${REPORT_REASON_MAX} characters.`, params: { max: REPORT_REASON_MAX } },
    ]);
  }
  return text;
}

export function isModerator(user: Pick<CurrentUser, 'roles'>): boolean {
  return user.roles.includes('moderator') || user.roles.includes('admin');
}

/**
 * Private kudos are seen only by the author, the recipients and moderators; hidden kudos (and
 * comments) only by their author and moderators.
 */
export function canSee(kudos: KudosAudience, user: Pick<CurrentUser, 'id' | 'roles'> | undefined): boolean {
  if (isHidden(kudos)) return !!user && (kudos.authorId === user.id || isModerator(user));
  if (kudos.visibility === 'public') return true;
  if (!user) return false;
  return kudos.authorId === user.id || kudos.recipientIds.includes(user.id) || isModerator(user);
}

/** Whether a moderator (or enough reports) hid it. */
export function isHidden(item: { hiddenReason?: string | null }): boolean {
  return typeof item.hiddenReason === 'string';
}

/** Whether `user` may see a kudos were it not hidden: who must hear that it went (hidden) or came back (restored). */
export function couldSee(kudos: KudosAudience, user: Pick<CurrentUser, 'id' | 'roles'> | undefined): boolean {
  return canSee({ ...kudos, hiddenReason: null }, user);
}

/** A hidden comment is seen by its author and moderators only; any other by whoever sees its kudos. */
export function canSeeComment(comment: { authorId: string; hiddenReason?: string | null }, user: Pick<CurrentUser, 'id' | 'roles'> | undefined): boolean {
  return !isHidden(comment) || (!!user && (comment.authorId === user.id || isModerator(user)));
}

export function canDelete(kudos: KudosAudience, user: Pick<CurrentUser, 'id' | 'roles'>): boolean {
  return kudos.authorId === user.id || isModerator(user);
}

/**
 * Throws RateLimitedError when `recent` (epoch ms of this person's recent kudos) is full;
 * otherwise returns the timestamps still inside the window, to store with the new one.
 */
export function checkRateLimit(recent: readonly number[], now: number, limit: RateLimit): number[] {
  const windowMs = limit.windowSeconds * 1000;
  const inWindow = recent.filter((t) => t > now - windowMs).sort((a, b) => a - b);
  // A limit of 0 allows nothing: wait a whole window (there is no oldest action to count from).
  if (limit.max <= 0) throw new RateLimitedError(Math.max(1, limit.windowSeconds));
  if (inWindow.length >= limit.max) {
    const oldest = inWindow[inWindow.length - limit.max]!;
    throw new RateLimitedError(Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)));
  }
  return inWindow;
}
