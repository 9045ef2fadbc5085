import type { CallOptions, MePort, PeoplePort } from '../../adapter/port.js';
import type { CurrentUser, Person, Team } from '../../core/people.js';
import { peopleNames, rankPeople, SEARCH_LIMIT } from '../../core/people.rules.js';
import { toPerson } from '../../core/people.view.js';
import { toCurrentUser } from './kudos.view.js';
import type { MemoryRuntime } from './runtime.js';

export class MemoryPeoplePort implements PeoplePort {
  constructor(private readonly rt: MemoryRuntime) {}

  async searchPeople(query: string, options?: CallOptions & { limit?: number }): Promise<Person[]> {
    await this.rt.roundTrip(options?.signal);
    // One ranking for every backend: src/core/people.rules.ts (the server uses it too).
    return rankPeople(this.rt.store.read().people, query, options?.limit ?? SEARCH_LIMIT).map((person) => toPerson(person, person.id));
  }

  async listTeams(options?: CallOptions): Promise<Team[]> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(this.rt.store.read().teams);
  }

  async listPeopleNames(options?: CallOptions): Promise<string[]> {
    await this.rt.roundTrip(options?.signal);
    return peopleNames(this.rt.store.read().people.map((person) => person.name));
  }
}

export class MemoryMePort implements MePort {
  constructor(private readonly rt: MemoryRuntime) {}

  async getCurrentUser(options?: CallOptions): Promise<CurrentUser> {
    await this.rt.roundTrip(options?.signal);
    return toCurrentUser(this.rt.viewer(this.rt.store.read()));
  }
}
