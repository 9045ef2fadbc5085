import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import { ConflictError, ForbiddenError, ValidationError, isAbort, type ChorusError } from '../../core/errors.js';
import type { CurrentUser } from '../../core/people.js';
import type { Post, PostActionRequest } from '../../core/share-card.domain.js';
import { isPostApprover, isPostAuthor, type PostAction } from '../../core/share-card.rules.js';
import { QUEUE_STATUSES } from '../../core/share-card.view.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { Notice } from '../../ui/states.js';

/** An action that asks something first: a comment, dates, or a confirmation. */
export interface OpenAction {
  postId: string;
  action: 'return' | 'schedule' | 'archive';
  comment: string;
  /** datetime-local values (the person's own time zone). */
  publishAt: string;
  expireAt: string;
  errors: { comment?: string; publishAt?: string; expireAt?: string };
}

export interface QueueHost {
  t: ChorusLocalize;
  fail: (operation: string, error: unknown) => ChorusError;
  announce: (text: string) => void;
  /** After a step succeeded: the element fires its event and updates the feed. */
  acted: (post: Post, action: PostAction) => void;
  /** Moves focus, once rendered, to the first match of `selector` in the element. */
  focus: (selector: string) => void;
}

/** Who may see the queue at all (the backend still decides: a ForbiddenError hides it). */
export const seesQueue = (user: CurrentUser | undefined): boolean => isPostAuthor(user) || isPostApprover(user);

/** A datetime-local value for an ISO time, in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toIso = (local: string): string => (local && !Number.isNaN(Date.parse(local)) ? new Date(local).toISOString() : local);

/**
 * The author/approver queue: its posts, the action form open on one of them, the step under way
 * and what went wrong. Each step goes through `actOnPost`; the backend's rules decide, so a
 * ConflictError (someone acted first) reloads the list and says so.
 */
export class QueueController implements ReactiveController {
  /** `hidden` for people without a publishing role (or refused by the backend). */
  status: 'hidden' | 'loading' | 'ready' | 'error' = 'hidden';
  items: Post[] = [];
  error: unknown = null;
  open: OpenAction | null = null;
  busy: string | null = null;
  notice: Notice | null = null;
  private port?: ShareCardPort;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: QueueHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page while it loaded: the load was stopped on the way out.
    if (this.status === 'loading' && this.abort?.signal.aborted) void this.reload();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Starts over for a new setup (adapter, user). */
  sync(port: ShareCardPort | undefined, user: CurrentUser | undefined): void {
    this.port = port;
    this.items = [];
    this.open = null;
    this.notice = null;
    this.status = port && seesQueue(user) ? 'loading' : 'hidden';
    if (this.status === 'loading') void this.reload();
  }

  /** Loads the queue again (quietly when it is already shown). */
  async reload(): Promise<void> {
    const port = this.port;
    if (!port || this.status === 'hidden') return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const page = await port.listPosts({ filter: { queue: true }, limit: 100 }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.items = page.items;
      this.status = 'ready';
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      if (error instanceof ForbiddenError) this.status = 'hidden';
      else if (this.status !== 'ready') {
        this.status = 'error';
        this.error = this.o.fail('listPosts', error);
      }
    }
    this.host.requestUpdate();
  }

  /** Takes in a post that changed (a live event, a saved edit): kept while it waits, dropped once it left the queue. */
  adopt(post: Post): void {
    const queued = QUEUE_STATUSES.includes(post.status);
    const at = this.items.findIndex((p) => p.id === post.id);
    if (at >= 0) this.items = queued ? this.items.map((p) => (p.id === post.id ? post : p)) : this.items.filter((p) => p.id !== post.id);
    else if (queued) this.items = [post, ...this.items];
    this.host.requestUpdate();
  }

  ask(post: Post, action: OpenAction['action']): void {
    this.open = { postId: post.id, action, comment: '', publishAt: toLocalInput(post.publishAt), expireAt: toLocalInput(post.expireAt), errors: {} };
    this.notice = null;
    this.host.requestUpdate();
  }

  edit(field: 'comment' | 'publishAt' | 'expireAt', value: string): void {
    if (!this.open) return;
    this.open = { ...this.open, [field]: value, errors: { ...this.open.errors, [field]: undefined } };
    this.host.requestUpdate();
  }

  cancel(): void {
    const open = this.open;
    this.open = null;
    this.host.requestUpdate();
    if (open) this.o.focus(`${itemOf(open.postId)} button[data-action="${open.action}"]`);
  }

  /**
   * A step's button (or its form's submit): a step that asks first opens its form (focus in its
   * first field, or on the archive confirmation); otherwise, or once asked, the step runs. Focus
   * then goes to the post if it is still here, else the next one, else the list.
   */
  async press(post: Post, action: PostAction): Promise<void> {
    const asks = action === 'return' || action === 'schedule' || action === 'archive';
    if (asks && !(this.open?.postId === post.id && this.open.action === action)) {
      this.ask(post, action);
      this.o.focus(`${itemOf(post.id)} ${action === 'archive' ? '.ask button[type="submit"]' : '.ask .ask-first'}`);
      return;
    }
    const next = this.items[this.items.findIndex((p) => p.id === post.id) + 1];
    if (await this.act(post, action)) {
      const still = this.items.some((p) => p.id === post.id);
      this.o.focus(still ? `#queued-${CSS.escape(post.id)}-title` : next ? `#queued-${CSS.escape(next.id)}-title` : '.queue-panel');
    } else {
      this.o.focus(this.open ? '.ask [aria-invalid="true"]' : '.queue-panel .notice');
    }
  }

  /** The request for `action` on `post`, with what the open form holds. */
  request(action: PostAction): PostActionRequest {
    const open = this.open;
    if (action === 'return') return { action, comment: open?.comment ?? '' };
    if (action === 'schedule') return { action, publishAt: toIso(open?.publishAt ?? ''), expireAt: open?.expireAt ? toIso(open.expireAt) : null };
    return { action };
  }

  /** Takes one step; resolves to whether it succeeded (the element then moves focus). */
  async act(post: Post, action: PostAction): Promise<boolean> {
    const port = this.port;
    if (!port || this.busy) return false;
    const t = this.o.t;
    this.busy = post.id;
    this.notice = null;
    this.host.requestUpdate();
    try {
      const next = await port.actOnPost(post.id, this.request(action));
      this.open = null;
      this.adopt(next);
      this.o.announce(done(t, next, action));
      this.o.acted(next, action);
      return true;
    } catch (error) {
      const typed = this.o.fail('actOnPost', error);
      if (typed instanceof ConflictError) {
        this.open = null;
        this.notice = { text: t.term('share-feed.conflict'), tone: 'error' };
        void this.reload();
      } else if (typed instanceof ValidationError && this.open?.postId === post.id && typed.fieldErrors.length) {
        const errors: OpenAction['errors'] = {};
        for (const field of ['comment', 'publishAt', 'expireAt'] as const) {
          const found = typed.forField(field);
          if (found) errors[field] = fieldErrorText(t, found);
        }
        this.open = { ...this.open, errors };
        if (!Object.values(errors).some(Boolean)) this.notice = { text: `${t.term('share-feed.failed')} ${errorText(t, typed)}`, tone: 'error' };
      } else {
        this.notice = { text: `${t.term('share-feed.failed')} ${errorText(t, typed)}`, tone: 'error' };
      }
      return false;
    } finally {
      this.busy = null;
      this.host.requestUpdate();
    }
  }
}

const itemOf = (postId: string) => `article[aria-labelledby="queued-${CSS.escape(postId)}-title"]`;

function done(t: ChorusLocalize, post: Post, action: PostAction): string {
  switch (action) {
    case 'submit':
      return t.term('share-feed.done.submit', post.title);
    case 'approve':
      return t.term('share-feed.done.approve', post.title);
    case 'return':
      return t.term('share-feed.done.return', post.title);
    case 'schedule':
      return t.term('share-feed.done.schedule', post.title, post.publishAt ? t.date(post.publishAt, { dateStyle: 'medium', timeStyle: 'short' }) : '');
    case 'archive':
      return t.term('share-feed.done.archive', post.title);
  }
}
