import type { ReactiveControllerHost } from 'lit';
import { captionFor, composeCaption } from '../../core/share-card.caption.js';
import { countCaption, type CaptionCount } from '../../core/share-card.count.js';
import type { Post, ShareNetwork } from '../../core/share-card.domain.js';
import { DraftController } from '../../controllers/draft.controller.js';

/** The sharer's edits, by caption variant (`default` or a network with its own caption). */
interface CaptionDraft {
  edits: Partial<Record<string, string>>;
}

/**
 * The caption a person shares to each network: the post's variant, or their edit of it (kept as
 * a draft in sessionStorage, per post), with the locked parts put back (composeCaption). Networks
 * without a variant of their own share one edit: editing LinkedIn's default edits Facebook's too.
 */
export class CaptionController {
  private edits: Partial<Record<string, string>> = {};
  private readonly drafts: DraftController<CaptionDraft>;

  constructor(host: ReactiveControllerHost, key: () => string | undefined) {
    this.drafts = new DraftController<CaptionDraft>(host, key, (saved) => (this.edits = { ...saved.edits }));
  }

  /** Forgets the edits of another post (before the new post's draft is restored). */
  reset(): void {
    this.edits = {};
  }

  private variant(post: Post, network: ShareNetwork): string {
    return post.captions[network] !== undefined ? network : 'default';
  }

  /** What the editor shows: the person's edit, else the post's caption for the network. */
  text(post: Post, network: ShareNetwork): string {
    const edit = post.captionEditable ? this.edits[this.variant(post, network)] : undefined;
    return edit ?? captionFor(post.captions, network);
  }

  edited(post: Post, network: ShareNetwork): boolean {
    return post.captionEditable && this.edits[this.variant(post, network)] !== undefined;
  }

  /** What will be shared: the text with every locked part kept. */
  composed(post: Post, network: ShareNetwork): string {
    return composeCaption(this.text(post, network), post.locked);
  }

  /** Counted as the network counts; X also counts the link its intent adds after the text. */
  count(post: Post, network: ShareNetwork): CaptionCount {
    return countCaption(this.composed(post, network), network, network === 'x' ? post.link.url : null);
  }

  edit(post: Post, network: ShareNetwork, text: string): void {
    if (!post.captionEditable) return;
    this.edits = { ...this.edits, [this.variant(post, network)]: text };
    this.drafts.save({ edits: this.edits });
  }

  /** Back to the post's own caption for this network. */
  restore(post: Post, network: ShareNetwork): void {
    const { [this.variant(post, network)]: _dropped, ...rest } = this.edits;
    this.edits = rest;
    if (Object.keys(rest).length) this.drafts.save({ edits: rest });
    else this.drafts.clear();
  }
}
