import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusPostComposer } from './post-composer.element.js';

export { ChorusPostComposer };
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-post-composer', ChorusPostComposer);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-post-composer': ChorusPostComposer;
  }
}
