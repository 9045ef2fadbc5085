import { registerChorusStrings } from './localize.js';
import { esCommon } from './es.common.js';
import type { enModeration } from './en.moderation.js';

/*
 * Spanish strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const esModeration = {
  'moderation.label': 'Moderation',
  'moderation.empty': 'Todavía no hay nada.',
  'moderation.load-error': 'No se ha podido cargar.',
} satisfies typeof enModeration;

registerChorusStrings(esCommon, esModeration);
