/*
 * The little the server needs from PostgreSQL, so the same SQL runs on the embedded PGlite
 * (default) and on a real server through node-postgres. Parameters are `$1, $2…`; rows come
 * back as plain objects. Numbers from `count(*)` or bigint columns differ between the two
 * drivers (number vs string): cast them in SQL (`::int`) or read them with Number().
 */

export interface Queryable {
  /** One statement with parameters; the rows it returns. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `fn` with each NOTIFY payload on `channel`; resolves once listening. Returns a stop function. */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  /** NOTIFY outside a transaction (inside one, `select pg_notify($1, $2)` delivers on commit). */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for logs. */
  readonly kind: string;
}

/** Channel names are identifiers in LISTEN; allow only plain ones. */
export function assertChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`Bad channel name "${channel}".`);
  return channel;
}
