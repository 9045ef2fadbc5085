import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Moderation } from '../../core/moderation.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enModeration } from '../../i18n/en.moderation.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { moderationStyles } from './moderation.styles.js';

export type { ModerationPort } from '../../adapter/moderation.port.js';
export type { Moderation } from '../../core/moderation.js';

/**
 * Scaffolded by `npm run create moderation`: loads its data through the `moderation` port
 * (WidgetController) and shows it, with the shared loading, load error (and retry), empty and
 * "not available on this site" states (src/ui/states.ts). Replace the stub's data and view with
 * the widget's own; keep the states.
 *
 * @summary Moderation.
 * @tag chorus-moderation
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
export class ChorusModeration extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...moderationStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  private readonly widget: WidgetController<'moderation', { data: Moderation }> = new WidgetController(this, {
    port: 'moderation',
    load: async (port, { signal }) => ({ data: await port.getModeration({ signal }) }),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enModeration);

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('moderation.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.setup.render({
        initial: () => this.loading(),
        pending: () => (this.widget.value ? this.body(this.widget.value.data) : this.loading()),
        error: (error) =>
          loadErrorView(t, error, { heading: t.term('moderation.load-error'), retry: () => this.widget.retry(), loading: () => this.loading() }),
        complete: ({ data }) => this.body(data),
      })}
    </section>`;
  }

  private body(value: Moderation): TemplateResult {
    // Backend text is rendered with text bindings only, in its own direction.
    return html`<h2 class="title" dir="auto">${value.title}</h2>
      ${
        value.items.length
          ? html`<ul part="list" class="list">${value.items.map((item) => html`<li dir="auto">${item}</li>`)}</ul>`
          : emptyView(this.localize.term('moderation.empty'))
      }`;
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span>`);
  }
}
