import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import { NotFoundError, isAbort } from '../../core/errors.js';
import type { ShareLiveEvent } from '../../core/live.js';
import type { Post, ShareGuidelines, ShareNetwork } from '../../core/share-card.domain.js';
import { visibleStatus } from '../../core/share-card.rules.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { WidgetController, type WidgetSetup } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enShareCard } from '../../i18n/en.share-card.js';
import { errorText } from '../../i18n/error-text.js';
import { emptyView, loadErrorView, loadingView, noticeView } from '../../ui/states.js';
import { CaptionController } from './caption.controller.js';
import { captionView } from './caption.view.js';
import { guidelinesView, mustAccept } from './guidelines.view.js';
import { canShareNatively } from './hand-over.js';
import { PICKER, failedRecordView, manualCopyView, networkName, networkPicker, shareButton } from './networks.view.js';
import { postHeader, postStats, statusText } from './post.view.js';
import { ShareController } from './share.controller.js';
import { shareCardStyles } from './share-card.styles.js';

export type { ShareCardPort } from '../../adapter/share-card.port.js';

type Setup = WidgetSetup<'shareCard', { guidelines: ShareGuidelines }>;

/**
 * A pre-approved post employees share to their own networks in a click, with no vendor login,
 * OAuth or extension: LinkedIn, X, Facebook, Microsoft Teams, e-mail, the device's share sheet
 * (where there is one) and a copied link, each through the network's public share URL opened in a
 * new window (`noopener,noreferrer`). The caption per network is editable where the post allows
 * it, counted as each network counts, its locked parts (a disclosure, required hashtags) kept.
 * Where a network's share URL takes no text (LinkedIn, Facebook) the caption is copied first.
 * Every share is recorded once through the adapter; the counts update live.
 *
 * @summary A shareable post with per-network captions, counters and share counts.
 * @tag chorus-share-card
 *
 * @fires chorus-post-share - Before a post is shared (cancelable). `event.postId`, `event.network`.
 * @fires chorus-post-shared - After a share was handed over and recorded. `event.post` (new counts), `event.network`.
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The card also shows it.
 *
 * @csspart base - The outer section.
 * @csspart image - The post's image.
 * @csspart title - The post's title.
 * @csspart preview - The link's preview (title, site, image).
 * @csspart stats - Who shared it, its clicks, "You shared this".
 * @csspart networks - The network picker.
 * @csspart caption - The caption editor (or text), its locked parts and counter.
 * @csspart share - The share button.
 * @csspart guidelines-button - The button that opens the sharing guidelines.
 * @csspart guidelines - The guidelines dialog.
 *
 * @cssproperty --chorus-accent - Accent colour: the share button, the chosen network. Defaults to Fluent's brand colour.
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-surface-subtle - The link preview and locked parts.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-danger - Errors and the over-the-limit warning.
 * @cssproperty --chorus-success - "You shared this".
 * @cssproperty --chorus-radius - Corner radius of the card.
 * @cssproperty --chorus-font-size - Base font size (the font family is inherited from the page).
 *
 * @cssstate loading - While the post loads.
 * @cssstate shared - The current user has shared the post.
 */
export class ChorusShareCard extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, ...shareCardStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** The id of the post to share. */
  @property({ attribute: 'post-id', reflect: true }) postId?: string;

  /** The clock deciding whether a post is scheduled, published or expired (tests and stories pin it). */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** The network chosen first (the person may pick another): `linkedin`, `x`, `facebook`, `teams`, `email`, `native` or `copy`. */
  @property({ reflect: true }) network: ShareNetwork = 'linkedin';

  @state() private current?: Post;
  @state() private guidelines?: ShareGuidelines;
  @state() private guidelinesOpen = false;
  @state() private guidelinesRequired = false;
  @state() private accepting = false;

  @query('dialog.guidelines') private dialog?: HTMLDialogElement;

  private readonly widget: WidgetController<'shareCard', { guidelines: ShareGuidelines }> = new WidgetController(this, {
    port: 'shareCard',
    load: async (port, { signal }) => ({ guidelines: await port.getGuidelines({ signal }) }),
    loading: (): boolean => !!this.postId && this.load.status !== TaskStatus.ERROR && this.current?.id !== this.postId,
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enShareCard);
  private readonly announcer = new AnnouncerController(this);
  private readonly captions = new CaptionController(this, () => (this.postId ? `chorus:share-draft:${this.postId}` : undefined));
  private readonly sharing = new ShareController(this, {
    t: this.localize,
    port: () => this.widget.value?.port,
    post: () => this.current,
    adopt: (post) => this.adopt(post),
    fail: (operation, error) => this.reportError(operation, error),
    announce: (text) => this.announcer.announce(text),
    networkName: (network) => networkName(this.localize, network),
    // Asked again on the next share: the backend's current guidelines say whether they must be accepted.
    refused: () => void this.refreshGuidelines(),
  });
  private refetchAbort?: AbortController;

  constructor() {
    super();
    new LiveController(
      this,
      'share',
      () => this.widget.adapter,
      (event) => this.onLive(event),
    );
  }

  private readonly load: Task<readonly [Setup | undefined, string | undefined], Post> = new Task(this, {
    args: () => [this.widget.value, this.postId] as const,
    task: async ([setup, postId], { signal }) => {
      if (!setup || !postId) return initialState as never;
      return setup.port.getPost(postId, { signal });
    },
    // Only the latest run gets here: a post for an id already changed again is dropped.
    onComplete: (post) => this.adopt(post),
    onError: (error) => void (isAbort(error) || this.reportError('getPost', error)),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('postId') && this.current && this.current.id !== this.postId) {
      this.current = undefined;
      this.captions.reset();
      this.sharing.dismiss();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.customStates.set('shared', !!this.current?.sharedByMe);
    if (this.dialog && this.guidelinesOpen !== this.dialog.open) {
      if (this.guidelinesOpen) this.dialog.showModal();
      else this.dialog.close();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.refetchAbort?.abort();
  }

  private adopt(post: Post): void {
    this.current = post;
    this.guidelines ??= this.widget.value?.guidelines;
    if (!this.blockedBy(post)) this.sharing.prefetch(post.id, this.chosen);
  }

  private get networks(): ShareNetwork[] {
    return PICKER.filter((network) => network !== 'native' || canShareNatively());
  }

  /** The chosen network, or LinkedIn when it is not offered here (no share sheet, an unknown name). */
  private get chosen(): ShareNetwork {
    return this.networks.includes(this.network) ? this.network : 'linkedin';
  }

  // ---- live updates ------------------------------------------------------------------------------

  private onLive(event: ShareLiveEvent): void {
    // A reset (changes were missed) may concern any post: this one refetches too.
    if ((event.type === 'changed' && event.postId !== this.postId) || !this.current) return;
    void this.refetch();
  }

  private async refetch(): Promise<void> {
    const port = this.widget.value?.port;
    const postId = this.postId;
    if (!port || !postId) return;
    this.refetchAbort?.abort();
    const abort = (this.refetchAbort = new AbortController());
    try {
      const post = await port.getPost(postId, { signal: abort.signal });
      if (postId !== this.postId) return;
      const before = this.current;
      this.adopt(post);
      if (before && before.shares.people !== post.shares.people) this.announcer.announce(this.localize.term('share-card.live', post.shares.people));
    } catch {
      // A live refresh that fails changes nothing; the next event or a reload tries again.
    }
  }

  // ---- actions -----------------------------------------------------------------------------------

  /** Why the post cannot be shared at all now (not published, a bad link), or null. */
  private blockedBy(post: Post): string | null {
    return statusText(post, visibleStatus(post, this.now()), this.localize);
  }

  private pick(network: ShareNetwork): void {
    this.network = network;
    if (this.current && !this.blockedBy(this.current)) this.sharing.prefetch(this.current.id, network);
  }

  private share(): void {
    const post = this.current;
    if (!post) return;
    // Sharing waits for the guidelines where the backend asks for them.
    if (mustAccept(this.guidelines)) {
      this.guidelinesRequired = true;
      this.guidelinesOpen = true;
      return;
    }
    void this.sharing.share(this.chosen, this.captions.composed(post, this.chosen));
  }

  private async accept(): Promise<void> {
    const port = this.widget.value?.port;
    const guidelines = this.guidelines;
    if (!port || !guidelines) return;
    this.accepting = true;
    try {
      this.guidelines = await port.acceptGuidelines(guidelines.version);
      this.closeGuidelines();
      this.announcer.announce(this.localize.term('share-card.guidelines.accepted'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.share')?.focus();
    } catch (error) {
      const t = this.localize;
      this.closeGuidelines();
      this.sharing.notice = { text: `${t.term('share-card.guidelines.failed')} ${errorText(t, this.reportError('acceptGuidelines', error))}`, tone: 'error' };
      // A newer version (ConflictError) is shown on the next open.
      void this.refreshGuidelines();
    } finally {
      this.accepting = false;
    }
  }

  private async refreshGuidelines(): Promise<void> {
    try {
      const guidelines = await this.widget.value?.port.getGuidelines();
      if (guidelines) this.guidelines = guidelines;
    } catch {
      // Kept as they were; the next refusal asks again.
    }
  }

  private closeGuidelines(): void {
    this.guidelinesOpen = false;
    this.guidelinesRequired = false;
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card frame" aria-label=${t.term('share-card.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.render({
        loading: () => this.skeleton(),
        error: (error, retry) => this.loadError(error, retry),
        body: () => this.body(),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(): unknown {
    if (!this.postId) return emptyView(this.localize.term('share-card.none'));
    const card = () => {
      const post = this.current;
      return post && post.id === this.postId ? this.card(post) : this.skeleton();
    };
    return this.load.render({
      initial: () => this.skeleton(),
      pending: card,
      error: (error) => (this.current?.id === this.postId ? card() : this.loadError(error, () => this.load.run())),
      complete: card,
    });
  }

  private card(post: Post): TemplateResult {
    const t = this.localize;
    const network = this.chosen;
    const name = networkName(t, network);
    const count = this.captions.count(post, network);
    const blocked = this.blockedBy(post);
    const s = this.sharing;
    return html`${postHeader(post, t)} ${blocked ? html`<p class="status">${blocked}</p>` : nothing} ${postStats(post, t)}
      ${
        blocked
          ? nothing
          : html`${networkPicker(t, this.networks, network, (n) => this.pick(n))}
          ${
            network === 'copy'
              ? nothing
              : captionView({
                  t,
                  post,
                  name,
                  text: this.captions.text(post, network),
                  composed: this.captions.composed(post, network),
                  count,
                  edited: this.captions.edited(post, network),
                  paste: network === 'linkedin' || network === 'facebook',
                  input: (text) => (this.captions.edit(post, network, text), this.requestUpdate()),
                  restore: () => (this.captions.restore(post, network), this.requestUpdate()),
                })
          }
          ${noticeView(t, s.notice, () => s.dismiss())} ${failedRecordView(t, s.failed, () => s.retry())}
          ${manualCopyView(
            t,
            s.manual,
            () => s.continueManual(),
            () => s.copiedManually(),
          )}
          ${shareButton({ t, network, overLimit: count.over && network !== 'copy', busy: s.busy, share: () => this.share() })}`
      }
      ${
        this.guidelines
          ? guidelinesView({
              t,
              guidelines: this.guidelines,
              accepting: this.accepting,
              required: this.guidelinesRequired,
              open: () => (this.guidelinesOpen = true),
              close: () => this.closeGuidelines(),
              accept: () => void this.accept(),
            })
          : nothing
      }`;
  }

  private skeleton(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone image-bone"></span><span class="bone"></span><span class="bone short"></span>`);
  }

  private loadError(error: unknown, retry: () => unknown): TemplateResult {
    const t = this.localize;
    if (error instanceof NotFoundError) return html`<div class="load-error" role="alert"><p>${t.term('share-card.not-found')}</p></div>`;
    return loadErrorView(t, error, { heading: t.term('share-card.load-error'), retry, loading: () => this.skeleton() });
  }
}
