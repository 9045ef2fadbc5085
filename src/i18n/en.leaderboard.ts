/* English strings of <chorus-leaderboard>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enLeaderboard = {
  'leaderboard.label': 'Leaderboard',
  'leaderboard.empty': 'Nothing here yet.',
  'leaderboard.load-error': 'This couldn’t be loaded.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    leaderboard: typeof enLeaderboard;
  }
}
