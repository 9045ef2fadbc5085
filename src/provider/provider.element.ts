import { ContextProvider } from '@lit/context';
import { html, LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { chorusContext } from '../adapter/context.js';
import type { ChorusAdapter } from '../adapter/port.js';
import type { CurrentUser } from '../core/people.js';
import { isAbort } from '../core/errors.js';
import { VERSION } from '../base/version.js';

/**
 * Hands an adapter, the current user and a locale to every Chorus widget inside it.
 * Several providers with different backends may sit on one page; a widget uses the nearest.
 *
 * @summary Supplies a backend adapter, user and locale to the widgets inside it.
 * @tag chorus-provider
 * @slot - The widgets (and any other content) that use this provider.
 */
export class ChorusProvider extends LitElement {
  static readonly chorusVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The adapter the widgets inside talk to. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** The current user; when unset, the provider asks the adapter once and shares the answer. */
  @property({ attribute: false }) user?: CurrentUser;

  /** BCP 47 locale for the widgets inside, e.g. `fr` or `ar-EG`; a widget's own `lang` wins. */
  @property({ reflect: true }) locale?: string;

  private readonly provider = new ContextProvider(this, { context: chorusContext });
  private loadingUser?: AbortController;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.loadUser();
    if (this.adapter) {
      this.provider.setValue({ adapter: this.adapter, user: this.user ?? this.loadedUser, locale: this.locale || this.lang || undefined });
    }
  }

  private loadedUser?: CurrentUser;

  private loadUser(): void {
    this.loadingUser?.abort();
    this.loadedUser = undefined;
    const me = this.adapter?.me;
    if (!me || this.user) return;
    const abort = (this.loadingUser = new AbortController());
    me.getCurrentUser({ signal: abort.signal }).then(
      (user) => {
        if (abort.signal.aborted) return;
        this.loadedUser = user;
        this.requestUpdate();
      },
      (error: unknown) => {
        // Widgets ask again themselves and show the error where it matters.
        if (!isAbort(error)) this.loadedUser = undefined;
      },
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.adapter && !this.loadedUser) this.loadUser();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadingUser?.abort();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
