import { registerChorusStrings } from './localize.js';
import { frCommon } from './fr.common.js';
import type { enModeration } from './en.moderation.js';

/*
 * French strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const frModeration = {
  'moderation.label': 'Moderation',
  'moderation.empty': 'Rien pour l’instant.',
  'moderation.load-error': 'Impossible de charger ce contenu.',
} satisfies typeof enModeration;

registerChorusStrings(frCommon, frModeration);
