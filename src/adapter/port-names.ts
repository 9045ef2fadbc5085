import type { ChorusAdapter } from './port.js';
// Brings the merged ports listed below into ChorusAdapter wherever this module's types are read.
export type { InsightsPort } from './insights.port.js';
export type { ModerationPort } from './moderation.port.js';
export type { ShareCardPort } from './share-card.port.js';

/**
 * The ports every full adapter serves, once: the embedded and REST adapters implement them all and
 * the endpoint adapter forwards them. A new widget's port (`npm run create`) joins ChorusAdapter by
 * itself and is added here when it is ready to be served over `<chorus-provider endpoint>`.
 */
export const PORT_NAMES = [
  'people',
  'me',
  'kudos',
  'polls',
  'feedback',
  'moderation',
  'shareCard',
  'leaderboard',
  'insights',
  'live',
] as const satisfies readonly (keyof ChorusAdapter)[];

export type PortName = (typeof PORT_NAMES)[number];

/** An adapter that serves every port (the embedded, REST and endpoint adapters). */
export type ChorusPorts = { readonly [K in PortName]-?: NonNullable<ChorusAdapter[K]> };
