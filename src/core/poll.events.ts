import type { Poll, PollDraft, PollVote } from './poll.js';
import { eventInit as init } from './event-init.js';

/* The poll's events (event-init.ts says how events are shaped). */

export class PollVoteEvent extends Event {
  static readonly type = 'chorus-poll-vote';
  constructor(
    readonly pollId: string,
    readonly vote: Readonly<PollVote>,
  ) {
    super(PollVoteEvent.type, init(true));
  }
}

export class PollVotedEvent extends Event {
  static readonly type = 'chorus-poll-voted';
  /** `poll` as the backend returned it after counting `vote`. */
  constructor(
    readonly poll: Poll,
    readonly vote: PollVote,
  ) {
    super(PollVotedEvent.type, init(false));
  }
}

export class PollCreateEvent extends Event {
  static readonly type = 'chorus-poll-create';
  constructor(readonly draft: Readonly<PollDraft>) {
    super(PollCreateEvent.type, init(true));
  }
}

export class PollCreatedEvent extends Event {
  static readonly type = 'chorus-poll-created';
  /** The new poll; `poll.id` is what a page puts in `poll-id`. */
  constructor(readonly poll: Poll) {
    super(PollCreatedEvent.type, init(false));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-poll-vote': PollVoteEvent;
    'chorus-poll-voted': PollVotedEvent;
    'chorus-poll-create': PollCreateEvent;
    'chorus-poll-created': PollCreatedEvent;
  }
}
