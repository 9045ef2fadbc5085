import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { NotFoundError } from '../../core/errors.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { emptyView } from '../../ui/states.js';
import { lineLoading } from './loading.view.js';
import { answersIn, type Conversations, type KeptThread } from './conversations.js';
import { fullTime, precisionOf, statusBadge, when } from './thread.view.js';

export interface ConversationsViewOptions {
  t: ChorusLocalize;
  now: number;
  category: (id: string) => string;
}

function row(list: Conversations, item: KeptThread, index: number, o: ConversationsViewOptions): TemplateResult {
  const { t } = o;
  const { entry, thread, error } = item;
  const category = o.category(entry.categoryId);
  const gone = error instanceof NotFoundError;
  const lastMessage = thread?.messages.at(-1);
  const last = lastMessage?.createdAt ?? entry.sentAt;
  const lastPrecision = precisionOf(lastMessage);
  const answers = thread ? answersIn(thread) : 0;
  const unread = !!thread && answers > entry.seenAnswers;
  const confirming = list.forgetting === entry.token;
  let meta: TemplateResult;
  if (thread) {
    meta = html`${statusBadge(t, thread.status)}
      <span title=${fullTime(t, last, lastPrecision)}>${t.term('feedback.conversation.last', when(t, last, o.now, lastPrecision))}</span>
      <span>${t.term('feedback.conversation.answers', answers)}</span>`;
  } else if (gone) {
    meta = html`<span>${t.term('feedback.conversation.gone')}</span>`;
  } else if (error) {
    meta = html`<span class="error-text">${t.term('feedback.conversation.error')}</span>`;
  } else {
    meta = html`<span>${t.term('common.loading')}</span>`;
  }
  return html`<li class="conversation${unread ? ' unread' : ''}${gone ? ' gone' : ''}" data-token-row=${index} part="conversation">
    <div class="conversation-main">
      ${
        gone
          ? html`<span class="conversation-title">${category}</span>`
          : html`<button type="button" class="open-thread" @click=${() => void list.openToken(entry.token, 'list')}>
            <span class="conversation-title">${category}</span>
            ${unread ? html`<span class="badge unread-mark" part="badge">${t.term('feedback.conversation.unread')}</span>` : nothing}
            <span class="visually-hidden">, ${t.term('feedback.conversation.sent', when(t, entry.sentAt, o.now, 'hour'))}</span>
          </button>`
      }
      <div class="conversation-meta">${meta}</div>
    </div>
    <button type="button" class="ghost forget" aria-label=${t.term('feedback.conversation.forget.label', category)}
      aria-expanded=${confirming ? 'true' : 'false'} @click=${() => list.askForget(confirming ? null : entry.token)}>${t.term('feedback.conversation.forget')}</button>
    ${
      confirming
        ? html`<div class="confirm forget-confirm" role="group" aria-labelledby=${`forget-${index}`}>
          <p id=${`forget-${index}`}>${t.term('feedback.conversation.forget.confirm')}</p>
          <div class="confirm-actions">
            <button type="button" class="secondary" data-action="cancel" @click=${() => list.askForget(null)}>${t.term('common.cancel')}</button>
            <button type="button" class="danger" @click=${() => list.forget(entry.token)}>${t.term('feedback.conversation.forget')}</button>
          </div>
        </div>`
        : nothing
    }
  </li>`;
}

/** The paste form: any reply token opens its thread, on any device. */
function pasteForm(list: Conversations, t: ChorusLocalize): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void list.openPasted();
  };
  return html`<form class="paste" part="paste" novalidate aria-labelledby="paste-heading" @submit=${submit}>
    <h3 id="paste-heading">${t.term('feedback.paste.heading')}</h3>
    <div class="field">
      <label for="paste">${t.term('feedback.paste.label')}</label>
      <div class="token-row">
        <input id="paste" class="token" type="text" autocomplete="off" spellcheck="false" dir="ltr" .value=${live(list.paste)}
          aria-invalid=${list.pasteError ? 'true' : 'false'} aria-describedby=${list.pasteError ? 'paste-error' : nothing}
          @input=${(e: InputEvent) => list.setPaste((e.target as HTMLInputElement).value)} />
        <button type="submit" class="secondary" aria-disabled=${list.opening ? 'true' : 'false'}>
          ${list.opening ? t.term('feedback.paste.opening') : t.term('feedback.paste.open')}</button>
      </div>
      ${list.pasteError ? html`<p class="field-error" id="paste-error">${list.pasteError}</p>` : nothing}
    </div>
  </form>`;
}

export function conversationsView(list: Conversations, o: ConversationsViewOptions): TemplateResult {
  const { t } = o;
  const items = list.list;
  return html`<div class="conversations" part="conversations">
    ${
      items.length
        ? html`<ul class="conversation-list" aria-label=${t.term('feedback.conversations.list')} aria-busy=${list.loading ? 'true' : 'false'}>
          ${items.map((item, i) => row(list, item, i, o))}
        </ul>`
        : list.loading
          ? lineLoading(t.term('common.loading'))
          : emptyView(t.term('feedback.conversations.empty'))
    }
    ${pasteForm(list, t)}
  </div>`;
}
