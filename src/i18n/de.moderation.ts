import { registerChorusStrings } from './localize.js';
import { deCommon } from './de.common.js';
import type { enModeration } from './en.moderation.js';

/*
 * German strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const deModeration = {
  'moderation.label': 'Moderation',
  'moderation.empty': 'Noch nichts vorhanden.',
  'moderation.load-error': 'Das konnte nicht geladen werden.',
} satisfies typeof enModeration;

registerChorusStrings(deCommon, deModeration);
