import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { seedIfEmpty } from './seed.js';

/** Migrations, then the demo company on an empty database. */
export async function prepareDatabase(db: Db, now: number, seed = true): Promise<void> {
  await migrate(db);
  if (seed) await seedIfEmpty(db, now);
}
