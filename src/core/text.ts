const segmenters = new Map<string, Intl.Segmenter>();

/** Characters as a user sees them (an emoji with modifiers or a flag counts as one). */
export function graphemeCount(text: string, locale = 'en'): number {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' })));
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Trims and folds runs of blank lines, so limits count what readers will see. */
export function normalizeMessage(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
