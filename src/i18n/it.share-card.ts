import { registerChorusStrings } from './localize.js';
import { itCommon } from './it.common.js';
import type { enShareCard } from './en.share-card.js';

/*
 * Italian strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const itShareCard = {
  'share-card.label': 'Share card',
  'share-card.empty': 'Ancora niente.',
  'share-card.load-error': 'Impossibile caricare questo contenuto.',
} satisfies typeof enShareCard;

registerChorusStrings(itCommon, itShareCard);
