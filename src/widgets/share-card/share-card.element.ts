import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Post } from '../../core/share-card.js';
import type { Page } from '../../core/people.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enShareCard } from '../../i18n/en.share-card.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { shareCardStyles } from './share-card.styles.js';

export type { ShareCardPort } from '../../adapter/share-card.port.js';
export type { Post } from '../../core/share-card.js';

/**
 * Scaffolded by `npm run create share-card`: loads its data through the `shareCard` port
 * (WidgetController) and shows it, with the shared loading, load error (and retry), empty and
 * "not available on this site" states (src/ui/states.ts). Replace the stub's data and view with
 * the widget's own; keep the states.
 *
 * @summary Share card.
 * @tag chorus-share-card
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
export class ChorusShareCard extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...shareCardStyles];

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  private readonly widget: WidgetController<'shareCard', { data: Page<Post> }> = new WidgetController(this, {
    port: 'shareCard',
    load: async (port, { signal }) => ({ data: await port.listPosts({}, { signal }) }),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enShareCard);

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('share-card.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.setup.render({
        initial: () => this.loading(),
        pending: () => (this.widget.value ? this.body(this.widget.value.data) : this.loading()),
        error: (error) =>
          loadErrorView(t, error, { heading: t.term('share-card.load-error'), retry: () => this.widget.retry(), loading: () => this.loading() }),
        complete: ({ data }) => this.body(data),
      })}
    </section>`;
  }

  private body(value: Page<Post>): TemplateResult {
    // Backend text is rendered with text bindings only, in its own direction.
    return html`<h2 class="title">${this.localize.term('share-card.label')}</h2>
      ${
        value.items.length
          ? html`<ul part="list" class="list">${value.items.map((post) => html`<li dir="auto">${post.title}</li>`)}</ul>`
          : emptyView(this.localize.term('share-card.empty'))
      }`;
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span>`);
  }
}
