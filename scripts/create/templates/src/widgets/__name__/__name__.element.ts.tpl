import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { {{Name}}Port } from '../../adapter/{{name}}.port.js';
import { ChorusError, NetworkError, UnsupportedError, isAbort, isChorusError } from '../../core/errors.js';
import { ChorusErrorEvent } from '../../core/events.js';
import type { {{Name}} } from '../../core/{{name}}.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { AdapterController } from '../../controllers/adapter.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { en{{Name}} } from '../../i18n/en.{{name}}.js';
import { errorText } from '../../i18n/error-text.js';
import { {{camel}}Styles } from './{{name}}.styles.js';

export type { {{Name}}Port } from '../../adapter/{{name}}.port.js';
export type { {{Name}} } from '../../core/{{name}}.js';

/**
 * Scaffolded by `npm run create {{name}}`: loads its data through the `{{camel}}` port and shows
 * it, with loading, error (and retry), empty and "not available on this site" states. Replace
 * the stub's data and view with the widget's own; keep the states.
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
 * @cssstate error - Loading failed.
 */
export class Chorus{{Name}} extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, {{camel}}Styles];

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  private readonly adapters = new AdapterController(this);
  private readonly localize = new ChorusLocalize(this, () => this.adapters.locale, en{{Name}});
  private readonly internals = this.attachInternals();

  private readonly load = new Task(this, {
    args: () => [this.adapters.adapter] as const,
    task: async ([adapter], { signal }): Promise<{{Name}}> => {
      if (!adapter) return initialState as never;
      const port: {{Name}}Port | undefined = adapter.{{camel}};
      if (!port) throw new UnsupportedError('{{camel}}');
      return port.get{{Name}}({ signal });
    },
    // Side effects only here: a run overtaken by a newer one never reports.
    onError: (error) => {
      if (!isAbort(error)) this.dispatchEvent(new ChorusErrorEvent('get{{Name}}', this.typed(error)));
    },
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.load.status;
    this.setState('loading', status === TaskStatus.INITIAL || status === TaskStatus.PENDING);
    this.setState('error', status === TaskStatus.ERROR);
  }

  private setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  private typed(error: unknown): ChorusError {
    return isChorusError(error) ? error : new NetworkError(String(error), { cause: error });
  }

  protected override render() {
    const t = this.localize;
    return html`<section part="base" class="card" aria-label=${t.term('{{name}}.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.load.render({
        initial: () => this.loading(),
        pending: () => this.loading(),
        error: (error) => this.loadError(error),
        complete: (value) => this.body(value),
      })}
    </section>`;
  }

  private body(value: {{Name}}) {
    const t = this.localize;
    // Backend text is rendered with text bindings only, in its own direction.
    return html`<h2 class="title" dir="auto">${value.title}</h2>
      ${value.items.length
        ? html`<ul part="list" class="list">${value.items.map((item) => html`<li dir="auto">${item}</li>`)}</ul>`
        : html`<p class="empty">${t.term('{{name}}.empty')}</p>`}`;
  }

  private loading() {
    return html`<p class="loading" role="status">${this.localize.term('common.loading')}</p>`;
  }

  private loadError(error: unknown) {
    const t = this.localize;
    if (isAbort(error)) return this.loading();
    const typed = this.typed(error);
    return html`<div class="load-error" role="alert">
      <p><strong>${t.term('{{name}}.load-error')}</strong> ${errorText(t, typed)}</p>
      ${typed instanceof UnsupportedError ? nothing : html`<button class="secondary" @click=${() => void this.load.run()}>${t.term('common.retry')}</button>`}
    </div>`;
  }
}
