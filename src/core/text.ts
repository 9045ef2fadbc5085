const segmenters = new Map<string, Intl.Segmenter>();

/** The longest piece handed to Intl.Segmenter at once: its iteration slows down with the string's length (V8/ICU), 50,000 characters took half a second. */
const PIECE = 1024;
const isAscii = (code: number) => code < 0x80;
/** Characters that can belong to the grapheme before them (tested one at a time, so the joiners in the class are meant). */
// eslint-disable-next-line no-misleading-character-class
const JOINS_BACK = /[\p{M}\p{Emoji_Modifier}\p{Regional_Indicator}\u200C\u200D\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]/u;
/** Grapheme_Cluster_Break=Prepend in the BMP: these join the character after them, ASCII included. */
const PREPEND = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E]/;

/**
 * Where a piece may end before `end`: before an ASCII character, which always starts a grapheme
 * unless it follows CR (CR LF) or a prepended mark; else at `end`, outside a surrogate pair.
 */
function cutBefore(text: string, start: number, end: number): number {
  for (let j = end; j > start + 1; j--) if (isAscii(text.charCodeAt(j)) && text[j - 1] !== '\r' && !PREPEND.test(text[j - 1]!)) return j;
  // No ASCII: before a character that joins nothing to what precedes it (not a mark, modifier,
  // joiner, selector or flag half) and that does not follow a joiner or half a surrogate pair.
  for (let j = end; j > start + PIECE / 2; j--) {
    const before = text.charCodeAt(j - 1);
    if (before === 0x200d || (before >= 0xd800 && before <= 0xdbff) || PREPEND.test(text[j - 1]!)) continue;
    if (!JOINS_BACK.test(String.fromCodePoint(text.codePointAt(j)!))) return j;
  }
  const high = text.charCodeAt(end - 1);
  return high >= 0xd800 && high <= 0xdbff ? end - 1 : end;
}

/**
 * The text's graphemes in linear time: two ASCII characters in a row (but CR LF) always have a
 * grapheme boundary between them, so ASCII stretches need no segmenter, and the rest is segmented
 * in pieces of at most PIECE code units cut where a boundary is certain. A server runs this on
 * every string of a request before any length rule, so a megabyte must not cost minutes.
 */
function* graphemes(text: string, locale = 'en'): Generator<{ segment: string }> {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' })));
  let start = 0;
  const flush = function* (end: number): Generator<{ segment: string }> {
    while (start < end) {
      if (end - start === 1) {
        yield { segment: text[start]! };
        start = end;
        return;
      }
      const stop = end - start > PIECE ? cutBefore(text, start, start + PIECE) : end;
      yield* segmenter!.segment(text.slice(start, stop));
      start = stop;
    }
  };
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    if (isAscii(a) && isAscii(text.charCodeAt(i)) && !(a === 13 && text.charCodeAt(i) === 10)) yield* flush(i);
  }
  yield* flush(text.length);
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
