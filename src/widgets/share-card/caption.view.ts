import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { lockedTokens } from '../../core/share-card.caption.js';
import type { CaptionCount } from '../../core/share-card.count.js';
import type { Post } from '../../core/share-card.domain.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { captionCounter, composedCaption } from '../../ui/caption.view.js';
import * as icon from '../../ui/icons.js';

export interface CaptionViewContext {
  t: ChorusLocalize;
  post: Post;
  /** The network's name, as the labels say it. */
  name: string;
  /** The editor's text (the person's edit or the post's caption). */
  text: string;
  /** What will be shared: the text with the locked parts kept. */
  composed: string;
  count: CaptionCount;
  edited: boolean;
  /** The network's share URL takes no text: the caption is copied to paste. */
  paste: boolean;
  input: (text: string) => void;
  restore: () => void;
}

/**
 * The caption for the chosen network: an editor where the post allows it (else the text), the
 * locked parts as chips the person cannot remove (they are added back when deleted from the
 * text), and a live counter counted as the network counts, with a warning past its limit.
 */
export function captionView(c: CaptionViewContext): TemplateResult {
  const { t, post } = c;
  const locked = lockedTokens(post.locked);
  const counter = captionCounter(c.count, {
    used: t.term('share-card.counter', t.number(c.count.used), t.number(c.count.limit)),
    over: t.term('share-card.over', c.name, -c.count.remaining),
  });
  const hint = c.paste ? html`<p id="paste-hint" class="hint">${t.term('share-card.caption.paste', c.name)}</p>` : nothing;
  const chips = locked.length
    ? html`<div class="locked" id="locked">
        <span class="locked-label">${t.term('share-card.caption.locked')}</span>
        <ul class="chips">
          ${locked.map((token) => html`<li class="chip" dir="auto">${icon.lock()}${token}</li>`)}
        </ul>
      </div>`
    : nothing;
  if (!post.captionEditable) {
    return html`<div part="caption" class="caption">
      <p class="caption-label">${t.term('share-card.caption', c.name)}</p>
      <p class="caption-text" dir="auto">
        ${composedCaption(c.composed, post.locked)}
      </p>
      <p class="hint">${t.term('share-card.caption.readonly')}</p>
      ${chips} ${hint} ${counter}
    </div>`;
  }
  return html`<div part="caption" class="caption">
    <label class="caption-label" for="caption">${t.term('share-card.caption', c.name)}</label>
    <textarea
      id="caption"
      rows="5"
      dir="auto"
      aria-describedby="counter ${locked.length ? 'locked' : ''} ${c.paste ? 'paste-hint' : ''}"
      aria-invalid=${c.count.over ? 'true' : 'false'}
      .value=${live(c.text)}
      @input=${(e: Event) => c.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${chips} ${hint} ${counter}
    ${c.edited ? html`<button type="button" class="ghost reset" @click=${c.restore}>${t.term('share-card.caption.reset')}</button>` : nothing}
  </div>`;
}
