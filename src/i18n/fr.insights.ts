import { registerChorusStrings } from './localize.js';
import { frCommon } from './fr.common.js';
import type { enInsights } from './en.insights.js';

/*
 * French strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const frInsights = {
  'insights.label': 'Insights',
  'insights.empty': 'Rien pour l’instant.',
  'insights.load-error': 'Impossible de charger ce contenu.',
} satisfies typeof enInsights;

registerChorusStrings(frCommon, frInsights);
