import { appRouter, createContext, getProducerBoss } from "@taqweem/api";
import { transformer } from "@taqweem/api/wire";
import { events, getDb } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { handleTrpcRequest } from "../../apps/web/src/server/trpc-handler";
import { trpcLimits } from "../../apps/web/src/trpc/limits";
import { eventInput } from "../support/events";
import { createOrg, sessionOf } from "../support/fixtures";

type Member = { userId: string; orgId: string };
type Answer = { result?: unknown; error?: { json: { message: string; data: { httpStatus: number } } } };

/** Sends a request through the same handler as /api/trpc, from one of our pages. */
async function send(member: Member, path: string, init: RequestInit & { query?: string } = {}) {
  const url = `http://localhost/api/trpc/${path}${init.query ?? ""}`;
  const request = new Request(url, {
    ...init,
    headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json" },
  });
  const identity = await sessionOf(member);
  const response = await handleTrpcRequest(request, appRouter, () =>
    createContext({ db: getDb(), boss: () => getProducerBoss(process.env.DATABASE_URL!), identity }),
  );
  const body = (await response.json()) as Answer | Answer[];
  return { status: response.status, answers: Array.isArray(body) ? body : [body] };
}

const messages = (answers: Answer[]) => answers.map((answer) => answer.error?.json.message);

function mutationBody(input: unknown, chunked = false): Pick<RequestInit, "body"> & { duplex?: "half" } {
  const text = JSON.stringify(transformer.serialize(input));
  if (!chunked) return { body: text };
  // No Content-Length: the limit must hold while the body streams in.
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024)
        controller.enqueue(bytes.slice(at, at + 64 * 1024));
      controller.close();
    },
  });
  return { body: stream, duplex: "half" };
}

describe("tRPC request limits", () => {
  it("answers a batch up to the limit and refuses a larger one with a translated message", async () => {
    const { admin } = await createOrg();
    const batch = (size: number) => Array.from({ length: size }, () => "me.get").join(",");
    const allowed = await send(admin, batch(trpcLimits.maxBatchSize), { query: "?batch=1&input={}" });
    expect(allowed.status).toBe(200);
    expect(messages(allowed.answers)).toEqual(Array(trpcLimits.maxBatchSize).fill(undefined));

    const refused = await send(admin, batch(trpcLimits.maxBatchSize + 1), { query: "?batch=1&input={}" });
    expect(refused.status).toBe(400);
    expect(new Set(messages(refused.answers))).toEqual(new Set(["errors.batchTooLarge"]));
  });

  it("refuses an oversized body, declared or streamed, and saves nothing", async () => {
    const { admin, org } = await createOrg();
    const huge = eventInput({ descriptionEn: "x".repeat(trpcLimits.maxBodyBytes) });
    for (const chunked of [false, true]) {
      const refused = await send(admin, "events.create", { method: "POST", ...mutationBody(huge, chunked) });
      expect(refused.status).toBe(413);
      expect(messages(refused.answers)).toEqual(["errors.requestTooLarge"]);
    }
    expect(await getDb().select().from(events).where(eq(events.orgId, org.id))).toEqual([]);
  });

  it("gives the CSV import its own larger limit", async () => {
    const { admin } = await createOrg();
    const title = "أمسية شعرية في المكتبة العامة ".repeat(5);
    const rows = Array.from(
      { length: 4_000 },
      (_, i) => `Evening ${i},${title},2025-02-10 19:00,2025-02-10 21:00`,
    );
    const csv = ["title_en,title_ar,starts_at,ends_at", ...rows].join("\n");
    const input = { csv, dryRun: true };
    expect(new TextEncoder().encode(JSON.stringify(transformer.serialize(input))).length).toBeGreaterThan(
      trpcLimits.maxBodyBytes,
    );
    const accepted = await send(admin, "events.importCsv", { method: "POST", ...mutationBody(input) });
    expect(accepted.status).toBe(200);
    expect(accepted.answers[0]).toMatchObject({
      result: { data: { json: { status: "preview", total: 4_000 } } },
    });

    const tooBig = { csv: "x".repeat(trpcLimits.largeBodyBytes), dryRun: true };
    const refused = await send(admin, "events.importCsv", { method: "POST", ...mutationBody(tooBig) });
    expect(refused.status).toBe(413);
    expect(messages(refused.answers)).toEqual(["errors.requestTooLarge"]);
  });
});
