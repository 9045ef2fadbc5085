import type { ChorusError } from './errors.js';
import type { Kudos, KudosComment, KudosDraft } from './kudos.js';
import type { FeedbackStatus, FeedbackThread } from './feedback.js';
import type { Poll, PollDraft, PollVote } from './poll.js';
import type { Post, ShareNetwork } from './share-card.domain.js';
import type { PostAction } from './share-card.rules.js';

/*
 * One Event subclass per event, typed fields, registered in GlobalEventHandlersEventMap.
 * Present tense: cancelable, fires before the adapter call. Past tense: fires after success.
 * All bubble and cross shadow roots, so a host page can listen on any ancestor.
 */
const init = (cancelable: boolean): EventInit => ({ bubbles: true, composed: true, cancelable });

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
  ) {
    super(KudosReportEvent.type, init(true));
  }
}

export class KudosReportedEvent extends Event {
  static readonly type = 'chorus-kudos-reported';
  constructor(readonly kudosId: string) {
    super(KudosReportedEvent.type, init(false));
  }
}

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

/*
 * Feedback. The sender's events carry nothing at all: a page that logs them next to the signed-in
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

/** Before a post is shared to a network (cancelable): before its tracked link is asked for and anything opens. */
export class ShareEvent extends Event {
  static readonly type = 'chorus-post-share';
  constructor(
    readonly postId: string,
    readonly network: ShareNetwork,
  ) {
    super(ShareEvent.type, init(true));
  }
}

/** After a share was handed to the network and recorded; `post` as the backend returned it (new counts). */
export class SharedEvent extends Event {
  static readonly type = 'chorus-post-shared';
  constructor(
    readonly post: Post,
    readonly network: ShareNetwork,
  ) {
    super(SharedEvent.type, init(false));
  }
}

/** After <chorus-post-composer> saved a post (created or updated); `submitted` when it was also sent for approval. */
export class PostSavedEvent extends Event {
  static readonly type = 'chorus-post-saved';
  constructor(
    readonly post: Post,
    readonly submitted: boolean,
  ) {
    super(PostSavedEvent.type, init(false));
  }
}

/** The author left <chorus-post-composer> with "Cancel" (cancelable: a host may keep it open); its unsaved draft is dropped. */
export class PostCancelEvent extends Event {
  static readonly type = 'chorus-post-cancel';
  constructor() {
    super(PostCancelEvent.type, init(true));
  }
}

/** After an employee's suggested link was stored (it waits for an approver); `post` is the submitted suggestion. */
export class PostSuggestedEvent extends Event {
  static readonly type = 'chorus-post-suggested';
  constructor(readonly post: Post) {
    super(PostSuggestedEvent.type, init(false));
  }
}

/** After a publishing step succeeded (submit, approve, return, schedule, archive); `post` as the backend returned it. */
export class PostActionEvent extends Event {
  static readonly type = 'chorus-post-action';
  constructor(
    readonly post: Post,
    readonly action: PostAction,
  ) {
    super(PostActionEvent.type, init(false));
  }
}

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
    'chorus-kudos-give': KudosGiveEvent;
    'chorus-kudos-given': KudosGivenEvent;
    'chorus-kudos-react': KudosReactEvent;
    'chorus-kudos-reacted': KudosReactedEvent;
    'chorus-kudos-comment': KudosCommentEvent;
    'chorus-kudos-commented': KudosCommentedEvent;
    'chorus-kudos-report': KudosReportEvent;
    'chorus-kudos-reported': KudosReportedEvent;
    'chorus-poll-vote': PollVoteEvent;
    'chorus-poll-voted': PollVotedEvent;
    'chorus-poll-create': PollCreateEvent;
    'chorus-poll-created': PollCreatedEvent;
    'chorus-feedback-send': FeedbackSendEvent;
    'chorus-feedback-sent': FeedbackSentEvent;
    'chorus-feedback-reply': FeedbackReplyEvent;
    'chorus-feedback-replied': FeedbackRepliedEvent;
    'chorus-feedback-answer': FeedbackAnswerEvent;
    'chorus-feedback-answered': FeedbackAnsweredEvent;
    'chorus-feedback-status': FeedbackStatusEvent;
    'chorus-feedback-status-changed': FeedbackStatusChangedEvent;
    'chorus-post-share': ShareEvent;
    'chorus-post-shared': SharedEvent;
    'chorus-post-saved': PostSavedEvent;
    'chorus-post-cancel': PostCancelEvent;
    'chorus-post-suggested': PostSuggestedEvent;
    'chorus-post-action': PostActionEvent;
    'chorus-error': ChorusErrorEvent;
  }
}
