import { registerChorusStrings } from './localize.js';
import { deCommon } from './de.common.js';
import type { enInsights } from './en.insights.js';

/*
 * German strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const deInsights = {
  'insights.label': 'Insights',
  'insights.empty': 'Noch nichts vorhanden.',
  'insights.load-error': 'Das konnte nicht geladen werden.',
} satisfies typeof enInsights;

registerChorusStrings(deCommon, deInsights);
