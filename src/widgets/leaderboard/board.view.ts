import { html, nothing, type TemplateResult } from 'lit';
import type { Metric, Row } from '../../core/leaderboard.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { avatar } from '../../ui/avatar.js';
import { badgeIcon } from './badge-icon.js';

export interface RowOptions {
  t: ChorusLocalize;
  metric: Metric;
  perHead: boolean;
  total: number;
  /** The row that takes Tab (roving tabindex); the others are reached with the arrow keys. */
  active: number;
}

/** The entrant as shown: their name, a team's, or "Colleague 4F2A9C" for someone who opted out. */
export function displayName(t: ChorusLocalize, row: Row): string {
  return row.entrant.name || t.term('leaderboard.pseudonym', row.entrant.pseudonym ?? '');
}

/** "120 points", "3 kudos received"; per-head team scores keep their hundredths. */
export function scoreText(t: ChorusLocalize, metric: Metric, score: number): string {
  return t.term(`leaderboard.score.${metric}`, score);
}

/** The arrow and, for screen readers, the same in words ("Up 3 places"). */
function changeView(t: ChorusLocalize, row: Row): TemplateResult {
  const words =
    row.change === 'up'
      ? t.term('leaderboard.change.up', row.changeBy)
      : row.change === 'down'
        ? t.term('leaderboard.change.down', row.changeBy)
        : t.term(`leaderboard.change.${row.change}`);
  const glyph = row.change === 'up' ? `▲${row.changeBy}` : row.change === 'down' ? `▼${row.changeBy}` : row.change === 'new' ? words : '–';
  return html`<span class="change ${row.change}" title=${words}
    ><span aria-hidden="true">${glyph}</span><span class="visually-hidden">${words}</span></span
  >`;
}

/** One row of the board: rank (and "tied"), change, who, badges, score. A list item, keyed for the moves. */
export function rowView(row: Row, index: number, o: RowOptions): TemplateResult {
  const { t } = o;
  const name = displayName(t, row);
  const person = row.entrant.kind === 'person' && !row.entrant.pseudonym;
  const tag = row.isMe ? t.term(row.entrant.kind === 'team' ? 'leaderboard.your-team' : 'leaderboard.you') : '';
  return html`<div
    role="listitem"
    class="row ${row.isMe ? 'me' : ''}"
    part="row"
    data-key=${row.entrant.id}
    data-index=${index}
    tabindex=${index === o.active ? 0 : -1}
    aria-setsize=${o.total}
    aria-posinset=${index + 1}
  >
    <span class="rank">${t.term('leaderboard.ordinal', row.rank)}${row.tied ? html` <small class="tied">${t.term('leaderboard.tied')}</small>` : nothing}</span>
    ${changeView(t, row)}
    ${person ? avatar({ id: row.entrant.id, name }, 'sm') : html`<span class="avatar-blank" aria-hidden="true"></span>`}
    <span class="who"
      ><span class="name" dir="auto">${name}</span>${tag ? html` <span class="tag">${tag}</span>` : nothing}${
        row.isMe && row.entrant.pseudonym ? html` <span class="hint">${t.term('leaderboard.shown-as', row.entrant.pseudonym)}</span>` : nothing
      }${row.badges.length ? html` <span class="badges">${row.badges.map((id) => badgeIcon(t, id))}</span>` : nothing}</span
    >
    <span class="score" dir="auto">${scoreText(t, o.metric, row.score)}${o.perHead ? html` <small>${t.term('leaderboard.per-head')}</small>` : nothing}</span>
  </div>`;
}
