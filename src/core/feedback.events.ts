import type { FeedbackStatus, FeedbackThread } from './feedback.js';
import { eventInit as init } from './event-init.js';

/* The feedback box's events (event-init.ts says how events are shaped). */

/*
 * The sender's events carry nothing at all: a page that logs them next to the signed-in
 * user would otherwise link that user to a thread id, a category or a message, and anonymity would
 * be gone. The recipients' events (answer, status) are about the inbox and carry what they did.
 */

/** Before anonymous feedback is sent (cancelable). Deliberately empty: see above. */
export class FeedbackSendEvent extends Event {
  static readonly type = 'chorus-feedback-send';
  constructor() {
    super(FeedbackSendEvent.type, init(true));
  }
}

/** After anonymous feedback was stored. Deliberately empty: no thread id, no token, no text. */
export class FeedbackSentEvent extends Event {
  static readonly type = 'chorus-feedback-sent';
  constructor() {
    super(FeedbackSentEvent.type, init(false));
  }
}

/** Before the sender's anonymous reply in their thread is sent (cancelable). Deliberately empty. */
export class FeedbackReplyEvent extends Event {
  static readonly type = 'chorus-feedback-reply';
  constructor() {
    super(FeedbackReplyEvent.type, init(true));
  }
}

/** After the sender's anonymous reply was stored. Deliberately empty. */
export class FeedbackRepliedEvent extends Event {
  static readonly type = 'chorus-feedback-replied';
  constructor() {
    super(FeedbackRepliedEvent.type, init(false));
  }
}

/** Before a recipient's answer is sent (cancelable). */
export class FeedbackAnswerEvent extends Event {
  static readonly type = 'chorus-feedback-answer';
  constructor(
    readonly threadId: string,
    readonly message: string,
  ) {
    super(FeedbackAnswerEvent.type, init(true));
  }
}

/** After a recipient's answer was stored; `thread` as the backend returned it. */
export class FeedbackAnsweredEvent extends Event {
  static readonly type = 'chorus-feedback-answered';
  constructor(readonly thread: FeedbackThread) {
    super(FeedbackAnsweredEvent.type, init(false));
  }
}

/** Before a recipient closes or reopens a thread (cancelable). */
export class FeedbackStatusEvent extends Event {
  static readonly type = 'chorus-feedback-status';
  constructor(
    readonly threadId: string,
    readonly status: FeedbackStatus,
  ) {
    super(FeedbackStatusEvent.type, init(true));
  }
}

/** After a recipient closed or reopened a thread. */
export class FeedbackStatusChangedEvent extends Event {
  static readonly type = 'chorus-feedback-status-changed';
  constructor(readonly thread: FeedbackThread) {
    super(FeedbackStatusChangedEvent.type, init(false));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-feedback-send': FeedbackSendEvent;
    'chorus-feedback-sent': FeedbackSentEvent;
    'chorus-feedback-reply': FeedbackReplyEvent;
    'chorus-feedback-replied': FeedbackRepliedEvent;
    'chorus-feedback-answer': FeedbackAnswerEvent;
    'chorus-feedback-answered': FeedbackAnsweredEvent;
    'chorus-feedback-status': FeedbackStatusEvent;
    'chorus-feedback-status-changed': FeedbackStatusChangedEvent;
  }
}
