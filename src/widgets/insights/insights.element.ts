import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Insights } from '../../core/insights.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enInsights } from '../../i18n/en.insights.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { insightsStyles } from './insights.styles.js';

export type { InsightsPort } from '../../adapter/insights.port.js';
export type { Insights } from '../../core/insights.js';

/**
 * Scaffolded by `npm run create insights`: loads its data through the `insights` port
 * (WidgetController) and shows it, with the shared loading, load error (and retry), empty and
 * "not available on this site" states (src/ui/states.ts). Replace the stub's data and view with
 * the widget's own; keep the states.
 *
 * @summary Insights.
 * @tag chorus-insights
 *
 * @fires chorus-error - When loading fails: `{ operation, error }`. The element also shows it.
 *
 * @csspart base - The outer section.
 * @csspart list - The list of items.
 *
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-danger - Errors.
 * @cssproperty --chorus-radius - Corner radius of the card.
 *
 * @cssstate loading - While the data loads.
 */
export class ChorusInsights extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...insightsStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  private readonly widget: WidgetController<'insights', { data: Insights }> = new WidgetController(this, {
    port: 'insights',
    load: async (port, { signal }) => ({ data: await port.getInsights({ signal }) }),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enInsights);

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('insights.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.setup.render({
        initial: () => this.loading(),
        pending: () => (this.widget.value ? this.body(this.widget.value.data) : this.loading()),
        error: (error) => loadErrorView(t, error, { heading: t.term('insights.load-error'), retry: () => this.widget.retry(), loading: () => this.loading() }),
        complete: ({ data }) => this.body(data),
      })}
    </section>`;
  }

  private body(value: Insights): TemplateResult {
    // Backend text is rendered with text bindings only, in its own direction.
    return html`<h2 class="title" dir="auto">${value.title}</h2>
      ${
        value.items.length
          ? html`<ul part="list" class="list">${value.items.map((item) => html`<li dir="auto">${item}</li>`)}</ul>`
          : emptyView(this.localize.term('insights.empty'))
      }`;
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span>`);
  }
}
