import { registerChorusStrings } from './localize.js';
import { itCommon } from './it.common.js';
import type { enModeration } from './en.moderation.js';

/*
 * Italian strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const itModeration = {
  'moderation.label': 'Moderation',
  'moderation.empty': 'Ancora niente.',
  'moderation.load-error': 'Impossibile caricare questo contenuto.',
} satisfies typeof enModeration;

registerChorusStrings(itCommon, itModeration);
