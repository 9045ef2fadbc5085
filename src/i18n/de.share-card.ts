import { registerChorusStrings } from './localize.js';
import { deCommon } from './de.common.js';
import type { enShareCard } from './en.share-card.js';

/*
 * German strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const deShareCard = {
  'share-card.label': 'Share card',
  'share-card.empty': 'Noch nichts vorhanden.',
  'share-card.load-error': 'Das konnte nicht geladen werden.',
} satisfies typeof enShareCard;

registerChorusStrings(deCommon, deShareCard);
