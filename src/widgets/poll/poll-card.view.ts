import { html, nothing, type TemplateResult } from 'lit';
import type { Poll, PollVote } from '../../core/poll.js';
import { foldLabel } from '../../core/poll.rules.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { loadingView } from '../../ui/states.js';
import { choices } from './ballot.js';
import type { BallotController } from './ballot.controller.js';
import { timeLeft } from './deadline.js';
import { enpsResults, enpsScale } from './enps.js';
import { hiddenResults, optionResults, type WriteInDecision } from './results.js';

/*
 * The poll's card as plain templates: the ballot while voting, the results after. The element
 * owns the state and passes it in with what each button does.
 */

export interface PollCardContext {
  t: ChorusLocalize;
  now: number;
  ballot: BallotController;
  sending: boolean;
  /** The user's own vote (from the backend, or this device in anonymous polls). */
  mine: PollVote | null;
  /** The user may change the vote they cast. */
  canChange: boolean;
  /** Anonymous, with the receipt that allows changing the vote kept on this device. */
  hasReceipt: boolean;
  approving: ReadonlySet<string>;
  notice: TemplateResult | typeof nothing;
  manage: TemplateResult | typeof nothing;
  submit(event: SubmitEvent): void;
  showResults(): void;
  changeVote(): void;
  backToVote(): void;
  decide(writeInId: string, text: string, decision: WriteInDecision): void;
}

const icon = {
  clock: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5a6.5 6.5 0 110 13 6.5 6.5 0 010-13zm0 1.5a5 5 0 100 10A5 5 0 008 3zm.75 1.5V7.7l2.2 1.3-.75 1.3-2.95-1.75V4.5z"/></svg>`,
  shield: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l5.5 2v4.2c0 3.4-2.3 6.2-5.5 7.3-3.2-1.1-5.5-3.9-5.5-7.3V3zm0 1.6L4 4v3.2c0 2.6 1.6 4.8 4 5.8 2.4-1 4-3.2 4-5.8V4z"/></svg>`,
};

function deadline(poll: Poll, t: ChorusLocalize, now: number): TemplateResult | typeof nothing {
  const full = (iso: string) => t.date(iso, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  if (poll.status === 'scheduled' && poll.opensAt) {
    return html`<span class="meta-item status scheduled">${icon.clock}<time datetime=${poll.opensAt}>${t.term('poll.opens-on', full(poll.opensAt))}</time></span>`;
  }
  if (poll.status === 'closed') {
    const at = poll.closesAt;
    return html`<span class="meta-item status closed"><span class="dot" aria-hidden="true"></span>${
      at ? html`<time datetime=${at}>${t.term('poll.closed-on', t.date(at, { dateStyle: 'medium' }))}</time>` : t.term('poll.closed-on', '')
    }</span>`;
  }
  if (!poll.closesAt) return nothing;
  const [value, unit] = timeLeft(Date.parse(poll.closesAt) - now);
  const soon = unit === 'second' || unit === 'minute';
  return html`<span class="meta-item status open${soon ? ' soon' : ''}">${icon.clock}<time datetime=${poll.closesAt} title=${full(poll.closesAt)}
    >${t.term('poll.closes', t.relativeTime(value, unit, { numeric: 'always' }))}</time></span>`;
}

function header(poll: Poll, t: ChorusLocalize, now: number): TemplateResult {
  // User text takes its own direction (dir="auto"), so an English question reads right in an RTL page.
  return html`${poll.description ? html`<p class="description" dir="auto">${poll.description}</p>` : nothing}
    <div class="meta" id="meta">
      ${deadline(poll, t, now)}
      ${poll.anonymous ? html`<span class="meta-item anonymous">${icon.shield}<span>${t.term('poll.anonymous')}</span></span>` : nothing}
      <span class="meta-item by">${t.term('poll.by', poll.createdBy.name)}</span>
    </div>`;
}

export function ballotCard(poll: Poll, ctx: PollCardContext): TemplateResult {
  const { t, ballot } = ctx;
  const open = poll.status === 'open';
  const disabled = !open || ctx.sending;
  const count = ballot.selected.size;
  const hint =
    poll.kind === 'multiple'
      ? html`<p class="hint" id="hint">${t.term('poll.choose-up-to', poll.maxChoices)} <span class="count${count > poll.maxChoices ? ' over' : ''}">${t.term('poll.chosen', count, poll.maxChoices)}</span></p>`
      : poll.kind === 'enps'
        ? html`<p class="hint visually-hidden" id="hint">${t.term('poll.enps.scale', t.term('poll.enps.low'), t.term('poll.enps.high'))}</p>`
        : nothing;
  const described = ['meta', hint === nothing ? '' : 'hint', ballot.choiceError ? 'choice-error' : ''].filter(Boolean).join(' ');
  return html`<form class="card" part="poll" novalidate @submit=${ctx.submit}>
    <fieldset ?disabled=${disabled} aria-describedby=${described}>
      <legend class="question" part="question" dir="auto">${poll.question}</legend>
      ${header(poll, t, ctx.now)}
      ${hint}
      ${
        poll.kind === 'enps'
          ? enpsScale(ballot.score, disabled, t, (n) => ballot.chooseScore(n))
          : choices(poll, {
              t,
              selected: ballot.selected,
              writeIn: ballot.writeIn,
              disabled,
              invalid: !!ballot.choiceError,
              writeInError: ballot.writeInError,
              toggle: (id, checked) => ballot.toggle(poll, id, checked),
              setWriteIn: (text) => ballot.setWriteIn(text),
            })
      }
      ${ballot.choiceError ? html`<p class="field-error" id="choice-error">${ballot.choiceError}</p>` : nothing}
    </fieldset>
    ${ballot.voteError ? html`<p class="form-error vote-error" role="alert" tabindex="-1">${ballot.voteError}</p>` : nothing}
    ${ctx.notice}
    <div class="actions">
      ${
        open
          ? html`<button type="submit" class="primary" part="vote" aria-disabled=${ctx.sending ? 'true' : 'false'}>
            ${ctx.sending ? t.term('poll.voting') : poll.voted ? t.term('poll.vote.update') : t.term('poll.vote')}</button>`
          : poll.status === 'scheduled'
            ? html`<p class="muted">${t.term('poll.not-open')}</p>`
            : nothing
      }
      ${
        poll.voted && open
          ? html`<button type="button" class="secondary" @click=${ctx.showResults}>${t.term('poll.keep')}</button>`
          : poll.results
            ? html`<button type="button" class="secondary" @click=${ctx.showResults}>${t.term('poll.see-results')}</button>`
            : nothing
      }
      ${ctx.manage}
    </div>
  </form>`;
}

/** With the results hidden, what the user chose is still theirs to see. */
function ownVoteNote(poll: Poll, mine: PollVote | null, t: ChorusLocalize) {
  if (!mine) return nothing;
  const labels =
    poll.kind === 'enps'
      ? [t.number(mine.score ?? 0)]
      : [...poll.options.filter((o) => mine.optionIds.includes(o.id)).map((o) => o.label), ...(mine.writeIn ? [mine.writeIn] : [])];
  return html`<p class="own"><span class="badge mine" part="badge">${t.term('poll.your-vote.is', t.list(labels))}</span></p>`;
}

/** The user's written answer while it awaits approval: counted, but not yet shown among the results. */
function ownAnswerNote(poll: Poll, mine: PollVote | null, t: ChorusLocalize) {
  if (!mine?.writeIn || !poll.results) return nothing;
  const shown = poll.results.writeIns.some((w) => foldLabel(w.text) === foldLabel(mine.writeIn!));
  if (shown) return nothing;
  return html`<p class="note own-answer"><span class="badge mine" part="badge">${t.term('poll.your-answer', mine.writeIn)}</span> ${t.term('poll.your-answer.pending')}</p>`;
}

export function resultsCard(poll: Poll, ctx: PollCardContext): TemplateResult {
  const { t, mine, sending } = ctx;
  const open = poll.status === 'open';
  return html`<div class="card" part="poll">
    <h2 class="question" part="question" tabindex="-1" dir="auto">${poll.question}</h2>
    ${header(poll, t, ctx.now)}
    <div class="results" part="results" aria-busy=${sending ? 'true' : 'false'}>
      ${
        poll.results
          ? poll.kind === 'enps' && poll.results.enps
            ? enpsResults(poll.results, mine?.score ?? null, t)
            : optionResults(poll, poll.results, mine, { t, approving: ctx.approving, decide: (id, text, decision) => ctx.decide(id, text, decision) })
          : sending
            ? html`<p class="hidden-results">${t.term('poll.voting')}</p>`
            : html`${hiddenResults(poll, t)}${ownVoteNote(poll, mine, t)}`
      }
      ${ownAnswerNote(poll, mine, t)}
    </div>
    ${ctx.notice}
    <div class="actions">
      ${sending ? html`<p class="muted saving">${t.term('poll.voting')}</p>` : nothing}
      ${!sending && ctx.canChange ? html`<button type="button" class="secondary" @click=${ctx.changeVote}>${t.term('poll.change')}</button>` : nothing}
      ${!sending && !poll.voted && open ? html`<button type="button" class="secondary" @click=${ctx.backToVote}>${t.term('poll.back-to-vote')}</button>` : nothing}
      ${poll.anonymous && poll.voted && open && poll.allowChangeVote && !ctx.hasReceipt ? html`<p class="muted">${t.term('poll.voted-elsewhere')}</p>` : nothing}
      ${ctx.manage}
    </div>
  </div>`;
}

/** For its managers: "Export results (CSV)" while there are results, and "Close poll", then its confirmation. */
export function manageActions(poll: Poll, t: ChorusLocalize, confirming: boolean, on: { ask(confirming: boolean): void; close(): void; exportCsv(): void }) {
  if (!poll.canManage) return nothing;
  const exportButton = poll.results
    ? html`<button type="button" class="ghost manage export" @click=${() => on.exportCsv()}>${t.term('poll.manage.export')}</button>`
    : nothing;
  if (poll.status === 'closed') return exportButton;
  if (!confirming) {
    return html`${exportButton}<button type="button" class="ghost manage" @click=${() => on.ask(true)}>${t.term('poll.manage.close')}</button>`;
  }
  return html`<div class="confirm" role="group" aria-labelledby="confirm-close">
    <p id="confirm-close">${t.term('poll.manage.close.confirm')}</p>
    <button type="button" class="danger" @click=${() => on.close()}>${t.term('poll.manage.close')}</button>
    <button type="button" class="secondary" @click=${() => on.ask(false)}>${t.term('common.cancel')}</button>
  </div>`;
}

/** The card's outline while the poll loads. */
export function pollSkeleton(t: ChorusLocalize): TemplateResult {
  const bone = html`<span class="bone" aria-hidden="true"></span>`;
  return loadingView(t, html`${bone}${bone}${bone}${bone}`, 'card skeleton');
}
