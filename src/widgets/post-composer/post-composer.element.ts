import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import { ValidationError, type FieldError } from '../../core/errors.js';
import { PostCancelEvent, PostSavedEvent } from '../../core/share.events.js';
import { captionFor, composeCaption } from '../../core/share-card.caption.js';
import { countCaption, type CaptionCount } from '../../core/share-card.count.js';
import type { Post, PostDraft } from '../../core/share-card.domain.js';
import { canEdit, isPostAuthor, postState, validatePostDraft } from '../../core/share-card.rules.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { DraftController } from '../../controllers/draft.controller.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enPostComposer } from '../../i18n/en.post-composer.js';
import { errorText } from '../../i18n/error-text.js';
import { loadErrorView, loadingView } from '../../ui/states.js';
import { captionsView } from './captions.view.js';
import { errorFor, firstField } from './field-errors.js';
import { emptyForm, fromPost, toDraft, type PostForm, type Variant } from './form-state.js';
import { formView } from './form.view.js';
import { PREVIEWS, networkName, previewView, type PreviewNetwork } from './preview.view.js';
import { postComposerStyles } from './post-composer.styles.js';

/** A failed save: what went wrong, and the step to try again where it may help (nothing typed is lost). */
interface Failure {
  text: string;
  retry?: () => void;
}

/**
 * Where people with the `post-author` role write a post employees will share: title, link,
 * image and its description, topic, the caption and a caption of its own for X or LinkedIn, the
 * parts sharers cannot remove (a disclosure, required hashtags), and when it is published and
 * expires. A preview shows the caption exactly as each network will get it, counted as that
 * network counts. "Save draft" keeps it; "Submit for approval" sends it to a `post-approver`, who
 * may edit it too (then "Save" only). What the author types is kept in sessionStorage until saved.
 *
 * @summary Write, preview per network and submit a post for the share card.
 * @tag chorus-post-composer
 *
 * @fires chorus-post-saved - After the post was saved. `event.post`, `event.submitted` (also sent for approval; false when only its submit failed).
 * @fires chorus-post-cancel - On "Cancel" (cancelable: the draft is dropped unless the page prevents it).
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The composer also shows it.
 *
 * @csspart base - The outer section.
 * @csspart form - The form.
 * @csspart preview - The per-network preview: the network picker, the caption as shared, its counter.
 * @csspart actions - The Save, Submit and Cancel buttons.
 *
 * @cssproperty --chorus-accent - Accent colour: the main button, the chosen network. Defaults to Fluent's brand colour.
 * @cssproperty --chorus-surface - Background.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Hints and the counter.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-danger - Field errors and the over-the-limit warning.
 * @cssproperty --chorus-radius - Corner radius.
 *
 * @cssstate loading - While it sets up.
 * @cssstate saving - While a save or submit is under way.
 */
export class ChorusPostComposer extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, formStyles, fieldStyles, ...postComposerStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** The post to edit; unset writes a new one. */
  @property({ attribute: false }) post?: Post;

  @state() private form: PostForm = emptyForm();
  @state() private network: PreviewNetwork = 'linkedin';
  @state() private errors: FieldError[] = [];
  @state() private failure: Failure | null = null;
  @state() private saved = '';
  @state() private busy = false;

  private readonly widget = new WidgetController(this, {
    port: 'shareCard',
    // The topics already in use, offered as the author types one.
    load: async (port, { signal }) => {
      const page = await port.listPosts({ limit: 50 }, { signal });
      return { topics: [...new Set(page.items.flatMap((post) => post.topic ?? []))].sort() };
    },
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enPostComposer);
  private readonly announcer = new AnnouncerController(this);
  // Per person (a demo switches people in one tab) and per post; known once the user is.
  private readonly drafts = new DraftController<PostForm>(
    this,
    () => {
      const user = this.widget.value?.user?.id;
      return user ? `chorus:post-draft:${user}:${this.post?.id ?? 'new'}` : undefined;
    },
    (saved) => (this.form = { ...this.form, ...saved, variants: { ...saved.variants } }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new post to edit: its content, then (in the draft controller, after this) any unsaved draft of it.
    if (changed.has('post') && (this.post?.id ?? null) !== (changed.get('post')?.id ?? null)) {
      this.form = this.post ? fromPost(this.post) : emptyForm();
      this.errors = [];
      this.failure = null;
      this.saved = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.customStates.set('saving', this.busy);
  }

  /** The post's own status: approvers polish waiting posts (save only); authors submit drafts and returned posts. */
  private get waiting(): boolean {
    return !!this.post && !['draft', 'returned'].includes(this.post.status);
  }

  private count(form: PostForm = this.form, network: PreviewNetwork = this.network): { composed: string; count: CaptionCount } {
    const draft = toDraft(form);
    const composed = composeCaption(captionFor(draft.captions, network), draft.locked);
    return { composed, count: countCaption(composed, network, network === 'x' ? form.link.trim() || null : null) };
  }

  // ---- editing -----------------------------------------------------------------------------------

  /** Applies an edit, drops the edited fields' stale errors, keeps the draft, and says when the caption crosses the limit. */
  private edit(patch: Partial<PostForm>, fields: string[]): void {
    const before = this.count().count.over;
    this.form = { ...this.form, ...patch };
    this.errors = this.errors.filter((e) => !fields.includes(e.field));
    this.saved = '';
    this.drafts.save(this.form);
    const after = this.count().count;
    if (after.over !== before) {
      const t = this.localize,
        name = networkName(t, this.network);
      this.announcer.announce(after.over ? t.term('post-composer.over', name, -after.remaining) : t.term('post-composer.within', name));
    }
  }

  private editCaption(text: string): void {
    // The preview follows what is typed: a network that uses the default caption.
    const variants = this.form.variants as Partial<Record<PreviewNetwork, string>>;
    if (variants[this.network] !== undefined) this.network = PREVIEWS.find((n) => variants[n] === undefined) ?? this.network;
    this.edit({ caption: text }, ['captions.default']);
  }

  private editVariant(network: Variant, text: string | undefined): void {
    const variants = { ...this.form.variants };
    if (text === undefined) delete variants[network];
    else variants[network] = text;
    const opened = text !== undefined && this.form.variants[network] === undefined;
    // Writing a network's own caption shows that network's preview.
    if (text !== undefined) this.network = network;
    this.edit({ variants }, [`captions.${network}`]);
    if (opened) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#caption-${network}`)?.focus());
    else if (text === undefined) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#caption')?.focus());
  }

  // ---- saving ------------------------------------------------------------------------------------

  private async save(submit: boolean): Promise<void> {
    const port = this.widget.value?.port;
    if (this.busy || !port) return;
    this.failure = null;
    this.saved = '';
    let draft: PostDraft;
    try {
      // The backend's own rules, first here: errors show before anything is sent.
      draft = validatePostDraft(toDraft(this.form));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return this.showErrors(error.fieldErrors);
    }
    this.errors = [];
    this.busy = true;
    const sent = this.form;
    let operation = sent.postId ? 'updatePost' : 'createPost';
    let saved: Post | undefined;
    try {
      let post = sent.postId ? await port.updatePost(sent.postId, draft) : await port.createPost(draft, { idempotencyKey: sent.key });
      saved = post;
      // Saved: a later save updates this post, even when the submit below fails. What was typed
      // meanwhile stays a draft.
      const typedMeanwhile = this.form !== sent;
      this.form = { ...this.form, postId: post.id };
      if (typedMeanwhile) this.drafts.save(this.form);
      else this.drafts.clear();
      if (submit) {
        operation = 'actOnPost';
        post = await port.actOnPost(post.id, { action: 'submit' });
      }
      // A new post, once submitted, is the approvers' now: the composer starts the next one.
      if (submit && !this.post) this.form = emptyForm();
      const t = this.localize;
      this.saved = t.term(submit ? 'post-composer.submitted' : this.post && this.post.status !== 'draft' ? 'post-composer.saved.edit' : 'post-composer.saved');
      this.announcer.announce(this.saved);
      this.dispatchEvent(new PostSavedEvent(post, submit));
    } catch (error) {
      const typed = this.reportError(operation, error);
      // The page hears of the save that did happen, before its submit failed.
      if (saved) this.dispatchEvent(new PostSavedEvent(saved, false));
      if (typed instanceof ValidationError && typed.fieldErrors.length) return this.showErrors(typed.fieldErrors);
      const t = this.localize;
      const what = operation === 'actOnPost' ? t.term('post-composer.submit-failed') : t.term('post-composer.failed');
      this.failure = { text: `${what} ${errorText(t, typed)}`, retry: () => void this.save(submit) };
    } finally {
      this.busy = false;
    }
  }

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    const first = firstField(errors);
    void this.updateComplete.then(() => {
      // A backend may name a field this form does not draw: its own words, above the buttons.
      const unshown = errors.filter((e) => !this.renderRoot.querySelector(`[data-field="${e.field}"]`));
      if (unshown.length) this.failure = { text: [this.localize.term('post-composer.check'), ...unshown.map((e) => e.message)].join(' ') };
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
    });
  }

  private cancel(): void {
    if (!this.dispatchEvent(new PostCancelEvent())) return;
    this.drafts.clear();
    this.form = this.post ? fromPost(this.post) : emptyForm();
    this.errors = [];
    this.failure = null;
    this.saved = '';
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="composer frame" aria-label=${t.term('post-composer.label')} dir=${t.dir()} lang=${t.lang()}>
      ${this.widget.render({
        loading: () => this.skeleton(),
        error: (error, retry) => loadErrorView(t, error, { heading: t.term('post-composer.label'), retry, loading: () => this.skeleton() }),
        body: (setup) => this.body(setup.user, setup.topics),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(user: Parameters<typeof isPostAuthor>[0], topics: string[]): TemplateResult {
    const t = this.localize;
    const post = this.post;
    if (post ? !canEdit(postState(post), user) : !isPostAuthor(user)) {
      return html`<p class="status">${t.term(post ? 'post-composer.not-editable' : 'post-composer.not-author')}</p>`;
    }
    const { composed, count } = this.count();
    const error = (field: string) => errorFor(t, this.errors, field, (n) => networkName(t, n));
    return formView({
      t,
      form: this.form,
      heading: t.term(post ? 'post-composer.heading.edit' : 'post-composer.heading.new'),
      returnComment: post?.status === 'returned' ? post.returnComment : null,
      topics,
      error,
      edit: (patch, fields) => this.edit(patch, fields),
      captions: captionsView({
        t,
        form: this.form,
        error,
        caption: (text) => this.editCaption(text),
        variant: (network, text) => this.editVariant(network, text),
      }),
      preview: previewView({
        t,
        network: this.network,
        pick: (n) => (this.network = n),
        composed,
        locked: toDraft(this.form).locked,
        link: this.form.link,
        count,
      }),
      failure: this.failure,
      saved: this.saved,
      busy: this.busy,
      canSubmit: !this.waiting,
      saveLabel: t.term(this.waiting ? 'post-composer.save.edit' : 'post-composer.save'),
      save: (submit) => void this.save(submit),
      cancel: () => this.cancel(),
    });
  }

  private skeleton(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span><span class="bone tall"></span>`);
  }
}
