const segmenters = new Map<string, Intl.Segmenter>();

/** Characters as a user sees them (an emoji with modifiers or a flag counts as one). */
export function graphemeCount(text: string, locale = 'en'): number {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' })));
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/**
 * Trims, folds runs of blank lines and drops invisible control characters (NUL and the like, which
 * no reader sees and PostgreSQL refuses), so limits count what readers will see.
 */
export function normalizeMessage(text: string): string {
  // eslint-disable-next-line no-control-regex
  const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(invisible, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Whether an identifier-like value (an id, a key, a header) holds a control character or half of
 * a surrogate pair: nothing a client sends on purpose, and a NUL is what PostgreSQL refuses to
 * store. Messages are cleaned instead (normalizeMessage); identifiers are refused.
 */
export function hasUnsafeCharacter(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
