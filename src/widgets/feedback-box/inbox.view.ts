import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ForbiddenError } from '../../core/errors.js';
import type { FeedbackConfig, FeedbackStatus, FeedbackSummary, FeedbackThread } from '../../core/feedback.js';
import { FEEDBACK_STATUSES } from '../../core/feedback.rules.js';
import { errorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { emptyView } from '../../ui/states.js';
import { listLoading } from './loading.view.js';
import type { Inbox } from './inbox.js';
import { statusBadge, statusText, timeEl } from './thread.view.js';

export interface InboxViewOptions {
  t: ChorusLocalize;
  now: number;
  config: FeedbackConfig;
  category: (id: string) => string;
}

/**
 * Counts and scores per topic, as the backend gives them: a topic with too few responses arrives
 * without numbers, and says why. Nothing is computed here from the threads.
 */
function summaryStrip(summary: FeedbackSummary, o: InboxViewOptions): TemplateResult {
  const { t } = o;
  const score = (value: number | null) => {
    if (value === null) return t.term('feedback.inbox.no-score');
    return summary.scoreKind === 'mood'
      ? t.term('feedback.inbox.mood', t.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
      : t.term('feedback.inbox.enps', t.number(value, { signDisplay: 'exceptZero' }));
  };
  return html`<ul class="summary" part="summary">
    ${summary.groups.map(
      (g) => html`<li class="group${g.responses === null ? ' withheld' : ''}">
      <span class="group-label">${o.category(g.categoryId)}</span>
      ${
        g.responses === null
          ? html`<span class="group-hidden">${t.term('feedback.inbox.hidden', summary.minGroupSize)}</span>`
          : html`<strong class="group-count">${t.term('feedback.inbox.responses', g.responses)}</strong>
            ${summary.scoreKind === 'none' ? nothing : html`<span class="group-score">${score(g.score)}</span>`}`
      }
    </li>`,
    )}
  </ul>`;
}

function filters(inbox: Inbox, o: InboxViewOptions): TemplateResult {
  const { t } = o;
  return html`<div class="filters" part="filters" role="group" aria-label=${t.term('feedback.inbox.filters')}>
    <div class="field">
      <label for="inbox-category">${t.term('feedback.category')}</label>
      <select id="inbox-category" @change=${(e: Event) => inbox.setFilter({ categoryId: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!inbox.filter.categoryId}>${t.term('feedback.inbox.category.all')}</option>
        ${o.config.categories.map((c) => html`<option value=${c.id} ?selected=${inbox.filter.categoryId === c.id}>${c.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="inbox-status">${t.term('feedback.inbox.status')}</label>
      <select id="inbox-status" @change=${(e: Event) => inbox.setFilter({ status: (e.target as HTMLSelectElement).value as FeedbackStatus | '' })}>
        <option value="" ?selected=${!inbox.filter.status}>${t.term('feedback.inbox.status.all')}</option>
        ${FEEDBACK_STATUSES.map((s) => html`<option value=${s} ?selected=${inbox.filter.status === s}>${statusText(t, s)}</option>`)}
      </select>
    </div>
  </div>`;
}

function threadRow(inbox: Inbox, thread: FeedbackThread, index: number, o: InboxViewOptions): TemplateResult {
  const { t } = o;
  const first = thread.messages[0]?.message ?? '';
  return html`<li>
    <button type="button" class="thread-row" part="inbox-item" data-thread-index=${index} @click=${() => void inbox.openThread(thread.id)}>
      <span class="row-head">
        <span class="row-title">${o.category(thread.categoryId)}</span>
        ${statusBadge(t, thread.status)}
      </span>
      <span class="excerpt" dir="auto">${first}</span>
      <span class="row-meta">${timeEl(t, thread.createdAt, o.now, 'hour')}<span>${t.term('feedback.inbox.messages', thread.messages.length)}</span></span>
    </button>
  </li>`;
}

export function inboxView(inbox: Inbox, o: InboxViewOptions): TemplateResult {
  const { t } = o;
  if (inbox.error instanceof ForbiddenError) {
    return html`<div class="load-error" role="alert"><p>${t.term('feedback.inbox.forbidden')}</p></div>`;
  }
  return html`<div class="inbox" part="inbox">
    <section class="overview" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${t.term('feedback.inbox.summary')}</h3>
      ${
        inbox.summary
          ? summaryStrip(inbox.summary, o)
          : inbox.summaryError
            ? html`<p class="error-text">${errorText(t, inbox.summaryError)}</p>`
            : html`<p class="muted">${t.term('common.loading')}</p>`
      }
    </section>
    ${filters(inbox, o)}
    <h3 class="inbox-list-heading visually-hidden" tabindex="-1">${t.term('feedback.inbox.list')}</h3>
    ${
      inbox.error
        ? html`<div class="load-error" role="alert">
          <p><strong>${t.term('feedback.inbox.error')}</strong> ${errorText(t, inbox.error)}</p>
          <button type="button" class="secondary" @click=${() => void inbox.load()}>${t.term('common.retry')}</button>
        </div>`
        : !inbox.loaded
          ? listLoading(t)
          : inbox.items.length
            ? html`<ul class="inbox-list" aria-label=${t.term('feedback.inbox.list')} aria-busy=${inbox.loading ? 'true' : 'false'}>
                ${repeat(
                  inbox.items,
                  (i) => i.id,
                  (thread, i) => threadRow(inbox, thread, i, o),
                )}
              </ul>
              <div class="more">
                ${inbox.moreError ? html`<p class="form-error" role="alert">${inbox.moreError}</p>` : nothing}
                ${
                  inbox.cursor
                    ? html`<button type="button" class="secondary" part="more" aria-disabled=${inbox.loadingMore ? 'true' : 'false'} @click=${() => void inbox.loadMore()}>
                      ${inbox.loadingMore ? t.term('feedback.inbox.more.loading') : t.term('feedback.inbox.more')}</button>`
                    : html`<p class="muted">${t.term('feedback.inbox.end')}</p>`
                }
              </div>`
            : emptyView(inbox.filtered ? t.term('feedback.inbox.empty.filtered') : t.term('feedback.inbox.empty'), {
                action: inbox.filtered ? { label: t.term('feedback.inbox.clear-filters'), run: () => inbox.clearFilters() } : undefined,
              })
    }
  </div>`;
}
