import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CurrentUser } from '../../core/people.js';
import type { Post } from '../../core/share-card.domain.js';
import { isHttpUrl } from '../../core/share-card.links.js';
import { canEdit, canPerform, postState, type PostAction } from '../../core/share-card.rules.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { excerpt } from './feed.view.js';
import type { OpenAction, QueueController } from './queue.controller.js';

/*
 * One queued post as its reviewers see it: its status in words (never by colour alone), who
 * suggested or wrote it, the approver's comment when it came back, and the steps this person may
 * take (core's canPerform and canEdit decide, as the backend does). Send back, schedule and
 * archive ask first, inline.
 */

export function statusWords(t: ChorusLocalize, post: Post): string {
  switch (post.status) {
    case 'draft':
    case 'submitted':
    case 'returned':
      return t.term(`share-feed.status.${post.status}`);
    case 'scheduled':
      return t.term('share-feed.status.scheduled', post.publishAt ? t.date(post.publishAt, { dateStyle: 'medium', timeStyle: 'short' }) : '');
    default:
      return t.term('share-feed.status.other');
  }
}

export interface QueueItemOptions {
  t: ChorusLocalize;
  user: CurrentUser | undefined;
  queue: QueueController;
  act: (post: Post, action: PostAction) => void;
  edit: (post: Post) => void;
}

const ASKS: Partial<Record<PostAction, OpenAction['action']>> = { return: 'return', schedule: 'schedule', archive: 'archive' };
const ORDER: readonly PostAction[] = ['submit', 'approve', 'schedule', 'return', 'archive'];

export function queueItem(post: Post, o: QueueItemOptions): TemplateResult {
  const { t, queue } = o;
  const title = `queued-${post.id}-title`;
  const href = isHttpUrl(post.link.url) ? post.link.url : null;
  const open = queue.open?.postId === post.id ? queue.open : null;
  const busy = queue.busy === post.id;
  const state = postState(post);
  const actions = ORDER.filter((action) => canPerform(action, state, o.user));
  const editable = canEdit(state, o.user);
  return html`<li class="item queued" part="queued-item">
    <article aria-labelledby=${title} aria-busy=${busy ? 'true' : 'false'}>
      <div class="item-body">
        <h3 class="item-title" id=${title} dir="auto" tabindex="-1">${post.title}</h3>
        <p class="meta">
          <span class="badge status ${post.status}">${statusWords(t, post)}</span>
          <span dir="auto">${post.suggested ? t.term('share-feed.suggested-by', post.author.name) : t.term('share-feed.written-by', post.author.name)}</span>
          ${post.topic ? html`<span class="badge topic" dir="auto">${post.topic}</span>` : nothing}
        </p>
        ${href ? html`<p class="link"><a href=${href} target="_blank" rel="noopener noreferrer" dir="ltr">${href}</a></p>` : nothing}
        <p class="excerpt" dir="auto">${excerpt(post.captions.default)}</p>
        ${
          post.status === 'returned' && post.returnComment
            ? html`<p class="return-comment"><strong>${t.term('share-feed.return-comment')}</strong> <span dir="auto">${post.returnComment}</span></p>`
            : nothing
        }
      </div>
      ${
        actions.length || editable
          ? html`<div class="item-actions queue-actions" role="group" aria-label=${t.term('share-feed.actions', post.title)}>
            ${actions.map(
              (action) => html`<button type="button" class=${action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} data-action=${action}
                aria-expanded=${ifDefined(ASKS[action] ? (open?.action === action ? 'true' : 'false') : undefined)} aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => !busy && o.act(post, action)}>${t.term(`share-feed.action.${action}`)}</button>`,
            )}
            ${
              editable
                ? html`<button type="button" class="secondary" data-action="edit" aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && o.edit(post)}>
                  ${t.term('share-feed.action.edit')}</button>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${open ? askView(t, post, open, busy, o) : nothing}
    </article>
  </li>`;
}

/** What an action asks before it runs: a comment to send back, dates to schedule, a confirmation to archive. */
function askView(t: ChorusLocalize, post: Post, open: OpenAction, busy: boolean, o: QueueItemOptions): TemplateResult {
  const id = (name: string) => `${name}-${post.id}`;
  const field = (name: 'comment' | 'publishAt' | 'expireAt') => (e: Event) => o.queue.edit(name, (e.target as HTMLInputElement).value);
  const error = (name: 'comment' | 'publishAt' | 'expireAt') =>
    open.errors[name] ? html`<p class="field-error" id=${id(`${name}-error`)}>${open.errors[name]}</p>` : nothing;
  const invalid = (name: 'comment' | 'publishAt' | 'expireAt') => (open.errors[name] ? 'true' : 'false');
  const describedBy = (name: 'comment' | 'publishAt' | 'expireAt') => (open.errors[name] ? id(`${name}-error`) : nothing);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!busy) o.act(post, open.action);
  };
  const buttons = (label: string, danger = false) => html`<div class="actions">
    <button type="submit" class=${danger ? 'danger' : 'primary'} aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.term('share-feed.busy') : label}</button>
    <button type="button" class="ghost" @click=${() => o.queue.cancel()}>${t.term('common.cancel')}</button>
  </div>`;
  if (open.action === 'archive') {
    return html`<form class="ask" novalidate aria-labelledby=${id('archive-text')} @submit=${submit}>
      <p id=${id('archive-text')}>${t.term('share-feed.archive.confirm')}</p>
      ${buttons(t.term('share-feed.archive.yes'), true)}
    </form>`;
  }
  if (open.action === 'return') {
    return html`<form class="ask" novalidate aria-label=${t.term('share-feed.action.return')} @submit=${submit}>
      <div class="field">
        <label for=${id('comment')}>${t.term('share-feed.return.comment')}</label>
        <textarea id=${id('comment')} class="ask-first" rows="3" dir="auto" required .value=${live(open.comment)} aria-invalid=${invalid('comment')}
          aria-describedby=${describedBy('comment')} @input=${field('comment')}></textarea>
        ${error('comment')}
      </div>
      ${buttons(t.term('share-feed.action.return'))}
    </form>`;
  }
  return html`<form class="ask" novalidate aria-label=${t.term('share-feed.action.schedule')} @submit=${submit}>
    <div class="dates">
      <div class="field">
        <label for=${id('publishAt')}>${t.term('share-feed.schedule.publish')}</label>
        <input id=${id('publishAt')} class="ask-first" type="datetime-local" required .value=${live(open.publishAt)} aria-invalid=${invalid('publishAt')}
          aria-describedby=${describedBy('publishAt')} @input=${field('publishAt')} />
        ${error('publishAt')}
      </div>
      <div class="field">
        <label for=${id('expireAt')}>${t.term('share-feed.schedule.expire')} <span class="optional">${t.term('share-feed.optional')}</span></label>
        <input id=${id('expireAt')} type="datetime-local" .value=${live(open.expireAt)} aria-invalid=${invalid('expireAt')}
          aria-describedby=${describedBy('expireAt')} @input=${field('expireAt')} />
        ${error('expireAt')}
      </div>
    </div>
    ${buttons(t.term('share-feed.action.schedule'))}
  </form>`;
}
