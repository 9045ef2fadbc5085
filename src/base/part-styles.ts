import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/*
 * A part loaded on first use (load-once.ts) and drawn in its widget's own shadow root, not as an
 * element with static styles of its own, brings its styles: they go after the element's, so they
 * stay in their module (the feedback box's conversations and inbox).
 */

/** Adds a loaded part's styles to a shadow root, after the element's own (its static styles stay first). */
export function adoptPartStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  // Without constructable sheets Lit appends <style> elements, so only the new ones are passed.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, ...styles] : [...styles]);
}
