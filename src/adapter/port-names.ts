import type { ChorusAdapter } from './port.js';

/** Every port an adapter may serve, once: the embedded and REST adapters implement them all, the endpoint adapter forwards them. */
export const PORT_NAMES = ['people', 'me', 'kudos', 'polls', 'feedback', 'live'] as const satisfies readonly (keyof ChorusAdapter)[];

export type PortName = (typeof PORT_NAMES)[number];

/** An adapter that serves every port (the embedded, REST and endpoint adapters). */
export type ChorusPorts = { readonly [K in PortName]-?: NonNullable<ChorusAdapter[K]> };

// A port added to ChorusAdapter but not to PORT_NAMES fails the build here.
const everyPortListed: Exclude<keyof ChorusAdapter, PortName> extends never ? true : never = true;
void everyPortListed;
