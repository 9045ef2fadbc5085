import { registerChorusStrings } from './localize.js';
import { frCommon } from './fr.common.js';
import type { enShareCard } from './en.share-card.js';

/*
 * French strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const frShareCard = {
  'share-card.label': 'Share card',
  'share-card.empty': 'Rien pour l’instant.',
  'share-card.load-error': 'Impossible de charger ce contenu.',
} satisfies typeof enShareCard;

registerChorusStrings(frCommon, frShareCard);
