import type { CallOptions, MePort, PeoplePort } from '../../adapter/port.js';
import type { CurrentUser, Person, Team } from '../../core/people.js';
import { toCurrentUser, toPerson } from './kudos.view.js';
import type { MemoryRuntime } from './runtime.js';

export const SEARCH_LIMIT = 8;

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

function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** 0: every term starts a word of the name; 1: some only match the title; null: no match. */
function rank(person: Person, terms: readonly string[]): number | null {
  const name = words(person.name);
  const title = words(person.title ?? '');
  let rank = 0;
  for (const term of terms) {
    if (name.some((w) => w.startsWith(term))) continue;
    if (!title.some((w) => w.startsWith(term))) return null;
    rank = 1;
  }
  return rank;
}

export class MemoryPeoplePort implements PeoplePort {
  constructor(private readonly rt: MemoryRuntime) {}

  async searchPeople(query: string, options?: CallOptions & { limit?: number }): Promise<Person[]> {
    await this.rt.roundTrip(options?.signal);
    const terms = words(String(query ?? ''));
    if (!terms.length) return [];
    const limit = Math.max(1, Math.min(50, Math.floor(options?.limit ?? SEARCH_LIMIT)));
    return this.rt.store
      .read()
      .people.map((person) => ({ person, rank: rank(person, terms) }))
      .filter((m): m is { person: CurrentUser; rank: number } => m.rank !== null)
      .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
      .slice(0, limit)
      .map(({ person }) => toPerson(person, person.id));
  }

  async listTeams(options?: CallOptions): Promise<Team[]> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(this.rt.store.read().teams);
  }
}

export class MemoryMePort implements MePort {
  constructor(private readonly rt: MemoryRuntime) {}

  async getCurrentUser(options?: CallOptions): Promise<CurrentUser> {
    await this.rt.roundTrip(options?.signal);
    return toCurrentUser(this.rt.viewer(this.rt.store.read()));
  }
}
