import type { Person } from './people.js';

/*
 * How a people search matches, shared by every backend so "sor" finds "Søren Østergaard" in the
 * embedded adapter and on the reference server alike. Plain functions: no storage, no DOM.
 */

/** Results of a search when the caller gives no limit; callers may ask for 1..SEARCH_MAX. */
export const SEARCH_LIMIT = 8;
export const SEARCH_MAX = 50;

// Letters NFD does not decompose, folded the way people type them on an English keyboard.
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** Case- and accent-insensitive form: "Søren Østergaard" → "soren ostergaard". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðþłı]/g, (c) => LETTERS[c]!);
}

/** Full names (two words or more) for the feedback box's check, each once, sorted; blanks dropped. */
export function peopleNames(names: readonly string[]): string[] {
  const full = names.map((name) => name.trim().replace(/\s+/g, ' ')).filter((name) => name.includes(' '));
  return [...new Set(full)].sort((a, b) => a.localeCompare(b));
}

/** The folded words of a text: what a search term must be the start of. */
export function searchWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** 0: every term starts a word of the name; 1: some only match the title; null: no match. */
export function searchRank(person: Pick<Person, 'name' | 'title'>, terms: readonly string[]): number | null {
  const name = searchWords(person.name);
  const title = searchWords(person.title ?? '');
  let rank = 0;
  for (const term of terms) {
    if (name.some((w) => w.startsWith(term))) continue;
    if (!title.some((w) => w.startsWith(term))) return null;
    rank = 1;
  }
  return rank;
}

/** Best matches first (name before title, then by name), at most `limit`; an empty query finds nobody. */
export function rankPeople<T extends Pick<Person, 'name' | 'title'>>(people: readonly T[], query: string, limit = SEARCH_LIMIT): T[] {
  const terms = searchWords(String(query ?? ''));
  if (!terms.length) return [];
  const max = Math.max(1, Math.min(SEARCH_MAX, Math.floor(limit)));
  return people
    .map((person) => ({ person, rank: searchRank(person, terms) }))
    .filter((m): m is { person: T; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, max)
    .map(({ person }) => person);
}
