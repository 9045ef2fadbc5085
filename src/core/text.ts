const segmenters = new Map<string, Intl.Segmenter>();

function graphemes(text: string, locale = 'en'): Intl.Segments {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' })));
  return segmenter.segment(text);
}

/** Characters as a user sees them (an emoji with modifiers or a flag counts as one). */
export function graphemeCount(text: string, locale = 'en'): number {
  let n = 0;
  for (const _ of graphemes(text, locale)) n++;
  return n;
}

/** Zero-width spaces and joiners, bidi controls, the BOM, variation selectors…: characters that draw nothing. */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}*$/u;

/**
 * Characters a reader sees: graphemeCount without the graphemes made only of invisible
 * characters, so a message of zero-width spaces is empty and padding does not reach a minimum.
 */
export function visibleLength(text: string): number {
  let n = 0;
  for (const { segment } of graphemes(text)) if (!INVISIBLE.test(segment)) n++;
  return n;
}

/**
 * Code points one character (grapheme) may hold: Unicode's stream-safe text format allows 30
 * marks in a row; the longest emoji sequences (a family with skin tones, a subdivision flag) hold
 * under 16. More is a "Zalgo" flood that draws over the lines around it.
 */
export const MAX_CODE_POINTS_PER_GRAPHEME = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why no reader can read the text as sent, or null: half a surrogate pair (a broken emoji, which
 * storage would turn into U+FFFD) or a character stacked with more than
 * MAX_CODE_POINTS_PER_GRAPHEME code points.
 */
export function unreadable(text: string): 'broken' | 'stacked' | null {
  if (LONE_SURROGATE.test(text)) return 'broken';
  // Only a text longer than the bound can hold a grapheme over it.
  if (text.length > MAX_CODE_POINTS_PER_GRAPHEME) {
    for (const { segment } of graphemes(text))
      if (segment.length > MAX_CODE_POINTS_PER_GRAPHEME && [...segment].length > MAX_CODE_POINTS_PER_GRAPHEME) return 'stacked';
  }
  return null;
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
  return /[\u0000-\u001f\u007f]/.test(text) || LONE_SURROGATE.test(text);
}
