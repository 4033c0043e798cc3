import { createBoss } from "@taqweem/jobs";
import type { PgBoss } from "pg-boss";

const cache = globalThis as unknown as { __taqweemProducer?: Promise<PgBoss> };

/** One producer pg-boss per process (no supervision, no schedules), started on first use. */
export function getProducerBoss(url: string): Promise<PgBoss> {
  cache.__taqweemProducer ??= (async () => {
    const boss = createBoss("producer", url);
    boss.on("error", (error) =>
      console.error(JSON.stringify({ level: 50, msg: "pg-boss error", err: String(error) })),
    );
    await boss.start();
    return boss;
  })().catch((error) => {
    cache.__taqweemProducer = undefined;
    throw error;
  });
  return cache.__taqweemProducer;
}
