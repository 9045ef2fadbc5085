import { idempotencyKey } from '../../core/idempotency-key.js';
import type { Captions, Post, PostDraft, ShareNetwork } from '../../core/share-card.domain.js';

/*
 * What the author typed, as typed: strings for every field (a date as the datetime-local input
 * holds it), so a failed check or send never changes a character. `toDraft` turns it into the
 * port's PostDraft; `fromPost` fills it from a stored post. Kept whole in sessionStorage.
 */

/** The networks an author may write a caption of their own for (the rest use the default). */
export const VARIANTS = ['x', 'linkedin'] as const satisfies readonly ShareNetwork[];
export type Variant = (typeof VARIANTS)[number];

export interface PostForm {
  title: string;
  link: string;
  imageUrl: string;
  imageAlt: string;
  topic: string;
  caption: string;
  /** A network's own caption; present (even empty) while its field is open. */
  variants: Partial<Record<Variant, string>>;
  disclosure: string;
  hashtags: string;
  captionEditable: boolean;
  /** `YYYY-MM-DDTHH:mm` in the author's time zone, or ''. */
  publishAt: string;
  expireAt: string;
  /** The create call's idempotency key: the same until a post is made, so a repeated click creates one. */
  key: string;
  /** The post this form saves to: the edited one, or the one a first save created. */
  postId: string | null;
}

export function emptyForm(): PostForm {
  return {
    title: '',
    link: '',
    imageUrl: '',
    imageAlt: '',
    topic: '',
    caption: '',
    variants: {},
    disclosure: '#employee',
    hashtags: '',
    captionEditable: true,
    publishAt: '',
    expireAt: '',
    key: idempotencyKey(),
    postId: null,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a datetime-local value in this browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant; what cannot be read is passed on for the rules to refuse. */
export function fromLocalInput(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  const time = new Date(text).getTime();
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** "#a, b  #c" → ['#a', '#b', '#c']: commas or spaces between, a missing '#' added. */
export function parseHashtags(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((tag) => (tag.startsWith('#') ? tag : `#${tag}`));
}

export function fromPost(post: Post): PostForm {
  const variants: PostForm['variants'] = {};
  for (const network of VARIANTS) if (post.captions[network] !== undefined) variants[network] = post.captions[network];
  return {
    title: post.title,
    link: post.link.url,
    imageUrl: post.image?.url ?? '',
    imageAlt: post.image?.alt ?? '',
    topic: post.topic ?? '',
    caption: post.captions.default,
    variants,
    disclosure: post.locked.disclosure ?? '',
    hashtags: post.locked.hashtags.join(' '),
    captionEditable: post.captionEditable,
    publishAt: toLocalInput(post.publishAt),
    expireAt: toLocalInput(post.expireAt),
    key: idempotencyKey(),
    postId: post.id,
  };
}

/** The draft the port takes; an image only when either of its fields holds something, empty variants left out. */
export function toDraft(form: PostForm): PostDraft {
  const captions: Captions = { default: form.caption };
  for (const network of VARIANTS) if (form.variants[network]?.trim()) captions[network] = form.variants[network];
  const hasImage = !!(form.imageUrl.trim() || form.imageAlt.trim());
  return {
    title: form.title,
    captions,
    image: hasImage ? { url: form.imageUrl, alt: form.imageAlt } : null,
    link: { url: form.link },
    locked: { disclosure: form.disclosure.trim() || null, hashtags: parseHashtags(form.hashtags) },
    topic: form.topic.trim() || null,
    publishAt: fromLocalInput(form.publishAt),
    expireAt: fromLocalInput(form.expireAt),
    captionEditable: form.captionEditable,
  };
}
