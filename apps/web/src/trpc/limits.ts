/**
 * Size limits of /api/trpc, shared by the route (which refuses more) and the browser's link
 * (which never sends more): a fixed number of calls per batch, and a body size. The CSV import
 * carries a whole file, so it alone gets a larger body, and the link sends it on its own.
 */
export const trpcLimits = {
  maxBatchSize: 10,
  maxBodyBytes: 1024 * 1024,
  largeBodyBytes: 16 * 1024 * 1024,
  largeBodyProcedures: ["events.importCsv", "contacts.import"],
} as const;

export function isLargeBodyProcedure(path: string): boolean {
  return (trpcLimits.largeBodyProcedures as readonly string[]).includes(path);
}
