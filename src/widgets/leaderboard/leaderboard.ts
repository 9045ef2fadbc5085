import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusLeaderboard } from './leaderboard.element.js';

export { ChorusLeaderboard };
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-leaderboard', ChorusLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-leaderboard': ChorusLeaderboard;
  }
}
