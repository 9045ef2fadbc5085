import type { RankChange } from './leaderboard.domain.js';

/*
 * The board's order and ranks, written so that the reference server can say the same in SQL and
 * every JavaScript engine agrees: no locale, no Unicode case table (whose version differs between
 * engines and databases), only code points.
 */

/** UTF-8 byte order, which is code point order (Postgres compares text so in the "C" collation). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate stands for a code point above U+FFFF, above any other UTF-16 unit.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}

/** ASCII-only lower case, as Postgres's lower() in the "C" locale: "Bo" and "bo" side by side, "É" left alone. */
export const foldAscii = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

export interface Ordered {
  score: number;
  name: string;
  id: string;
  /** `foldAscii(name)` computed once, when sorting many entries. */
  fold?: string;
}

/**
 * Display order: score descending, then name ignoring ASCII case, then name, then id (SQL:
 * `order by score desc, lower(name), name, id` with `collate "C"`). It only places tied
 * entrants: they share a rank all the same.
 */
export function compareEntries(a: Ordered, b: Ordered): number {
  if (a.score !== b.score) return b.score - a.score;
  return compareCodePoints(a.fold ?? foldAscii(a.name), b.fold ?? foldAscii(b.name)) || compareCodePoints(a.name, b.name) || compareCodePoints(a.id, b.id);
}

/** Standard competition ranking (1, 2, 2, 4) of entries already in display order. */
export function competitionRanks(sorted: readonly { score: number }[]): { rank: number; tied: boolean }[] {
  const ranks: number[] = [];
  sorted.forEach((entry, i) => ranks.push(i > 0 && sorted[i - 1]!.score === entry.score ? ranks[i - 1]! : i + 1));
  return ranks.map((rank, i) => ({ rank, tied: ranks[i - 1] === rank || ranks[i + 1] === rank }));
}

/** Rank against the previous period, for the arrow and the words a screen reader hears ("up 3 places"). */
export function rankChange(previous: number | null, now: number): RankChange {
  if (previous === null) return { change: 'new', by: 0 };
  if (previous === now) return { change: 'same', by: 0 };
  return previous > now ? { change: 'up', by: previous - now } : { change: 'down', by: now - previous };
}
