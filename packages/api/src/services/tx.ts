import type { Database } from "@taqweem/db";

/** A drizzle transaction, as handed to `db.transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Anything that runs queries: the database or a transaction. */
export type Executor = Database | Tx;
