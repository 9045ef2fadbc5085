/* English strings of <chorus-share-card>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enShareCard = {
  'share-card.label': 'Share card',
  'share-card.empty': 'Nothing here yet.',
  'share-card.load-error': 'This couldn’t be loaded.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    'share-card': typeof enShareCard;
  }
}
