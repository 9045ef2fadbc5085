import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ChorusLocalize } from '../../i18n/localize.js';

/** One bar of a chart: this period against the last, as lengths out of 100, with the figures in words. */
export interface Bar {
  name: string;
  /** 0–100 of the chart's width. */
  current: number;
  /** Null: no last period to compare with (a poll runs once). */
  previous: number | null;
  /** The figures as shown beside the bars ("57% · 43%"). */
  currentText: string;
  previousText: string;
  /** Set instead of the bars for a group under the minimum size. */
  withheld?: string;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Number.isFinite(n) ? n : 0));

/**
 * A horizontal bar chart drawn from the data with SVG attributes (no inline styles: a strict CSP
 * blocks them): this period filled, the last outlined, so the two differ by shape and by the
 * legend's words, never by colour alone. The chart is an image named by its text summary; the
 * table beside it holds the same figures for reading and for screen readers.
 */
export function barChart(summary: string, bars: readonly Bar[], part: string): TemplateResult {
  return html`<div class="chart" part=${part} role="img" aria-label=${summary}>
    ${bars.map(
      (b) => html`<div class="bar-row${b.withheld ? ' is-withheld' : ''}">
        <span class="bar-name" dir="auto">${b.name}</span>
        ${
          b.withheld
            ? html`<span class="bar-withheld">${b.withheld}</span>`
            : html`<svg class="bars" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-now" x="0" y="0" height="6" width=${clamp(b.current)}></rect>
                ${b.previous === null ? nothing : svg`<rect class="bar-before" x="0" y="8.5" height="5" width=${clamp(b.previous)} vector-effect="non-scaling-stroke"></rect>`}
              </svg>
              <span class="bar-value">${b.currentText}${
                b.previous === null ? nothing : html`<span class="bar-sep" aria-hidden="true"> · </span><span class="bar-prev">${b.previousText}</span>`
              }</span>`
        }
      </div>`,
    )}
  </div>`;
}

/** What the filled and outlined bars mean, in words. */
export function legend(t: ChorusLocalize): TemplateResult {
  return html`<ul class="legend" aria-label=${t.term('insights.legend')}>
    <li><svg class="key" viewBox="0 0 16 10" aria-hidden="true" focusable="false"><rect class="bar-now" x="0" y="2" width="16" height="6"></rect></svg>${t.term('insights.legend.current')}</li>
    <li><svg class="key" viewBox="0 0 16 10" aria-hidden="true" focusable="false"><rect class="bar-before" x="0.5" y="2.5" width="15" height="5"></rect></svg>${t.term('insights.legend.previous')}</li>
  </ul>`;
}

/** A table behind a disclosure, with its caption, for the chart above it. */
export function tableBox(t: ChorusLocalize, caption: string, head: readonly string[], rows: readonly TemplateResult[], part: string): TemplateResult {
  return html`<details class="table-box" part=${part}>
    <summary>${t.term('insights.show-table')}</summary>
    <div class="table-scroll" tabindex="0" role="group" aria-label=${caption}>
      <table>
        <caption>${caption}</caption>
        <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows}</tbody>
      </table>
    </div>
  </details>`;
}
