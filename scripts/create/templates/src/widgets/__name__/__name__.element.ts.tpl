import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { {{Name}} } from '../../core/{{name}}.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { en{{Name}} } from '../../i18n/en.{{name}}.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { {{camel}}Styles } from './{{name}}.styles.js';

export type { {{Name}}Port } from '../../adapter/{{name}}.port.js';
export type { {{Name}} } from '../../core/{{name}}.js';

/**
 * Scaffolded by `npm run create {{name}}`: loads its data through the `{{camel}}` port
 * (WidgetController) and shows it, with the shared loading, load error (and retry), empty and
 * "not available on this site" states (src/ui/states.ts). Replace the stub's data and view with
 * the widget's own; keep the states.
 *
 * @summary {{Title}}.
 * @tag {{tag}}
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
export class Chorus{{Name}} extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...{{camel}}Styles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  private readonly widget: WidgetController<'{{camel}}', { data: {{Name}} }> = new WidgetController(this, {
    port: '{{camel}}',
    load: async (port, { signal }) => ({ data: await port.get{{Name}}({ signal }) }),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, en{{Name}});

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('{{name}}.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.setup.render({
        initial: () => this.loading(),
        pending: () => (this.widget.value ? this.body(this.widget.value.data) : this.loading()),
        error: (error) => loadErrorView(t, error, { heading: t.term('{{name}}.load-error'), retry: () => this.widget.retry(), loading: () => this.loading() }),
        complete: ({ data }) => this.body(data),
      })}
    </section>`;
  }

  private body(value: {{Name}}): TemplateResult {
    // Backend text is rendered with text bindings only, in its own direction.
    return html`<h2 class="title" dir="auto">${value.title}</h2>
      ${value.items.length
        ? html`<ul part="list" class="list">${value.items.map((item) => html`<li dir="auto">${item}</li>`)}</ul>`
        : emptyView(this.localize.term('{{name}}.empty'))}`;
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span>`);
  }
}
