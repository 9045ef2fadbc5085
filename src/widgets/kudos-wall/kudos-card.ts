import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { KudosComment, KudosConfig, ReactionSummary } from '../../core/kudos.js';
import type { CurrentUser, Person } from '../../core/people.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { avatar } from '../../ui/avatar.js';
import * as icon from '../../ui/icons.js';
import type { FeedItem } from './kudos-feed.js';

/** What the wall remembers about one card's open panels and half-typed text. */
export interface CardState {
  allRecipients?: boolean;
  reactOpen?: boolean;
  commentsOpen?: boolean;
  comments?: KudosComment[];
  commentsLoading?: boolean;
  commentsError?: string;
  commentDraft?: string;
  commentSending?: boolean;
  commentError?: string;
  reportOpen?: boolean;
  /** The comment the open report is about; none: the kudos itself. */
  reportCommentId?: string;
  reportReason?: string;
  confirmDelete?: boolean;
}

/** The card's way back to the wall; the card itself holds no state and calls no adapter. */
export interface CardActions {
  patch(id: string, patch: Partial<CardState>): void;
  react(kudos: FeedItem, emoji: string, active: boolean): void;
  toggleComments(kudos: FeedItem): void;
  comment(kudos: FeedItem): void;
  report(kudos: FeedItem): void;
  remove(kudos: FeedItem): void;
}

export interface CardContext {
  t: ChorusLocalize;
  config: KudosConfig;
  user: CurrentUser | undefined;
  actions: CardActions;
}

const SHOWN_RECIPIENTS = 3;

function names(people: Pick<Person, 'name'>[]): string[] {
  return people.map((p) => p.name);
}

function recipientsLine(kudos: FeedItem, state: CardState, { t, actions }: CardContext): TemplateResult {
  const all = kudos.recipients;
  if (all.length <= SHOWN_RECIPIENTS + 1 || state.allRecipients) {
    return html`<strong .textContent=${t.list(names(all))}></strong>`;
  }
  const shown = names(all.slice(0, SHOWN_RECIPIENTS));
  const rest = all.length - SHOWN_RECIPIENTS;
  // Its name starts with what it shows (WCAG 2.5.3, label in name), then names the hidden recipients.
  const more = `+${t.term('kudos.card.others', rest)}`;
  return html`<strong .textContent=${shown.join(', ')}></strong>
    <button class="inline-link" aria-label=${`${more}: ${t.list(names(all.slice(SHOWN_RECIPIENTS)))}`} title=${t.term('kudos.card.show-all')}
      @click=${() => actions.patch(kudos.id, { allRecipients: true })}>${more}</button>`;
}

/** A broken image gives way to a framed line saying so, with its description, instead of the browser's glyph. */
function showImageFallback(event: Event): void {
  const img = event.target as HTMLImageElement;
  img.hidden = true;
  (img.nextElementSibling as HTMLElement | null)?.removeAttribute('hidden');
}

function whoReacted(r: ReactionSummary, { t, user }: CardContext): string {
  const others = r.people.filter((p) => p.id !== user?.id).map((p) => p.name);
  const listed = [...(r.mine ? [t.term('kudos.reaction.you')] : []), ...others];
  const unnamed = r.count - listed.length;
  return t.term('kudos.reaction.who', t.list(unnamed > 0 ? [...listed, t.term('kudos.card.others', unnamed)] : listed));
}

function reactions(kudos: FeedItem, state: CardState, ctx: CardContext): TemplateResult {
  const { t, config, actions } = ctx;
  const unused = config.reactions.filter((e) => !kudos.reactions.some((r) => r.emoji === e));
  const pickerId = `react-${kudos.id}`;
  return html`<div class="reactions">${kudos.reactions.map(
    (r) =>
      html`<span class="reaction-wrap"
        ><button class="reaction" part="reaction" aria-pressed=${r.mine ? 'true' : 'false'} ?disabled=${kudos.pending}
          aria-label=${`${t.term('kudos.react.with', r.emoji)} ${t.number(r.count)}`}
          aria-describedby=${`who-${kudos.id}-${r.emoji}`} @click=${() => actions.react(kudos, r.emoji, !r.mine)}
          ><span class="emoji-glyph" .textContent=${r.emoji}></span><span class="n" .textContent=${t.number(r.count)}></span></button
        ><span class="tip" role="tooltip" id=${`who-${kudos.id}-${r.emoji}`} .textContent=${whoReacted(r, ctx)}></span></span
      >`,
  )}${
    unused.length
      ? html`<button class="ghost add-reaction" aria-expanded=${state.reactOpen ? 'true' : 'false'} aria-controls=${ifDefined(state.reactOpen ? pickerId : undefined)}
            ?disabled=${kudos.pending} @click=${() => actions.patch(kudos.id, { reactOpen: !state.reactOpen })}
            >${icon.addReaction()}<span class="visually-hidden" .textContent=${t.term('kudos.react')}></span></button
          >${
            state.reactOpen
              ? html`<span id=${pickerId} class="picker" role="group" aria-label=${t.term('kudos.react')}>${unused.map(
                  (e) => html`<button class="emoji emoji-glyph" aria-label=${t.term('kudos.react.with', e)}
                    @click=${() => {
                      actions.patch(kudos.id, { reactOpen: false });
                      actions.react(kudos, e, true);
                    }}>${e}</button>`,
                )}</span>`
              : nothing
          }`
      : nothing
  }</div>`;
}

/** "Report" on others' comments ("Reported" once done), and for its author and moderators, that it is hidden and why. */
function commentModeration(kudos: FeedItem, c: KudosComment, state: CardState, { t, user, actions }: CardContext): TemplateResult | typeof nothing {
  const hidden = c.hidden
    ? html`<span class="badge hidden" dir="auto">${c.hidden.reason ? t.term('kudos.card.hidden', c.hidden.reason) : t.term('kudos.card.hidden-reports')}</span>`
    : nothing;
  if (!user || c.author.id === user.id) return hidden;
  const open = state.reportOpen && state.reportCommentId === c.id;
  return html`${hidden}${
    c.reportedByMe
      ? html`<span class="muted small">${t.term('kudos.report.reported')}</span>`
      : html`<button class="ghost small" aria-expanded=${open ? 'true' : 'false'} aria-label=${t.term('kudos.report.comment', c.author.name)}
          @click=${() => actions.patch(kudos.id, { reportOpen: !open, reportCommentId: open ? undefined : c.id, confirmDelete: false })}>${t.term('kudos.report')}</button>`
  }`;
}

function comments(kudos: FeedItem, state: CardState, ctx: CardContext): TemplateResult | typeof nothing {
  const { t, actions, config } = ctx;
  if (!state.commentsOpen) return nothing;
  const inputId = `comment-${kudos.id}`;
  return html`<section class="comments" id=${`comments-${kudos.id}`} aria-label=${t.term('kudos.comments.label')}>
    ${state.commentsLoading ? html`<p class="muted" role="status">${t.term('common.loading')}</p>` : nothing}
    ${state.commentsError ? html`<p class="form-error" role="alert">${state.commentsError}</p>` : nothing}
    ${
      state.comments
        ? state.comments.length
          ? html`<ul class="comment-list">
            ${state.comments.map(
              (c) => html`<li class="comment">
                ${avatar(c.author, 'sm')}
                <div><strong><bdi>${c.author.name}</bdi></strong> <time class="muted" datetime=${c.createdAt}>${t.ago(c.createdAt)}</time>
                  <p dir="auto">${c.message}</p>${commentModeration(kudos, c, state, ctx)}</div>
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${t.term('kudos.comments.empty')}</p>`
        : nothing
    }
    <form class="comment-form" novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), actions.comment(kudos))}>
      <label class="visually-hidden" for=${inputId}>${t.term('kudos.comments.add')}</label>
      <input id=${inputId} placeholder=${t.term('kudos.comments.add')} maxlength=${config.commentMax * 4}
        .value=${live(state.commentDraft ?? '')} aria-invalid=${state.commentError ? 'true' : 'false'}
        aria-describedby=${state.commentError ? `${inputId}-error` : nothing}
        @input=${(e: InputEvent) => actions.patch(kudos.id, { commentDraft: (e.target as HTMLInputElement).value, commentError: '' })} />
      <button class="secondary" aria-disabled=${state.commentSending ? 'true' : 'false'}>${t.term('kudos.comments.send')}</button>
      ${state.commentError ? html`<p class="field-error" id=${`${inputId}-error`}>${state.commentError}</p>` : nothing}
    </form>
  </section>`;
}

function report(kudos: FeedItem, state: CardState, { t, actions }: CardContext): TemplateResult | typeof nothing {
  if (!state.reportOpen) return nothing;
  const id = `report-${kudos.id}`;
  return html`<form class="panel" aria-labelledby=${`${id}-h`} novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), actions.report(kudos))}>
    <h4 id=${`${id}-h`}>${t.term(state.reportCommentId ? 'kudos.report.comment-heading' : 'kudos.report.heading')}</h4>
    <label for=${id}>${t.term('kudos.report.reason')}</label>
    <textarea id=${id} rows="2" .value=${live(state.reportReason ?? '')}
      @input=${(e: InputEvent) => actions.patch(kudos.id, { reportReason: (e.target as HTMLTextAreaElement).value })}></textarea>
    <div class="panel-actions">
      <button type="button" class="secondary" @click=${() => actions.patch(kudos.id, { reportOpen: false })}>${t.term('common.cancel')}</button>
      <button class="danger">${t.term('kudos.report.send')}</button>
    </div>
  </form>`;
}

function confirmDelete(kudos: FeedItem, state: CardState, { t, actions }: CardContext): TemplateResult | typeof nothing {
  if (!state.confirmDelete) return nothing;
  return html`<div class="panel" role="group" aria-label=${t.term('kudos.delete.confirm')}>
    <p>${t.term('kudos.delete.confirm')}</p>
    <div class="panel-actions">
      <button class="secondary" @click=${() => actions.patch(kudos.id, { confirmDelete: false })}>${t.term('common.cancel')}</button>
      <button class="danger" @click=${() => actions.remove(kudos)}>${t.term('kudos.delete')}</button>
    </div>
  </div>`;
}

/** "Report" (or "Reported") on others' kudos, "Delete" on one's own or for moderators: one binding. */
function reportOrDelete(kudos: FeedItem, state: CardState, { t, user, actions }: CardContext): TemplateResult | typeof nothing {
  if (kudos.pending) return nothing;
  const isMine = kudos.author.id === user?.id;
  const canDelete = !!user && (isMine || user.roles.some((r) => r === 'moderator' || r === 'admin'));
  const reportPart = isMine
    ? nothing
    : kudos.reportedByMe
      ? html`<span class="muted small" .textContent=${t.term('kudos.report.reported')}></span>`
      : html`<button class="ghost" aria-expanded=${state.reportOpen && !state.reportCommentId ? 'true' : 'false'}
          @click=${() => actions.patch(kudos.id, { reportOpen: !state.reportOpen || !!state.reportCommentId, reportCommentId: undefined, confirmDelete: false })}
          .textContent=${t.term('kudos.report')}></button>`;
  if (!canDelete) return reportPart === nothing ? nothing : reportPart;
  const deletePart = html`<button class="ghost" @click=${() => actions.patch(kudos.id, { confirmDelete: true, reportOpen: false })} .textContent=${t.term('kudos.delete')}></button>`;
  return reportPart === nothing ? deletePart : html`${reportPart}${deletePart}`;
}

/** The private badge, and for its author and moderators, that a moderator (or enough reports) hid it and why: one binding. */
function privateOrHidden(kudos: FeedItem, t: CardContext['t']): TemplateResult {
  const lock = kudos.visibility === 'private' ? html`<span class="badge private">${icon.lock()}${t.term('kudos.card.private')}</span>` : nothing;
  if (!kudos.hidden) return html`${lock}`;
  const why = kudos.hidden.reason ? t.term('kudos.card.hidden', kudos.hidden.reason) : t.term('kudos.card.hidden-reports');
  return html`${lock}<span class="badge hidden" part="hidden" dir="auto">${why}</span>`;
}

/**
 * One kudos as a plain template: the wall is the only element, cards are cheap DOM. Tags are
 * joined with `><` across lines (no whitespace-only text nodes: at 1,000 cards they were a third
 * of the wall's nodes); the spaces left are the ones a reader sees between inline words. An
 * element holding only text takes it as `.textContent`: a child binding costs a marker comment
 * per card (always text, never HTML, either way).
 */
export function kudosCard(kudos: FeedItem, state: CardState, ctx: CardContext): TemplateResult {
  const { t, config, actions } = ctx;
  const value = config.values.find((v) => v.id === kudos.valueId);
  const titleId = `title-${kudos.id}`;
  return html`<article class="card ${kudos.fresh ? 'fresh' : ''}" part="card" aria-labelledby=${titleId} aria-busy=${kudos.pending ? 'true' : 'false'}
    ><header class="card-head"
      >${avatar(kudos.author)}<div class="who"
        ><p class="title" id=${titleId}><strong><bdi .textContent=${kudos.author.name}></bdi></strong> <span class="arrow" aria-hidden="true">→</span
          ><span class="visually-hidden" .textContent=${t.term('kudos.card.to')}></span> ${recipientsLine(kudos, state, ctx)}</p
        ><p class="meta"
          >${kudos.pending ? html`<span .textContent=${t.term('kudos.card.sending')}></span>` : html`<time datetime=${kudos.createdAt} title=${t.date(kudos.createdAt, { dateStyle: 'full', timeStyle: 'short' })} .textContent=${t.ago(kudos.createdAt)}></time>`}${
            kudos.visibility === 'private' || kudos.hidden ? privateOrHidden(kudos, t) : nothing
          }</p
        ></div
      >${value ? html`<span class="badge value" part="value">${value.emoji ? html`<span class="emoji-glyph" aria-hidden="true">${value.emoji}</span>` : nothing}${value.label}</span>` : nothing}</header
    ><p class="message" part="message" dir="auto" .textContent=${kudos.message}></p
    >${
      kudos.image
        ? html`<img class="image" src=${kudos.image.url} alt=${kudos.image.alt} loading="lazy" @error=${showImageFallback} /><p class="image-fallback" hidden
            >${icon.image()}${t.term('kudos.image.broken', kudos.image.alt)}</p
          >`
        : nothing
    }<footer class="card-foot"
      >${reactions(kudos, state, ctx)}<button class="ghost" aria-expanded=${state.commentsOpen ? 'true' : 'false'} aria-controls=${`comments-${kudos.id}`}
        ?disabled=${kudos.pending} @click=${() => actions.toggleComments(kudos)}
        >${icon.comment()}${t.term('kudos.comments.toggle', kudos.commentCount)}</button
      >${reportOrDelete(kudos, state, ctx)}</footer
    >${
      // One binding for the three panels, most often all closed: a binding is a marker node per card.
      state.reportOpen || state.confirmDelete || state.commentsOpen
        ? html`${report(kudos, state, ctx)}${confirmDelete(kudos, state, ctx)}${comments(kudos, state, ctx)}`
        : nothing
    }</article
  >`;
}
