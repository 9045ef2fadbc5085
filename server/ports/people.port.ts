import type { MePort, PeoplePort } from '../../src/adapter/port.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Db } from '../db/db.js';
import { listPeopleNames, listTeams, searchPeople } from '../people.store.js';

/** The directory in SQL and the signed-in user, as the port the edge's routes call. */
export function sqlPeoplePorts(db: Db, user: CurrentUser): { me: MePort; people: PeoplePort } {
  return {
    me: { getCurrentUser: async () => user },
    people: {
      searchPeople: (query, options) => searchPeople(db, query, options?.limit),
      listTeams: () => listTeams(db),
      listPeopleNames: () => listPeopleNames(db),
    },
  };
}
