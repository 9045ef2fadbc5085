import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusShareCard } from './share-card.element.js';

export { ChorusShareCard };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { ShareEvent, SharedEvent, ChorusErrorEvent } from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-share-card', ChorusShareCard);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-share-card': ChorusShareCard;
  }
}
