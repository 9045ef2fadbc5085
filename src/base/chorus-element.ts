import { LitElement, type CSSResultArray } from 'lit';
import { property } from 'lit/decorators.js';
import { hostStyles } from './host.styles.js';
import { VERSION } from './version.js';

/**
 * The thin base of every Chorus element: host styles, the version used by defineElement, and a
 * `theme` attribute. Data, context and localization live in controllers, not here.
 */
export class ChorusElement extends LitElement {
  static readonly chorusVersion = VERSION;
  static override styles: CSSResultArray = [hostStyles];

  /** `light`, `dark`, or unset to follow the user's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
}
