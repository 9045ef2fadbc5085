import type { Kudos, KudosComment, KudosDraft } from './kudos.js';
import { eventInit as init } from './event-init.js';

/* The kudos wall's events (event-init.ts says how events are shaped). */

export class KudosGiveEvent extends Event {
  static readonly type = 'chorus-kudos-give';
  constructor(readonly draft: Readonly<KudosDraft>) {
    super(KudosGiveEvent.type, init(true));
  }
}

export class KudosGivenEvent extends Event {
  static readonly type = 'chorus-kudos-given';
  constructor(readonly kudos: Kudos) {
    super(KudosGivenEvent.type, init(false));
  }
}

export class KudosReactEvent extends Event {
  static readonly type = 'chorus-kudos-react';
  constructor(
    readonly kudosId: string,
    readonly emoji: string,
    readonly active: boolean,
  ) {
    super(KudosReactEvent.type, init(true));
  }
}

export class KudosReactedEvent extends Event {
  static readonly type = 'chorus-kudos-reacted';
  constructor(
    readonly kudos: Kudos,
    readonly emoji: string,
    readonly active: boolean,
  ) {
    super(KudosReactedEvent.type, init(false));
  }
}

export class KudosCommentEvent extends Event {
  static readonly type = 'chorus-kudos-comment';
  constructor(
    readonly kudosId: string,
    readonly message: string,
  ) {
    super(KudosCommentEvent.type, init(true));
  }
}

export class KudosCommentedEvent extends Event {
  static readonly type = 'chorus-kudos-commented';
  constructor(readonly comment: KudosComment) {
    super(KudosCommentedEvent.type, init(false));
  }
}

export class KudosReportEvent extends Event {
  static readonly type = 'chorus-kudos-report';
  constructor(
    readonly kudosId: string,
    readonly reason: string,
    /** Set when a comment on the kudos is reported, not the kudos itself. */
    readonly commentId?: string,
  ) {
    super(KudosReportEvent.type, init(true));
  }
}

export class KudosReportedEvent extends Event {
  static readonly type = 'chorus-kudos-reported';
  constructor(
    readonly kudosId: string,
    /** Set when a comment on the kudos was reported, not the kudos itself. */
    readonly commentId?: string,
  ) {
    super(KudosReportedEvent.type, init(false));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-kudos-give': KudosGiveEvent;
    'chorus-kudos-given': KudosGivenEvent;
    'chorus-kudos-react': KudosReactEvent;
    'chorus-kudos-reacted': KudosReactedEvent;
    'chorus-kudos-comment': KudosCommentEvent;
    'chorus-kudos-commented': KudosCommentedEvent;
    'chorus-kudos-report': KudosReportEvent;
    'chorus-kudos-reported': KudosReportedEvent;
  }
}
