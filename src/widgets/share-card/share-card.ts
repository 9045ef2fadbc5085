import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusShareCard } from './share-card.element.js';

export { ChorusShareCard };
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-share-card', ChorusShareCard);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-share-card': ChorusShareCard;
  }
}
