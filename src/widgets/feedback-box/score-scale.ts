import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeedbackScoreKind } from '../../core/feedback.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/*
 * The optional score as native radios (arrow keys move and select, as in any radio group): a
 * mood 1–5 with a face and a word each, or eNPS 0–10 with the meaning of both ends. A "Clear
 * score" button skips it again.
 */

const FACES = ['😞', '🙁', '😐', '🙂', '😄'] as const;
const MOODS = [1, 2, 3, 4, 5] as const;
const ENPS = Array.from({ length: 11 }, (_, i) => i);

export const moodFace = (score: number): string => FACES[score - 1] ?? '';

export function moodLabel(t: ChorusLocalize, score: number): string {
  switch (score) {
    case 1:
      return t.term('feedback.mood.1');
    case 2:
      return t.term('feedback.mood.2');
    case 3:
      return t.term('feedback.mood.3');
    case 4:
      return t.term('feedback.mood.4');
    default:
      return t.term('feedback.mood.5');
  }
}

export interface ScoreOptions {
  t: ChorusLocalize;
  kind: FeedbackScoreKind;
  score: number | null;
  disabled: boolean;
  error: string;
  choose: (score: number | null) => void;
}

export function scoreScale({ t, kind, score, disabled, error, choose }: ScoreOptions): TemplateResult | typeof nothing {
  if (kind === 'none') return nothing;
  const legend = kind === 'mood' ? t.term('feedback.mood.legend') : t.term('feedback.enps.legend');
  const low = t.term('feedback.enps.low');
  const high = t.term('feedback.enps.high');
  return html`<fieldset class="score-field" part="score" ?disabled=${disabled} aria-describedby=${error ? 'score-error' : nothing}>
    <legend>${legend} <span class="optional">(${t.term('feedback.optional')})</span></legend>
    ${
      kind === 'mood'
        ? html`<div class="moods">${MOODS.map(
            (n) => html`<label class="mood">
          <input type="radio" name="score" .value=${String(n)} .checked=${live(score === n)} aria-invalid=${error ? 'true' : 'false'} @change=${() => choose(n)} />
          <span class="mood-face emoji-glyph" aria-hidden="true">${moodFace(n)}</span><span class="mood-label">${moodLabel(t, n)}</span>
        </label>`,
          )}</div>
          <div class="mood-ends" aria-hidden="true"><span>${moodLabel(t, 1)}</span><span>${moodLabel(t, 5)}</span></div>`
        : html`<div class="enps-options scale-11">${ENPS.map(
            (n) => html`<label class="enps-option">
            <input type="radio" name="score" .value=${String(n)} .checked=${live(score === n)} aria-invalid=${error ? 'true' : 'false'} @change=${() => choose(n)} />
            <span>${t.number(n)}${n === 0 ? html`<span class="visually-hidden">, ${low}</span>` : n === 10 ? html`<span class="visually-hidden">, ${high}</span>` : nothing}</span>
          </label>`,
          )}</div>
          <div class="enps-ends" aria-hidden="true"><span>${low}</span><span>${high}</span></div>`
    }
    ${error ? html`<p class="field-error" id="score-error">${error}</p>` : nothing}
    ${score === null ? nothing : html`<button type="button" class="link clear-score" @click=${() => choose(null)}>${t.term('feedback.score.clear')}</button>`}
  </fieldset>`;
}
