import type { Post, ShareNetwork } from './share-card.domain.js';
import type { PostAction } from './share-card.rules.js';
import { eventInit as init } from './event-init.js';

/* The share card's, the share feed's and the post composer's events (event-init.ts says how events are shaped). */

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

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-post-share': ShareEvent;
    'chorus-post-shared': SharedEvent;
    'chorus-post-saved': PostSavedEvent;
    'chorus-post-cancel': PostCancelEvent;
    'chorus-post-suggested': PostSuggestedEvent;
    'chorus-post-action': PostActionEvent;
  }
}
