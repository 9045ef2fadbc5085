import { registerChorusStrings } from './localize.js';
import { esCommon } from './es.common.js';
import type { enLeaderboard } from './en.leaderboard.js';

/*
 * Spanish strings of <chorus-leaderboard> (en.leaderboard.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const esLeaderboard = {
  'leaderboard.label': 'Leaderboard',
  'leaderboard.empty': 'Todavía no hay nada.',
  'leaderboard.load-error': 'No se ha podido cargar.',
} satisfies typeof enLeaderboard;

registerChorusStrings(esCommon, esLeaderboard);
