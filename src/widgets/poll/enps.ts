import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { largestRemainder } from '../../core/percent.js';
import type { PollResults } from '../../core/poll.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { cssVars } from '../../ui/css-vars.js';
import { percent } from './results.js';

/*
 * eNPS: the 0–10 scale as a group of native radios (arrow keys move and select, as in any radio
 * group), and the result as a score with its promoter / passive / detractor breakdown.
 */

const SCORES = Array.from({ length: 11 }, (_, i) => i);

export function enpsScale(score: number | null, disabled: boolean, t: ChorusLocalize, choose: (score: number) => void): TemplateResult {
  const low = t.term('poll.enps.low');
  const high = t.term('poll.enps.high');
  return html`<div class="scale" part="scale">
    <div class="scale-options scale-11">
      ${SCORES.map(
        (n) => html`<label class="score">
        <input type="radio" name="score" .value=${String(n)} .checked=${live(score === n)} ?disabled=${disabled} @change=${() => choose(n)} />
        <span>${t.number(n)}${n === 0 ? html`<span class="visually-hidden">, ${low}</span>` : n === 10 ? html`<span class="visually-hidden">, ${high}</span>` : nothing}</span>
      </label>`,
      )}
    </div>
    <div class="scale-ends" aria-hidden="true"><span>${low}</span><span>${high}</span></div>
  </div>`;
}

export function enpsResults(results: PollResults, myScore: number | null, t: ChorusLocalize): TemplateResult {
  const enps = results.enps!;
  const groups = [
    { key: 'promoters', label: t.term('poll.enps.promoters'), count: enps.promoters },
    { key: 'passives', label: t.term('poll.enps.passives'), count: enps.passives },
    { key: 'detractors', label: t.term('poll.enps.detractors'), count: enps.detractors },
  ];
  const shares = largestRemainder(groups.map((g) => g.count));
  const score = t.number(enps.score, { signDisplay: 'exceptZero' });
  return html`<div class="enps">
      <p class="enps-score"><strong class="enps-value" part="score">${score}</strong>
        <span class="enps-label">${t.term('poll.enps.score')} <span class="muted">(${t.term('poll.enps.range')})</span></span></p>
      <div class="stack" part="bar" aria-hidden="true">
        ${groups.map((g, i) => (shares[i] ? html`<span class=${g.key} ${cssVars({ '--_p': `${shares[i]}%` })}></span>` : nothing))}
      </div>
      <ul class="bars breakdown" aria-label=${t.term('poll.results')}>
        ${groups.map(
          (g, i) => html`<li class="row ${g.key}" part="result">
          <div class="row-text">
            <span class="label"><span class="swatch" aria-hidden="true"></span>${g.label}</span>
            <span class="figures"><strong class="percent">${percent(t, shares[i]!)}</strong> <span class="count">${t.term('poll.votes', g.count)}</span></span>
          </div>
        </li>`,
        )}
      </ul>
      <p class="total">${t.term('poll.voters', results.totalVotes)}</p>
    </div>
    ${myScore === null ? nothing : html`<p class="own"><span class="badge mine" part="badge">${t.term('poll.enps.your-score', myScore)}</span></p>`}`;
}
