import { registerChorusStrings } from './localize.js';
import { esCommon } from './es.common.js';
import type { enInsights } from './en.insights.js';

/*
 * Spanish strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const esInsights = {
  'insights.label': 'Insights',
  'insights.empty': 'Todavía no hay nada.',
  'insights.load-error': 'No se ha podido cargar.',
} satisfies typeof enInsights;

registerChorusStrings(esCommon, esInsights);
