import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedbackMessage, FeedbackScoreKind, FeedbackStatus, FeedbackThread } from '../../core/feedback.js';
import { graphemeCount, normalizeMessage } from '../../core/text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { avatar } from '../../ui/avatar.js';
import * as icon from '../../ui/icons.js';
import type { ReplyDraft } from './reply-draft.js';
import { moodFace, moodLabel } from './score-scale.js';

const WEEK = 7 * 86_400_000;
const HOUR = 3_600_000;

/**
 * How precisely a time is known: a recipient's answer to the moment, an anonymous sender's message
 * and a thread's start only to the hour (stored rounded down), so they never read "9 minutes ago".
 */
export type Precision = 'exact' | 'hour';

/** "3 hours ago" within a week, then the date: recent activity reads naturally, old stays exact. */
export function when(t: ChorusLocalize, iso: string, now: number, precision: Precision = 'exact'): string {
  return Math.abs(now - Date.parse(iso)) < WEEK ? t.ago(iso, now, precision) : t.date(iso, { dateStyle: 'medium' });
}

/** The full time as a tooltip: the moment, or the hour it lies in ("09:00–10:00"). */
export function fullTime(t: ChorusLocalize, iso: string, precision: Precision = 'exact'): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };
  return precision === 'hour' ? t.dateRange(iso, Date.parse(iso) + HOUR, options) : t.date(iso, options);
}

export function timeEl(t: ChorusLocalize, iso: string, now: number, precision: Precision = 'exact'): TemplateResult {
  return html`<time datetime=${iso} title=${fullTime(t, iso, precision)}>${when(t, iso, now, precision)}</time>`;
}

/** A message's precision: the anonymous sender's are known to the hour only. */
export const precisionOf = (message: { from: 'sender' | 'recipient' } | undefined): Precision => (message?.from === 'recipient' ? 'exact' : 'hour');

export function statusText(t: ChorusLocalize, status: FeedbackStatus): string {
  return t.term(status === 'open' ? 'feedback.status.open' : status === 'answered' ? 'feedback.status.answered' : 'feedback.status.closed');
}

/** The status as a badge: a word with a shape, never colour alone. */
export function statusBadge(t: ChorusLocalize, status: FeedbackStatus): TemplateResult {
  return html`<span class="badge status-${status}" part="badge"><span class="visually-hidden">${t.term('feedback.status.prefix')} </span>${statusText(t, status)}</span>`;
}

export function scoreText(t: ChorusLocalize, kind: FeedbackScoreKind, score: number | null): string {
  if (score === null || kind === 'none') return '';
  return kind === 'mood' ? t.term('feedback.thread.mood', `${moodFace(score)} ${moodLabel(t, score)}`) : t.term('feedback.thread.enps', t.number(score));
}

export interface ThreadViewOptions {
  t: ChorusLocalize;
  now: number;
  thread: FeedbackThread;
  category: string;
  scoreKind: FeedbackScoreKind;
  /** Whose view: the anonymous sender's, or a recipient's in the inbox. */
  perspective: 'sender' | 'recipient';
  back: { label: string; go: () => void };
  /** Under the header: a notice, "Keep on this device", close / reopen. */
  tools?: TemplateResult | typeof nothing;
  composer: {
    draft: ReplyDraft;
    max: number;
    label: string;
    hint?: string;
    send: string;
    closed: string;
    input: (text: string) => void;
    submit: () => void;
  };
}

function messageView(t: ChorusLocalize, message: FeedbackMessage, perspective: 'sender' | 'recipient', now: number): TemplateResult {
  const fromSender = message.from === 'sender';
  const who = fromSender ? t.term(perspective === 'sender' ? 'feedback.thread.you' : 'feedback.thread.sender') : (message.author?.name ?? '');
  return html`<li class="message ${fromSender ? 'from-sender' : 'from-recipient'}" part="message">
    <div class="message-head">
      ${fromSender || !message.author ? html`<span class="anon" aria-hidden="true">${icon.lock()}</span>` : avatar(message.author)}
      <span class="who">${who}</span>
      ${message.author?.title ? html`<span class="role">${message.author.title}</span>` : nothing}
      <span class="when">${timeEl(t, message.createdAt, now, precisionOf(message))}</span>
    </div>
    <p class="message-text" dir="auto">${message.message}</p>
  </li>`;
}

/** One thread: header, messages oldest first, and the reply (or answer) composer. */
export function threadView(o: ThreadViewOptions): TemplateResult {
  const { t, thread, composer } = o;
  const closed = thread.status === 'closed';
  const draft = composer.draft;
  const left = composer.max - graphemeCount(normalizeMessage(draft.message));
  const score = scoreText(t, o.scoreKind, thread.score);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!closed) composer.submit();
  };
  const described = [composer.hint ? 'reply-hint' : '', closed ? 'closed-note' : 'reply-count', draft.error ? 'reply-error' : ''].filter(Boolean).join(' ');
  return html`<article class="thread" part="thread" aria-labelledby="thread-title">
    <button type="button" class="ghost back" @click=${o.back.go}>${icon.back()}<span>${o.back.label}</span></button>
    <header class="thread-head">
      <h3 id="thread-title" class="thread-title" tabindex="-1">${o.category}</h3>
      <div class="thread-meta">
        ${statusBadge(t, thread.status)}
        <span title=${fullTime(t, thread.createdAt, 'hour')}>${t.term('feedback.thread.sent', when(t, thread.createdAt, o.now, 'hour'))}</span>
        ${score ? html`<span class="thread-score">${score}</span>` : nothing}
      </div>
    </header>
    ${o.tools ?? nothing}
    <ol class="messages" aria-label=${t.term('feedback.thread.messages')}>
      ${repeat(
        thread.messages,
        (m) => m.id,
        (m) => messageView(t, m, o.perspective, o.now),
      )}
    </ol>
    <form class="reply" part="reply" novalidate @submit=${submit}>
      ${closed ? html`<p class="closed-note" id="closed-note">${icon.lock()}<span>${composer.closed}</span></p>` : nothing}
      <div class="field">
        <label for="reply">${composer.label}</label>
        ${composer.hint ? html`<p class="hint" id="reply-hint">${composer.hint}</p>` : nothing}
        <textarea id="reply" rows="3" dir="auto" .value=${live(draft.message)} ?disabled=${closed} ?readonly=${draft.sending}
          aria-invalid=${draft.error || left < 0 ? 'true' : 'false'} aria-describedby=${described}
          @input=${(e: InputEvent) => composer.input((e.target as HTMLTextAreaElement).value)}></textarea>
        <div class="under">
          ${draft.error ? html`<p class="field-error" id="reply-error">${draft.error}</p>` : html`<span></span>`}
          ${closed ? nothing : html`<span id="reply-count" class="count ${left < 0 ? 'over' : left <= 50 ? 'near' : ''}">${t.term('common.chars-left', left)}</span>`}
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${closed} aria-disabled=${draft.sending ? 'true' : 'false'}>
          ${draft.sending ? t.term('feedback.reply.sending') : composer.send}</button>
      </div>
    </form>
  </article>`;
}
