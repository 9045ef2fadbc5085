import { registerChorusStrings } from './localize.js';
import { deCommon } from './de.common.js';
import type { enLeaderboard } from './en.leaderboard.js';

/*
 * German strings of <chorus-leaderboard> (en.leaderboard.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const deLeaderboard = {
  'leaderboard.label': 'Leaderboard',
  'leaderboard.empty': 'Noch nichts vorhanden.',
  'leaderboard.load-error': 'Das konnte nicht geladen werden.',
} satisfies typeof enLeaderboard;

registerChorusStrings(deCommon, deLeaderboard);
