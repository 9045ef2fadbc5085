import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Poll, PollResults, PollVote } from '../../core/poll.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { cssVars } from '../../ui/css-vars.js';
import { PENDING_ROW, resultTable, type ResultRow } from './tally.js';

/*
 * Results as accessible bars: each row is text a screen reader reads in order ("Ramen Taro,
 * Leading, Your vote, 40%, 6 votes"); the bar itself is decoration. Leading and own choice are
 * written out, never shown by colour alone.
 */

export interface ResultsContext {
  t: ChorusLocalize;
  /** Write-ins being approved or rejected, by id. */
  approving: ReadonlySet<string>;
  decide(writeInId: string, text: string, decision: WriteInDecision): void;
}

/** What a poll's manager does with a pending write-in. */
export type WriteInDecision = 'approve' | 'reject';

export const percent = (t: ChorusLocalize, value: number) => t.number(value / 100, { style: 'percent', maximumFractionDigits: 0 });

function badges(row: ResultRow, poll: Poll, tied: boolean, t: ChorusLocalize): TemplateResult {
  const lead = poll.status === 'closed' && !tied ? t.term('poll.top') : tied ? t.term('poll.tied') : t.term('poll.leading');
  return html`${row.leading ? html`<span class="badge lead" part="badge"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.4L8 11.2l-3.9 2.2.9-4.4-3.3-3 4.4-.5z"/></svg>${lead}</span>` : nothing}${
    row.mine
      ? html`<span class="badge mine" part="badge"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M6.3 11.6L2.7 8l1.1-1.1 2.5 2.5 5.9-5.9 1.1 1.1z"/></svg>${t.term('poll.your-vote')}</span>`
      : nothing
  }${row.writeIn && !row.writeIn.approved ? html`<span class="badge pending" part="badge">${t.term('poll.writein.pending')}</span>` : nothing}`;
}

function decideButton(row: ResultRow, ctx: ResultsContext, decision: WriteInDecision): TemplateResult {
  const { t } = ctx;
  return html`<button class="secondary small decide" aria-label=${t.term(`poll.writein.${decision}.label`, row.label)}
    aria-disabled=${ctx.approving.has(row.id) ? 'true' : 'false'} @click=${() => ctx.decide(row.id, row.label, decision)}>${t.term(`poll.writein.${decision}`)}</button>`;
}

function resultRow(row: ResultRow, poll: Poll, tied: boolean, ctx: ResultsContext): TemplateResult {
  const { t } = ctx;
  const label = row.id === PENDING_ROW ? t.term('poll.pending-others') : row.label;
  const approvable = row.writeIn && !row.writeIn.approved && poll.canManage;
  return html`<li class="row${row.leading ? ' leading' : ''}${row.mine ? ' mine' : ''}${row.aggregate ? ' aggregate' : ''}" part="result">
    <div class="row-text">
      <span class="label"><bdi>${label}</bdi>${badges(row, poll, tied, t)}${
        approvable ? html`${decideButton(row, ctx, 'approve')}${decideButton(row, ctx, 'reject')}` : nothing
      }</span>
      <span class="figures"><strong class="percent">${percent(t, row.percent)}</strong> <span class="count">${t.term('poll.votes', row.count)}</span></span>
    </div>
    <div class="bar" part="bar" aria-hidden="true"><span class="fill" ${cssVars({ '--_p': `${row.percent}%` })}></span></div>
  </li>`;
}

export function optionResults(poll: Poll, results: PollResults, mine: PollVote | null, ctx: ResultsContext): TemplateResult {
  const { t } = ctx;
  const table = resultTable(poll, results, mine);
  return html`<ul class="bars" aria-label=${t.term('poll.results')}>
      ${repeat(
        table.rows,
        (r) => r.id,
        (r) => resultRow(r, poll, table.tied, ctx),
      )}
    </ul>
    <p class="total">${t.term('poll.voters', table.totalVotes)}</p>
    ${poll.kind === 'multiple' && poll.maxChoices > 1 && table.totalVotes > 0 ? html`<p class="note">${t.term('poll.multiple.note', poll.maxChoices)}</p>` : nothing}`;
}

/** A message in place of the results, saying why they are not shown and when they will be. */
export function hiddenResults(poll: Poll, t: ChorusLocalize): TemplateResult {
  let text: string;
  switch (poll.resultsHiddenReason) {
    case 'vote-first':
      text = t.term('poll.hidden.vote-first');
      break;
    case 'until-closed':
      text = t.term('poll.hidden.until-closed');
      break;
    case 'admins-only':
      text = t.term('poll.hidden.admins-only');
      break;
    default:
      text = t.term('poll.hidden.below-minimum', poll.minVotesForResults);
      break;
  }
  return html`<p class="hidden-results" part="results"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 7V5.5a3.5 3.5 0 017 0V7H13v7H3V7zm1.5 0h4V5.5a2 2 0 00-4 0z"/></svg><span>${text}</span></p>`;
}

/** What to announce when a live update changed the poll: opened, closed, or the new count and leader. */
export function liveChange(before: Poll, after: Poll, t: ChorusLocalize, mine: PollVote | null): string {
  if (before.status !== 'closed' && after.status === 'closed') return t.term('poll.live.closed');
  if (before.status === 'scheduled' && after.status === 'open') return t.term('poll.live.opened');
  if (!after.results || JSON.stringify(before.results) === JSON.stringify(after.results)) return '';
  const parts = [t.term('poll.live.updated', t.term('poll.votes', after.results.totalVotes))];
  if (after.kind === 'enps' && after.results.enps) {
    parts.push(`${t.term('poll.enps.score')} ${t.number(after.results.enps.score, { signDisplay: 'exceptZero' })}.`);
  } else {
    const table = resultTable(after, after.results, mine);
    const leader = table.tied ? undefined : table.rows.find((r) => r.leading);
    if (leader) parts.push(t.term('poll.live.leader', leader.label, percent(t, leader.percent)));
  }
  return parts.join(' ');
}
