/**
 * Copies `text` (the feedback box's reply token, the share card's caption and link): the async
 * Clipboard API where the page may use it, else the selected `field` and the older
 * `execCommand('copy')` (plain-http intranets, embedded frames without the permission). Resolves
 * false when neither worked; the text is then left selected to copy by hand.
 */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* not allowed here: try the fallback */
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    // Deprecated, but still the only way without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
