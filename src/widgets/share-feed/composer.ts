import type { ChorusAdapter } from '../../adapter/port.js';
import type { Post } from '../../core/share-card.domain.js';

/*
 * <chorus-post-composer> (src/widgets/post-composer/), loaded on first use so the feed's own
 * bundle does not carry the editor. It is made here rather than in a template, so the feed needs
 * nothing of it but its tag, its properties (`adapter`, `post`) and its two events.
 */

/** The composer's events the feed listens to: `chorus-post-saved` (with `post`) and `chorus-post-cancel`. */
export type ComposerSaved = Event & { post?: Post };

let loading: Promise<unknown> | undefined;

/** Loads the composer's defining module once; a failed load is tried again next time. */
export function loadComposer(): Promise<unknown> {
  // @ts-expect-error <chorus-post-composer> comes with its own branch: delete this line when it is merged.
  return (loading ??= import('../post-composer/post-composer.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** A composer for `post` (a new one when undefined), reporting back through `saved` and `cancel`. */
export function makeComposer(
  adapter: ChorusAdapter | undefined,
  post: Post | undefined,
  saved: (post: Post | undefined) => void,
  cancel: () => void,
): HTMLElement {
  const composer = Object.assign(document.createElement('chorus-post-composer'), { adapter, post });
  composer.addEventListener('chorus-post-saved', (event) => saved((event as ComposerSaved).post));
  composer.addEventListener('chorus-post-cancel', () => cancel());
  return composer;
}
