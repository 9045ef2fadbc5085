import { ContextProvider } from '@lit/context';
import { html, LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { chorusContext } from '../adapter/context.js';
import type { ChorusAdapter } from '../adapter/port.js';
import type { CurrentUser } from '../core/people.js';
import { isAbort } from '../core/errors.js';
import { VERSION } from '../base/version.js';
import { endpointAdapter, type EndpointAdapter } from './endpoint.js';

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

/**
 * Hands an adapter, the current user and a locale to every Chorus widget inside it.
 * Several providers with different backends may sit on one page; a widget uses the nearest.
 * With `endpoint` and no `adapter`, it talks to a backend that implements the Chorus HTTP
 * contract there, with no script: `<chorus-provider endpoint="/api/chorus">`.
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

  /**
   * Base URL of a backend that implements the Chorus HTTP contract, e.g. `/api/chorus`. Used
   * when `adapter` is not set: the provider then makes a REST adapter for it (loaded on demand).
   */
  @property({ reflect: true }) endpoint?: string;

  /**
   * Whether requests to `endpoint` carry cookies: `same-origin` (default), `include` (an API on
   * another origin that allows credentials) or `omit`.
   */
  @property({ reflect: true }) credentials?: RequestCredentials;

  /** The current user; when unset, the provider asks the adapter once and shares the answer. */
  @property({ attribute: false }) user?: CurrentUser;

  /** BCP 47 locale for the widgets inside, e.g. `fr` or `ar-EG`; a widget's own `lang` wins. */
  @property({ reflect: true }) locale?: string;

  private readonly provider = new ContextProvider(this, { context: chorusContext });
  private loadingUser?: AbortController;
  private made?: { key: string; adapter: EndpointAdapter };
  private userFrom?: ChorusAdapter;

  /** The adapter in use: the `adapter` property, else one made for `endpoint`. */
  get activeAdapter(): ChorusAdapter | undefined {
    if (this.adapter) return this.adapter;
    const endpoint = this.endpoint?.trim();
    if (!endpoint) return undefined;
    // An unknown value (a typo in markup) means the default rather than a fetch that throws.
    const credentials = CREDENTIALS.includes(this.credentials!) ? this.credentials : undefined;
    const key = `${credentials ?? ''} ${endpoint}`;
    if (this.made?.key !== key) {
      this.made?.adapter.dispose();
      this.made = { key, adapter: endpointAdapter({ baseUrl: endpoint, credentials }) };
    }
    return this.made.adapter;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.publish();
  }

  /**
   * Hands the current adapter to the widgets. Also called on connect, before the widgets inside
   * connect and ask for it: a widget that gets no adapter loads the embedded one instead.
   */
  private publish(): void {
    const adapter = this.activeAdapter;
    if (adapter !== this.userFrom) this.loadUser(adapter);
    if (adapter) {
      this.provider.setValue({ adapter, user: this.user ?? this.loadedUser, locale: this.locale || this.lang || undefined });
    }
  }

  private loadedUser?: CurrentUser;

  private loadUser(adapter: ChorusAdapter | undefined): void {
    this.loadingUser?.abort();
    this.loadedUser = undefined;
    this.userFrom = adapter;
    const me = adapter?.me;
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
    this.publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadingUser?.abort();
    // A user still loading is asked for again on the next connect.
    if (!this.loadedUser) this.userFrom = undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
