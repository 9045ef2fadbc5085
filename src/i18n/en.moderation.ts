/* English strings of <chorus-moderation>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enModeration = {
  'moderation.label': 'Moderation',
  'moderation.empty': 'Nothing here yet.',
  'moderation.load-error': 'This couldn’t be loaded.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    moderation: typeof enModeration;
  }
}
