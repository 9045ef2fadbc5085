import { html, nothing, type TemplateResult } from 'lit';
import type { Post, PostStatus } from '../../core/share-card.domain.js';
import { isHttpUrl } from '../../core/share-card.links.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/*
 * The post as people see it: its image, title, the link's preview and who shared it. Backend
 * text goes through text bindings only, in its own direction; an image or link that is not
 * http(s) is never rendered (no src, no href), whatever the backend sent.
 */

export function postHeader(post: Post, t: ChorusLocalize): TemplateResult {
  const image = post.image && isHttpUrl(post.image.url) ? post.image : null;
  return html`${image ? html`<img part="image" class="image" src=${image.url} alt=${image.alt} loading="lazy" />` : nothing}
    <h2 part="title" class="title" dir="auto" tabindex="-1">${post.title}</h2>
    ${linkPreview(post, t)}`;
}

function linkPreview(post: Post, t: ChorusLocalize): TemplateResult | typeof nothing {
  const { url, preview } = post.link;
  const href = isHttpUrl(url) ? url : null;
  if (!preview && !href) return nothing;
  const image = preview?.imageUrl && isHttpUrl(preview.imageUrl) ? preview.imageUrl : null;
  const title = preview?.title || (href ? new URL(href).host : '');
  const site = preview?.site || (href ? new URL(href).host : '');
  const text = html`<span class="preview-title" dir="auto">${title}</span><span class="preview-site" dir="auto">${site}</span>`;
  return html`<div part="preview" class="preview" role="group" aria-label=${t.term('share-card.preview')}>
    ${image ? html`<img class="preview-image" src=${image} alt="" loading="lazy" />` : nothing}
    ${href ? html`<a class="preview-text" href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : html`<span class="preview-text">${text}</span>`}
  </div>`;
}

export function postStats(post: Post, t: ChorusLocalize): TemplateResult {
  return html`<p part="stats" class="stats">
    <span>${t.term('share-card.people', post.shares.people)}</span>
    <span>${t.term('share-card.clicks', post.clicks)}</span>
    ${post.sharedByMe ? html`<span class="badge mine">✓ ${t.term('share-card.mine')}</span>` : nothing}
  </p>`;
}

/** Why a post that is not published cannot be shared, or nothing. */
export function statusText(post: Post, status: PostStatus, t: ChorusLocalize): string | null {
  const date = (iso: string | null) => (iso ? t.date(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '');
  if (status === 'published') return isHttpUrl(post.link.url) ? null : t.term('share-card.bad-link');
  if (status === 'scheduled') return t.term('share-card.status.scheduled', date(post.publishAt));
  if (status === 'expired') return t.term('share-card.status.expired', date(post.expireAt));
  return t.term('share-card.status.unpublished');
}
