import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Post } from '../../core/share-card.domain.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { loadingView } from '../../ui/states.js';
import { loadOnce } from '../../base/load-once.js';

/*
 * <chorus-post-composer> (src/widgets/post-composer/), loaded on first use so the feed's own
 * bundle does not carry the editor. It is made here rather than in a template, so the feed needs
 * nothing of it but its tag, its properties (`adapter`, `post`) and its two events:
 * `chorus-post-saved` (with `post`) and `chorus-post-cancel`.
 */

/** Loads the composer's defining module once; a failed load is tried again next time. */
const loadComposer = () => loadOnce('post-composer', () => import('../post-composer/post-composer.js'));

export interface ComposerHost {
  t: ChorusLocalize;
  adapter: () => ChorusAdapter | undefined;
  /** After the composer saved (`post` as it returned it), before it closes. */
  saved: (post: Post | undefined) => void;
  /** Where focus goes once it closed: `post` is the one edited, undefined for a new post. */
  closed: (post: Post | undefined) => void;
}

/** The composer open in the queue: for a new post (no `post`) or on one post, once its module loaded. */
export class ComposerController implements ReactiveController {
  post?: Post;
  status: 'closed' | 'loading' | 'ready' | 'failed' = 'closed';
  private el?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: ComposerHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether it is open for a new post. */
  get composingNew(): boolean {
    return this.status !== 'closed' && !this.post;
  }

  /** Whether it is open on `post`. */
  editing(post: Post): boolean {
    return this.status !== 'closed' && this.post?.id === post.id;
  }

  async open(post?: Post): Promise<void> {
    this.set(post, 'loading');
    try {
      await loadComposer();
      if (this.post !== post || this.status !== 'loading') return;
      const el = Object.assign(document.createElement('chorus-post-composer'), { adapter: this.o.adapter(), post });
      el.addEventListener('chorus-post-saved', (event) => {
        this.o.saved((event as Event & { post?: Post }).post);
        this.close();
      });
      el.addEventListener('chorus-post-cancel', () => this.close());
      this.el = el;
      this.set(post, 'ready');
    } catch {
      if (this.post === post && this.status === 'loading') this.set(post, 'failed');
    }
  }

  close(): void {
    const post = this.post;
    this.el = undefined;
    this.set(undefined, 'closed');
    this.o.closed(post);
  }

  render(): TemplateResult {
    const t = this.o.t;
    if (this.status === 'ready') return html`<div class="composer">${this.el}</div>`;
    if (this.status === 'loading') return loadingView(t, html`<p>${t.term('share-feed.composer.loading')}</p>`, 'composer-loading');
    return html`<div class="notice error" role="alert">
      <span>${t.term('share-feed.composer.failed')}</span>
      <button type="button" class="ghost" @click=${() => this.close()}>${t.term('common.close')}</button>
    </div>`;
  }

  private set(post: Post | undefined, status: ComposerController['status']): void {
    this.post = post;
    this.status = status;
    this.host.requestUpdate();
  }
}
