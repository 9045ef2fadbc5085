import type { CallOptions, MePort, PeoplePort } from '../../adapter/port.js';
import type { CurrentUser, Person, Team } from '../../core/people.js';
import type { HttpClient } from './http.js';
import { call } from './operations.js';
import { toCurrentUser, toNames, toPeople, toTeams } from './mapping.js';

/* The directory and the signed-in user over the HTTP contract. */

/** People offered per search when the caller does not say. */
const PEOPLE_LIMIT = 8;

export class RestPeoplePort implements PeoplePort {
  constructor(private readonly http: HttpClient) {}

  async searchPeople(query: string, options?: CallOptions & { limit?: number }): Promise<Person[]> {
    const q = String(query ?? '').trim();
    // The contract answers an empty query with nobody; no need to ask.
    if (!q) return [];
    const limit = Math.max(1, Math.min(50, Math.floor(options?.limit ?? PEOPLE_LIMIT)));
    const { body } = await call(this.http, 'searchPeople', { query: { q, limit }, signal: options?.signal });
    return toPeople(body);
  }

  async listTeams(options?: CallOptions): Promise<Team[]> {
    const { body } = await call(this.http, 'listTeams', { signal: options?.signal });
    return toTeams(body);
  }

  async listPeopleNames(options?: CallOptions): Promise<string[]> {
    const { body } = await call(this.http, 'listPeopleNames', { signal: options?.signal });
    return toNames(body);
  }
}

export class RestMePort implements MePort {
  constructor(private readonly http: HttpClient) {}

  async getCurrentUser(options?: CallOptions): Promise<CurrentUser> {
    const { body } = await call(this.http, 'getCurrentUser', { signal: options?.signal });
    return toCurrentUser(body);
  }
}
