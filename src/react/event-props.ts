import type { EventName } from '@lit/react';
import type {} from '../core/events.js';

/*
 * The `onX` props of a wrapper, named and typed from the event names alone, so a wrapper lists
 * its element's events once: 'chorus-kudos-given' → `onKudosGiven`, whose callback gets a
 * `KudosGivenEvent` (the type GlobalEventHandlersEventMap gives that name). `chorus-error` becomes
 * `onChorusError`: React's own `onError` is the DOM error event.
 */
type ChorusEvent = Extract<keyof GlobalEventHandlersEventMap, `chorus-${string}`>;
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;
export type EventPropName<E extends ChorusEvent> = E extends 'chorus-error' ? 'onChorusError' : E extends `chorus-${infer Rest}` ? `on${Pascal<Rest>}` : never;
export type EventProps<E extends ChorusEvent> = { [K in E as EventPropName<K>]: EventName<GlobalEventHandlersEventMap[K]> };

export function eventPropName<E extends ChorusEvent>(name: E): EventPropName<E> {
  const rest = name === 'chorus-error' ? 'chorus-error' : name.slice('chorus-'.length);
  return `on${rest.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}` as EventPropName<E>;
}

/** The `events` option of `createComponent` for these event names. */
export function eventProps<const E extends ChorusEvent>(...names: E[]): EventProps<E> {
  return Object.fromEntries(names.map((name) => [eventPropName(name), name])) as unknown as EventProps<E>;
}
