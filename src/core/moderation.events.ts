import type { ItemRef, ModerationAction, QueueItem } from './moderation.js';
import { eventInit as init } from './event-init.js';

/* <chorus-moderation>'s events (event-init.ts says how events are shaped). */

/** A moderator asked for an action: cancelable, before the backend call (a host can veto it). */
export class ModerateEvent extends Event {
  static readonly type = 'chorus-moderate';
  constructor(
    readonly ref: Readonly<ItemRef>,
    readonly action: ModerationAction,
    readonly reason: string,
  ) {
    super(ModerateEvent.type, init(true));
  }
}

/** The action was recorded: `item` as the backend returned it (its new state and history). */
export class ModeratedEvent extends Event {
  static readonly type = 'chorus-moderated';
  constructor(readonly item: QueueItem) {
    super(ModeratedEvent.type, init(false));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-moderate': ModerateEvent;
    'chorus-moderated': ModeratedEvent;
  }
}
