import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import type { Page } from '../../core/people.js';
import { NotFoundError, isAbort } from '../../core/errors.js';
import { PostActionEvent, PostSuggestedEvent } from '../../core/share.events.js';
import type { ShareLiveEvent } from '../../core/live.js';
import type { Post } from '../../core/share-card.domain.js';
import { isPostAuthor, type PostAction } from '../../core/share-card.rules.js';
import { postTime } from '../../core/share-card.view.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { ChorusShareCard } from '../share-card/share-card.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { WidgetController, type WidgetSetup } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enShareFeed } from '../../i18n/en.share-feed.js';
import { emptyView, loadErrorView, loadingView, noticeView } from '../../ui/states.js';
import { tabList } from '../../ui/tabs.js';
import { ComposerController } from './composer.js';
import { feedItem, topicFilter } from './feed.view.js';
import { QueueController } from './queue.controller.js';
import type { queueItem } from './queue.view.js';
import { loadOnce } from '../../base/load-once.js';
import { SuggestController } from './suggest.controller.js';
import { suggestForm, suggestToggle } from './suggest.view.js';
import { shareFeedStyles } from './share-feed.styles.js';

type Setup = WidgetSetup<'shareCard', object>;
type View = 'feed' | 'queue';

const newestFirst = (a: Post, b: Post) => postTime(b).localeCompare(postTime(a)) || b.id.localeCompare(a.id);

/**
 * The posts employees may share, newest first: filtered by topic, paged, "Shared by you" marked,
 * each opening its full `<chorus-share-card>` in place. Every employee may suggest a link for the
 * comms team. People with the `post-author` or `post-approver` role also get a "To review" tab:
 * drafts, suggestions, returned and scheduled posts, with the publishing steps they may take
 * (submit, publish now, send back with a comment, schedule, archive, edit). Follows the `share`
 * live topic.
 *
 * @summary The feed of posts to share, and the reviewers' queue.
 * @tag chorus-share-feed
 *
 * @fires chorus-post-suggested - After a suggested link was stored; it waits for approval. `event.post`.
 * @fires chorus-post-action - After a publishing step succeeded. `event.post` (as the backend returned it), `event.action` (`submit`, `approve`, `return`, `schedule`, `archive`).
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The feed also shows it.
 *
 * @csspart base - The outer section.
 * @csspart tabs - The tab list (for reviewers).
 * @csspart tab - Each tab.
 * @csspart filter - The topic filter.
 * @csspart suggest - The "Suggest a link" form.
 * @csspart list - The list of posts.
 * @csspart item - One post of the feed.
 * @csspart queued-item - One post of the queue.
 * @csspart more - The "Show more" button.
 *
 * @cssproperty --chorus-accent - Accent colour: buttons, the selected tab. Defaults to Fluent's brand colour.
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-surface-subtle - Items' background.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-danger - Errors and the archive button.
 * @cssproperty --chorus-success - "Shared by you".
 * @cssproperty --chorus-radius - Corner radius.
 * @cssproperty --chorus-font-size - Base font size (the font family is inherited from the page).
 *
 * @cssstate loading - While the first page of posts loads.
 */
export class ChorusShareFeed extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...shareFeedStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider, 'chorus-share-card': ChorusShareCard };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** Posts per page ("Show more" loads the next). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Only posts on this topic; empty for all. The person changes it with the topic filter. */
  @property({ reflect: true }) topic = '';

  /** The clock of relative dates and of the share cards (tests and stories pin it). */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private view: View = 'feed';
  @state() private posts: Post[] = [];
  @state() private cursor: string | null = null;
  @state() private seenTopics: string[] = [];
  @state() private expanded: string | null = null;
  @state() private more: 'idle' | 'loading' | 'error' = 'idle';

  private readonly widget: WidgetController<'shareCard', object> = new WidgetController(this, {
    port: 'shareCard',
    load: async () => ({}),
    loading: () => this.load.status === TaskStatus.INITIAL || (this.load.status === TaskStatus.PENDING && !this.loaded),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enShareFeed);
  private readonly announcer = new AnnouncerController(this);
  /** The queue's item view, imported when a reviewer first opens the queue (employees never need it). */
  @state() private queueView?: typeof queueItem;
  @state() private queueViewError: unknown = null;

  private loadQueueView(): void {
    this.queueViewError = null;
    loadOnce('share-feed-queue', () => import('./queue.view.js')).then(
      (module) => (this.queueView = (module as typeof import('./queue.view.js')).queueItem),
      (error: unknown) => (this.queueViewError = error),
    );
  }

  private readonly queue = new QueueController(this, {
    t: this.localize,
    fail: (operation, error) => this.reportError(operation, error),
    announce: (text) => this.announcer.announce(text),
    acted: (post, action) => this.acted(post, action),
    focus: (selector) => this.focusLater(selector),
  });
  private readonly suggest = new SuggestController(this, {
    t: this.localize,
    port: () => this.widget.value?.port,
    fail: (operation, error) => this.reportError(operation, error),
    announce: (text) => this.announcer.announce(text),
    suggested: (post) => {
      this.queue.adopt(post);
      this.dispatchEvent(new PostSuggestedEvent(post));
    },
  });
  private readonly composer = new ComposerController(this, {
    t: this.localize,
    adapter: () => this.widget.adapter,
    saved: (post) => {
      if (post) {
        this.announcer.announce(this.localize.term('share-feed.saved', post.title));
        this.upsert(post);
      }
      void this.queue.reload();
    },
    closed: (post) => this.focusLater(post ? `#queued-${CSS.escape(post.id)}-title` : 'button.new-post'),
  });
  /** Whether a first page was shown (later loads keep the list on screen, marked busy). */
  private loaded = false;
  private syncedSetup?: Setup;
  private changed = new Set<string>();
  private liveAbort?: AbortController;

  constructor() {
    super();
    new LiveController(
      this,
      'share',
      () => this.widget.adapter,
      (event) => this.onLive(event),
    );
  }

  private readonly load: Task<readonly [Setup | undefined, string, number], Page<Post>> = new Task(this, {
    args: () => [this.widget.value, this.topic, this.pageSize] as const,
    task: async ([setup, topic, limit], { signal }) => {
      if (!setup) return initialState as never;
      return setup.port.listPosts({ filter: topic ? { topic } : undefined, limit }, { signal });
    },
    onComplete: (page) => {
      this.loaded = true;
      this.posts = page.items;
      this.cursor = page.nextCursor;
      this.more = 'idle';
      this.learnTopics(page.items);
    },
    onError: (error) => void (isAbort(error) || this.reportError('listPosts', error)),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view === 'queue' && !this.queueView && !this.queueViewError) this.loadQueueView();
    const setup = this.widget.value;
    if (setup !== this.syncedSetup) {
      this.syncedSetup = setup;
      this.queue.sync(setup?.port, setup?.user);
    }
    if (changed.has('topic')) this.expanded = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Refetches under way stop; a reconnected feed starts a new signal.
    this.liveAbort?.abort();
    this.liveAbort = undefined;
  }

  private learnTopics(posts: readonly Post[]): void {
    const topics = new Set([...this.seenTopics, ...posts.map((p) => p.topic).filter((t): t is string => !!t)]);
    if (this.topic) topics.add(this.topic);
    if (topics.size !== this.seenTopics.length) this.seenTopics = [...topics].sort((a, b) => a.localeCompare(b, this.localize.lang()));
  }

  // ---- the feed ----------------------------------------------------------------------------------

  private async showMore(): Promise<void> {
    const port = this.widget.value?.port;
    if (!port || !this.cursor || this.more === 'loading') return;
    this.more = 'loading';
    const topic = this.topic;
    try {
      const page = await port.listPosts({ filter: topic ? { topic } : undefined, cursor: this.cursor, limit: this.pageSize });
      if (topic !== this.topic) return;
      const known = new Set(this.posts.map((p) => p.id));
      const added = page.items.filter((p) => !known.has(p.id));
      this.posts = [...this.posts, ...added];
      this.cursor = page.nextCursor;
      this.more = 'idle';
      this.learnTopics(added);
      this.announcer.announce(this.localize.term('share-feed.loaded-more', added.length));
      // Focus moves to the first new post, so the person reads on where the list grew.
      if (added[0]) this.focusLater(`#post-${CSS.escape(added[0].id)}-title`);
    } catch (error) {
      this.more = 'error';
      this.reportError('listPosts', error);
    }
  }

  private toggle(post: Post): void {
    const closing = this.expanded === post.id;
    this.expanded = closing ? null : post.id;
    if (closing) this.focusLater(`button.share-toggle[data-post="${CSS.escape(post.id)}"]`);
  }

  /** Puts a changed post in its place in the feed: kept while published and on the chosen topic, in newest-first order. */
  private upsert(post: Post): void {
    const others = this.posts.filter((p) => p.id !== post.id);
    const belongs = post.status === 'published' && (!this.topic || post.topic === this.topic);
    const last = this.posts.at(-1);
    // A post older than the last one loaded belongs to a page not loaded yet.
    const inRange = !this.cursor || !last || newestFirst(post, last) <= 0 || this.posts.some((p) => p.id === post.id);
    this.posts = belongs && inRange ? [...others, post].sort(newestFirst) : others;
    if (belongs) this.learnTopics([post]);
    if (!belongs && this.expanded === post.id) this.expanded = null;
  }

  private onLive(event: ShareLiveEvent): void {
    // Events come in bursts (one per changed post): refetch each once, as this person sees it.
    const idle = !this.changed.size;
    if (event.type === 'changed') this.changed.add(event.postId);
    else {
      // Changes were missed (a reset): the first page again, and each post of the queue as it is now.
      if (this.loaded) void this.load.run();
      for (const post of this.queue.items) this.changed.add(post.id);
    }
    if (idle && this.changed.size) setTimeout(() => void this.refetchChanged());
  }

  private async refetchChanged(): Promise<void> {
    const port = this.widget.value?.port;
    const ids = [...this.changed];
    this.changed.clear();
    if (!port) return;
    this.liveAbort ??= new AbortController();
    const signal = this.liveAbort.signal;
    for (const id of ids) {
      try {
        const post = await port.getPost(id, { signal });
        this.upsert(post);
        if (this.queue.status === 'ready') this.queue.adopt(post);
      } catch (error) {
        // Gone or hidden from this person: it leaves both lists. Other failures wait for the next event.
        if (error instanceof NotFoundError) {
          this.posts = this.posts.filter((p) => p.id !== id);
          this.queue.items = this.queue.items.filter((p) => p.id !== id);
        }
      }
    }
  }

  // ---- the queue ---------------------------------------------------------------------------------

  private acted(post: Post, action: PostAction): void {
    this.upsert(post);
    this.dispatchEvent(new PostActionEvent(post, action));
  }

  private select(view: View, focus: boolean): void {
    this.view = view;
    if (focus) this.focusLater(`#tab-${view}`);
  }

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="feed frame" aria-label=${t.term('share-feed.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.render({
        loading: () => this.skeleton(),
        error: (error, retry) => loadErrorView(t, error, { heading: t.term('share-feed.load-error'), retry, loading: () => this.skeleton() }),
        body: (setup) => this.body(setup),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup): TemplateResult {
    const t = this.localize;
    const reviewer = this.queue.status !== 'hidden';
    const view = reviewer ? this.view : 'feed';
    if (!reviewer) return this.feedPanel();
    const tabs = [
      { id: 'feed' as const, label: t.term('share-feed.tab.feed') },
      {
        id: 'queue' as const,
        label: this.queue.status === 'ready' ? t.term('share-feed.tab.queue', this.queue.items.length) : t.term('share-feed.tab.queue.loading'),
      },
    ];
    return html`${tabList(tabs, view, { label: t.term('share-feed.tabs'), dir: t.dir(), select: (id, focus) => this.select(id, focus) })}
      <div class="panel ${view}-panel" role="tabpanel" id=${`panel-${view}`} aria-labelledby=${`tab-${view}`} tabindex="-1">
        ${view === 'feed' ? this.feedPanel() : this.queuePanel(setup)}
      </div>`;
  }

  private feedPanel(): TemplateResult {
    const t = this.localize;
    const list = () => this.list();
    return html`<div class="toolbar">
        ${topicFilter(t, this.seenTopics, this.topic, (topic) => (this.topic = topic))} ${suggestToggle(t, this.suggest)}
      </div>
      ${suggestForm(t, this.suggest, () => void this.suggest.submit().then(() => this.suggest.sent && this.focusLater('.suggest-toggle')))}
      ${this.load.render({
        initial: () => this.skeleton(),
        pending: () => (this.loaded ? list() : this.skeleton()),
        complete: list,
        error: (error) => loadErrorView(t, error, { heading: t.term('share-feed.load-error'), retry: () => this.load.run(), loading: () => this.skeleton() }),
      })}`;
  }

  private list(): TemplateResult {
    const t = this.localize;
    if (!this.posts.length) {
      return this.topic
        ? emptyView(t.term('share-feed.empty.topic'), { action: { label: t.term('share-feed.all-topics'), run: () => (this.topic = '') } })
        : emptyView(t.term('share-feed.empty'), { icon: '📣' });
    }
    const now = this.now();
    const busy = this.load.status === TaskStatus.PENDING;
    return html`<ul class="list" part="list" aria-label=${t.term('share-feed.tab.feed')} aria-busy=${busy ? 'true' : 'false'}>
        ${repeat(
          this.posts,
          (post) => post.id,
          (post) =>
            feedItem(post, {
              t,
              now,
              open: this.expanded === post.id,
              adapter: this.widget.adapter,
              theme: this.theme,
              cardNow: this.now,
              toggle: () => this.toggle(post),
            }),
        )}
      </ul>
      ${this.more === 'error' ? html`<p class="form-error" role="alert">${t.term('share-feed.more-failed')}</p>` : nothing}
      ${
        this.cursor
          ? html`<button type="button" class="secondary more" part="more" aria-disabled=${this.more === 'loading' ? 'true' : 'false'}
            @click=${() => void this.showMore()}>${this.more === 'loading' ? t.term('share-feed.loading-more') : t.term('share-feed.more')}</button>`
          : nothing
      }`;
  }

  private queuePanel(setup: Setup): TemplateResult {
    const t = this.localize;
    const q = this.queue;
    const c = this.composer;
    const header = isPostAuthor(setup.user)
      ? c.composingNew
        ? c.render()
        : html`<div class="toolbar"><button type="button" class="primary new-post" @click=${() => void c.open()}>${t.term('share-feed.new')}</button></div>`
      : nothing;
    const options = {
      t,
      user: setup.user,
      queue: q,
      act: (post: Post, action: PostAction) => void q.press(post, action),
      edit: (post: Post) => void c.open(post),
    };
    const view = this.queueView;
    const body = () => {
      if (this.queueViewError)
        return loadErrorView(t, this.queueViewError, {
          heading: t.term('share-feed.queue.load-error'),
          retry: () => this.loadQueueView(),
          loading: () => this.skeleton(),
        });
      if (q.status === 'loading' || !view) return this.skeleton();
      if (q.status === 'error')
        return loadErrorView(t, q.error, { heading: t.term('share-feed.queue.load-error'), retry: () => q.reload(), loading: () => this.skeleton() });
      if (!q.items.length) return emptyView(t.term('share-feed.queue.empty'), { icon: '✅' });
      return html`<ul class="list" part="list" aria-label=${t.term('share-feed.queue.label')}>
        ${repeat(
          q.items,
          (post) => post.id,
          (post) => (c.editing(post) ? html`<li class="item editing">${c.render()}</li>` : view(post, options)),
        )}
      </ul>`;
    };
    return html`${header} ${noticeView(t, q.notice, () => ((q.notice = null), this.requestUpdate()))} ${body()}`;
  }

  private skeleton(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span><span class="bone short"></span>`);
  }
}
