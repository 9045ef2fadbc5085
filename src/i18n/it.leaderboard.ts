import { registerChorusStrings } from './localize.js';
import { itCommon } from './it.common.js';
import type { enLeaderboard } from './en.leaderboard.js';

/*
 * Italian strings of <chorus-leaderboard> (en.leaderboard.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const itLeaderboard = {
  'leaderboard.label': 'Leaderboard',
  'leaderboard.empty': 'Ancora niente.',
  'leaderboard.load-error': 'Impossibile caricare questo contenuto.',
} satisfies typeof enLeaderboard;

registerChorusStrings(itCommon, itLeaderboard);
