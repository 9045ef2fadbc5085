import { registerChorusStrings } from './localize.js';
import { esCommon } from './es.common.js';
import type { enShareCard } from './en.share-card.js';

/*
 * Spanish strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const esShareCard = {
  'share-card.label': 'Share card',
  'share-card.empty': 'Todavía no hay nada.',
  'share-card.load-error': 'No se ha podido cargar.',
} satisfies typeof enShareCard;

registerChorusStrings(esCommon, esShareCard);
