import { registerChorusStrings } from './localize.js';
import { frCommon } from './fr.common.js';
import type { enLeaderboard } from './en.leaderboard.js';

/*
 * French strings of <chorus-leaderboard> (en.leaderboard.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const frLeaderboard = {
  'leaderboard.label': 'Leaderboard',
  'leaderboard.empty': 'Rien pour l’instant.',
  'leaderboard.load-error': 'Impossible de charger ce contenu.',
} satisfies typeof enLeaderboard;

registerChorusStrings(frCommon, frLeaderboard);
