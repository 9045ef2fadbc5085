import { registerChorusStrings } from './localize.js';
import { itCommon } from './it.common.js';
import type { enInsights } from './en.insights.js';

/*
 * Italian strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const itInsights = {
  'insights.label': 'Insights',
  'insights.empty': 'Ancora niente.',
  'insights.load-error': 'Impossibile caricare questo contenuto.',
} satisfies typeof enInsights;

registerChorusStrings(itCommon, itInsights);
