import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusPostComposer } from './post-composer.element.js';

export { ChorusPostComposer };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { PostSavedEvent, PostCancelEvent, ChorusErrorEvent } from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-post-composer', ChorusPostComposer);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-post-composer': ChorusPostComposer;
  }
}
