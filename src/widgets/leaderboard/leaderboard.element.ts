import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Leaderboard } from '../../core/leaderboard.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enLeaderboard } from '../../i18n/en.leaderboard.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { leaderboardStyles } from './leaderboard.styles.js';

export type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
export type { Leaderboard } from '../../core/leaderboard.js';

/**
 * Scaffolded by `npm run create leaderboard`: loads its data through the `leaderboard` port
 * (WidgetController) and shows it, with the shared loading, load error (and retry), empty and
 * "not available on this site" states (src/ui/states.ts). Replace the stub's data and view with
 * the widget's own; keep the states.
 *
 * @summary Leaderboard.
 * @tag chorus-leaderboard
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
export class ChorusLeaderboard extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...leaderboardStyles];

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  private readonly widget: WidgetController<'leaderboard', { data: Leaderboard }> = new WidgetController(this, {
    port: 'leaderboard',
    load: async (port, { signal }) => ({ data: await port.getLeaderboard({ signal }) }),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enLeaderboard);

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('leaderboard.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.setup.render({
        initial: () => this.loading(),
        pending: () => (this.widget.value ? this.body(this.widget.value.data) : this.loading()),
        error: (error) =>
          loadErrorView(t, error, { heading: t.term('leaderboard.load-error'), retry: () => this.widget.retry(), loading: () => this.loading() }),
        complete: ({ data }) => this.body(data),
      })}
    </section>`;
  }

  private body(value: Leaderboard): TemplateResult {
    // Backend text is rendered with text bindings only, in its own direction.
    return html`<h2 class="title" dir="auto">${value.title}</h2>
      ${
        value.items.length
          ? html`<ul part="list" class="list">${value.items.map((item) => html`<li dir="auto">${item}</li>`)}</ul>`
          : emptyView(this.localize.term('leaderboard.empty'))
      }`;
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span>`);
  }
}
