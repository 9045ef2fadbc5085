import type { ChorusError } from './errors.js';
import { eventInit as init } from './event-init.js';

/* The event every widget fires when an adapter call fails (event-init.ts says how events are shaped). */

/** Fired when an adapter call fails; the widget also shows the error to the user. */
export class ChorusErrorEvent extends Event {
  static readonly type = 'chorus-error';
  constructor(
    readonly operation: string,
    readonly error: ChorusError,
  ) {
    super(ChorusErrorEvent.type, init(false));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-error': ChorusErrorEvent;
  }
}
