import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import { ForbiddenError, isAbort } from '../../core/errors.js';
import { DEFAULT_INSIGHTS_PERIOD, type Insights, type InsightsPeriod } from '../../core/insights.js';
import { PERIODS } from '../../core/leaderboard.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enInsights } from '../../i18n/en.insights.js';
import { downloadCsv } from '../../ui/download.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { legend } from './chart.view.js';
import { networksCsv, participationCsv, pollsCsv, postsCsv, recognitionCsv } from './insights.csv.js';
import {
  boundsText,
  feedbackSection,
  isQuiet,
  participationSection,
  pollsSection,
  recognitionSection,
  sharingSection,
  type InsightsTable,
} from './insights.view.js';
import { insightsStyles } from './insights.styles.js';

export type { InsightsPort } from '../../adapter/insights.port.js';
export type { Insights } from '../../core/insights.js';

/**
 * The programme's figures for the people who run it (the `insights` and `admin` roles): participation
 * by team (gave, received, voted, shared) this period against the last, anonymous feedback's message
 * count, recognition by company value (which values nobody recognised), and shares per network and
 * per post with the clicks on their tracked links, poll turnout (eNPS polls with their score) and the
 * feedback box's mood or eNPS trend. Each chart is drawn from
 * the data, named by a one-sentence summary, with its table behind a disclosure and a CSV download.
 * A group under the backend's minimum size reads "fewer than 5 people — withheld", never 0. Anyone
 * else sees a notice that the figures are not theirs to read.
 *
 * @summary Programme insights: participation, feedback and recognition, with small groups withheld.
 * @tag chorus-insights
 *
 * @fires chorus-error - When loading fails (`load` for the setup, `getInsights` for the figures, a missing role included): `{ operation, error }`. The element also shows it.
 *
 * @csspart base - The outer section.
 * @csspart options - The period choice.
 * @csspart participation - The participation section.
 * @csspart participation-chart - Its bar chart.
 * @csspart participation-table - Its table, behind a disclosure.
 * @csspart feedback - The anonymous feedback section.
 * @csspart recognition - The recognition-by-value section.
 * @csspart recognition-chart - Its bar chart.
 * @csspart recognition-table - Its table, behind a disclosure.
 * @csspart sharing - The sharing section: shares per network, shares and clicks per post.
 * @csspart sharing-chart - Its bar chart of shares per network.
 * @csspart sharing-table - Its table of shares per network, behind a disclosure.
 * @csspart posts-table - The table of posts with their shares and clicks.
 * @csspart polls - The poll turnout section.
 * @csspart polls-chart - Its bar chart of this period's polls.
 * @csspart polls-table - Its table, behind a disclosure.
 *
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-accent - This period's bars and the last period's outline.
 * @cssproperty --chorus-danger - Errors.
 * @cssproperty --chorus-radius - Corner radius of the card.
 *
 * @cssstate loading - While the figures load.
 */
export class ChorusInsights extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, fieldStyles, ...insightsStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** The period shown (UTC, against the one before): `week`, `month`, `quarter`, `all` or `rolling-30`. The reader may change it. */
  @property({ reflect: true }) period: InsightsPeriod = DEFAULT_INSIGHTS_PERIOD;

  private readonly widget: WidgetController<'insights', object> = new WidgetController(this, {
    port: 'insights',
    load: async () => ({}),
    loading: () => this.figures.value === undefined && !this.figures.error,
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enInsights);

  private readonly figures: Task<readonly [InsightsPort | undefined, InsightsPeriod], Insights> = new Task(this, {
    args: () => [this.widget.value?.port, this.period] as const,
    task: async ([port, period], { signal }) =>
      port ? port.getInsights({ period: PERIODS.includes(period) ? period : DEFAULT_INSIGHTS_PERIOD, signal }) : (initialState as never),
    onError: (error) => void (isAbort(error) || this.reportError('getInsights', error)),
  });

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('insights.label')} dir=${t.dir()} lang=${t.lang()}>
      <h2 class="title">${t.term('insights.heading')}</h2>
      ${this.widget.render({
        loading: () => this.loading(),
        error: (error, retry) => loadErrorView(t, error, { heading: t.term('insights.load-error'), retry, loading: () => this.loading() }),
        body: () =>
          this.figures.render({
            initial: () => this.loading(),
            pending: () => (this.figures.value ? this.body(this.figures.value, true) : this.loading()),
            error: (error) =>
              error instanceof ForbiddenError
                ? html`<div class="forbidden" role="status"><p>${t.term('insights.forbidden')}</p></div>`
                : loadErrorView(t, error, { heading: t.term('insights.load-error'), retry: () => this.figures.run(), loading: () => this.loading() }),
            complete: (value) => this.body(value, false),
          }),
      })}
    </section>`;
  }

  private body(value: Insights, busy: boolean): TemplateResult {
    const t = this.localize;
    const allTime = t.term('insights.period.all');
    const sections = { t, exportTable: (table: InsightsTable) => this.export(table, value) };
    return html`${this.options(value)}
      <div class="figures" aria-busy=${busy ? 'true' : 'false'}>
        ${
          isQuiet(value)
            ? emptyView(t.term('insights.empty'))
            : html`${legend(t)} ${participationSection(value, sections)} ${feedbackSection(value, t)} ${recognitionSection(value, sections)}
              ${sharingSection(value, sections)} ${pollsSection(value, sections)}`
        }
      </div>
      <p class="bounds">${t.term('insights.compared', boundsText(t, value.bounds, allTime), boundsText(t, value.previousBounds, allTime))}</p>`;
  }

  private options(value: Insights): TemplateResult {
    const t = this.localize;
    return html`<div class="options" part="options">
      <label for="period">${t.term('insights.period')}</label>
      <select id="period" @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value as InsightsPeriod)}>
        ${PERIODS.map((p) => html`<option .value=${p} ?selected=${p === (this.period ?? value.period)}>${t.term(`insights.period.${p}`)}</option>`)}
      </select>
    </div>`;
  }

  private export(table: InsightsTable, value: Insights): void {
    const csv = { participation: participationCsv, recognition: recognitionCsv, networks: networksCsv, posts: postsCsv, polls: pollsCsv }[table](
      value,
      this.localize,
    );
    const day = (value.bounds.from ?? new Date().toISOString()).slice(0, 10);
    downloadCsv(csv, `insights-${table}-${value.period}-${day}.csv`);
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span><span class="bone"></span>`);
  }
}
