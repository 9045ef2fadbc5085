import { LitElement, type CSSResultArray } from 'lit';
import { property } from 'lit/decorators.js';
import { NetworkError, isChorusError, type ChorusError } from '../core/errors.js';
import { ChorusErrorEvent } from '../core/error.events.js';
import { defineElement } from './define.js';
import { hostStyles } from './host.styles.js';
import { pageScheme } from './page-scheme.js';
import { VERSION } from './version.js';

/**
 * The thin base of every Chorus element: host styles, the version used by defineElement, a
 * `theme` attribute, custom states and error reporting. Data, context and localization live in
 * controllers, not here.
 */
export class ChorusElement extends LitElement {
  static readonly chorusVersion = VERSION;
  static override styles: CSSResultArray = [hostStyles];

  /**
   * `light`, `dark`, or unset to follow the page: its Fluent tokens (SharePoint) when it has them,
   * else the `color-scheme` it declares, else the user's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * The elements this one renders or needs around it, by tag (its composer, the provider), defined
   * when one of these is first created, unless defined already: a class registered under the
   * page's own tag (`customElements.define('my-wall', class extends ChorusKudosWall {})`) still
   * gets its composer and finds its provider. Shoelace's `static dependencies`.
   * @internal
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  #internals?: ElementInternals;

  constructor() {
    super();
    for (const [tag, element] of Object.entries((this.constructor as typeof ChorusElement).dependencies)) defineElement(tag, element);
  }
  static #osScheme?: MediaQueryList;
  readonly #followPage = () => {
    const { tokens, dark } = pageScheme(this);
    this.customStates.set('page-tokens', tokens);
    this.customStates.set('page-dark', dark === true);
    this.customStates.set('page-light', dark === false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#followPage();
    // A page may switch its tokens or color-scheme with the computer's preference.
    (ChorusElement.#osScheme ??= matchMedia('(prefers-color-scheme: dark)')).addEventListener('change', this.#followPage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ChorusElement.#osScheme?.removeEventListener('change', this.#followPage);
  }

  /**
   * Custom states, styled from outside as `:state(name)` (internals are attached on first use).
   * For the element and its controllers; each element documents its states with `@cssstate`.
   * @internal
   */
  readonly customStates = {
    set: (state: string, active: boolean): void => {
      const states = (this.#internals ??= this.attachInternals()).states;
      if (active) states.add(state);
      else states.delete(state);
    },
    has: (state: string): boolean => !!this.#internals?.states.has(state),
  };

  /**
   * Reports a failed call to the page: `chorus-error` with `{ operation, error }`, anything thrown
   * wrapped into a ChorusError (a bug or a backend's odd answer reads as a network failure).
   * Returns the typed error, for the element to show. For the element and its controllers.
   * @internal
   */
  reportError(operation: string, error: unknown): ChorusError {
    const typed = isChorusError(error) ? error : new NetworkError(String(error), { cause: error });
    this.dispatchEvent(new ChorusErrorEvent(operation, typed));
    return typed;
  }
}
