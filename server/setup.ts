import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { seedDirectory, seedFeedbackIfEmpty, seedIfEmpty, seedPollTopics, seedPollsIfEmpty, seedShareIfEmpty } from './seed.js';

/** Migrations, then the demo company on an empty database, and the demo polls, feedback and shareable posts where there are none. */
export async function prepareDatabase(db: Db, now: number, seed = true): Promise<void> {
  await migrate(db);
  if (!seed) return;
  await seedIfEmpty(db, now);
  await seedDirectory(db, now);
  await seedPollsIfEmpty(db, now);
  await seedPollTopics(db);
  await seedFeedbackIfEmpty(db, now);
  await seedShareIfEmpty(db, now);
}
