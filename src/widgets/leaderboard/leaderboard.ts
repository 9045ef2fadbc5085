import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusLeaderboard } from './leaderboard.element.js';

export { ChorusLeaderboard };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { ChorusErrorEvent } from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-leaderboard', ChorusLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-leaderboard': ChorusLeaderboard;
  }
}
