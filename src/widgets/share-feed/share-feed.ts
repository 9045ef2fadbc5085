import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import '../share-card/share-card.js';
import { ChorusShareFeed } from './share-feed.element.js';

export { ChorusShareFeed };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { PostSuggestedEvent, PostActionEvent, ChorusErrorEvent } from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context; each
// post's <chorus-share-card> opens in place, so the feed defines it too.
defineElement('chorus-share-feed', ChorusShareFeed);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-share-feed': ChorusShareFeed;
  }
}
