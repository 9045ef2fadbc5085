import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusModeration } from './moderation.element.js';

export { ChorusModeration };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { ChorusErrorEvent } from '../../core/error.events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-moderation', ChorusModeration);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-moderation': ChorusModeration;
  }
}
