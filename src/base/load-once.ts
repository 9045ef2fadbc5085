/*
 * Parts a widget shows but does not need for its first paint (the kudos composer and people
 * picker, the post editor, the feedback box's conversations and inbox) come from modules imported
 * on first use, so the widget's own bundle does not carry them. Such a module defines its elements
 * when it runs; an element rendered before then upgrades in place, keeping the properties already
 * set on it. A part drawn in the widget's own shadow root brings its styles (part-styles.ts).
 */

const loads = new Map<string, Promise<unknown>>();

/** Imports a module once per `key`; a failed import is forgotten, so the next call tries again. */
export function loadOnce(key: string, load: () => Promise<unknown>): Promise<unknown> {
  let loading = loads.get(key);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loads.delete(key);
      throw error;
    });
    loads.set(key, loading);
  }
  return loading;
}
