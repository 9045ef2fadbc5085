import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Post } from '../../core/share-card.domain.js';
import { isHttpUrl } from '../../core/share-card.links.js';
import { postTime } from '../../core/share-card.view.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/*
 * The feed's pieces as plain templates (one element for the list, templates for its items): the
 * topic filter, a compact post with its "Share" toggle and, when open, its whole share card.
 * Backend text only ever goes through text bindings; an image that is not http(s) is not drawn.
 */

const EXCERPT = 180;

/** The caption's first `max` graphemes (whole words where it can), with an ellipsis when cut. */
export function excerpt(text: string, max = EXCERPT): string {
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.trim()), (s) => s.segment);
  if (graphemes.length <= max) return graphemes.join('');
  const cut = graphemes.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd().replace(/[.,;:]+$/, '')}…`;
}

export function topicFilter(t: ChorusLocalize, topics: readonly string[], selected: string, change: (topic: string) => void): TemplateResult {
  return html`<div class="filter" part="filter">
    <label for="topic">${t.term('share-feed.topic')}</label>
    <select id="topic" @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!selected}>${t.term('share-feed.all-topics')}</option>
      ${topics.map((topic) => html`<option .value=${topic} ?selected=${topic === selected}>${topic}</option>`)}
    </select>
  </div>`;
}

/** Escape closes the open card, unless it closes one of the card's own dialogs (the guidelines). */
function closeOnEscape(event: KeyboardEvent, close: () => void): void {
  if (event.key !== 'Escape' || event.defaultPrevented || event.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
  event.preventDefault();
  close();
}

export interface FeedItemOptions {
  t: ChorusLocalize;
  now: number;
  open: boolean;
  adapter: ChorusAdapter | undefined;
  theme: 'light' | 'dark' | undefined;
  cardNow: () => number;
  toggle: () => void;
}

export function feedItem(post: Post, o: FeedItemOptions): TemplateResult {
  const { t } = o;
  const image = post.image && isHttpUrl(post.image.url) ? post.image : null;
  const title = `post-${post.id}-title`;
  const region = `post-${post.id}-share`;
  return html`<li class="item" part="item">
    <article aria-labelledby=${title}>
      ${image ? html`<img class="thumb" src=${image.url} alt=${image.alt} loading="lazy" />` : nothing}
      <div class="item-body">
        <h3 class="item-title" id=${title} dir="auto" tabindex="-1">${post.title}</h3>
        <p class="meta">
          ${post.topic ? html`<span class="badge topic" dir="auto">${post.topic}</span>` : nothing}
          <span>${t.term('share-feed.published', t.ago(postTime(post), o.now))}</span>
          ${post.sharedByMe ? html`<span class="badge mine">✓ ${t.term('share-feed.mine')}</span>` : nothing}
        </p>
        <p class="excerpt" dir="auto">${excerpt(post.captions.default)}</p>
        <p class="counts">
          <span>${t.term('share-feed.shares', post.shares.people)}</span>
          <span>${t.term('share-feed.clicks', post.clicks)}</span>
        </p>
      </div>
      <div class="item-actions">
        <button type="button" class=${o.open ? 'secondary share-toggle' : 'primary share-toggle'} data-post=${post.id}
          aria-expanded=${o.open ? 'true' : 'false'} aria-controls=${o.open ? region : nothing} aria-label=${t.term('share-feed.share.label', post.title)}
          @click=${o.toggle}>${t.term('share-feed.share')}</button>
      </div>
    </article>
    ${
      o.open
        ? html`<div class="share-region" id=${region} role="region" aria-labelledby=${title}
          @keydown=${(e: KeyboardEvent) => closeOnEscape(e, o.toggle)}>
          <chorus-share-card post-id=${post.id} .adapter=${o.adapter} .now=${o.cardNow} theme=${ifDefined(o.theme)}></chorus-share-card>
          <button type="button" class="ghost share-close" @click=${o.toggle}>${t.term('share-feed.share.close')}</button>
        </div>`
        : nothing
    }
  </li>`;
}
