import { getDb, organisations, waAuthState, waSessions } from "@taqweem/db";
import {
  BufferJSON,
  Curve,
  initAuthCreds,
  makeCacheableSignalKeyStore,
  proto,
  type SignalDataTypeMap,
} from "@whiskeysockets/baileys";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useDatabaseAuthState } from "../../apps/wa-worker/src/auth/db-auth-state";
import { createSealedBox, SealedValueError } from "../../apps/wa-worker/src/crypto/sealed-box";

const box = createSealedBox(Buffer.alloc(32, 1));

async function newSession() {
  const db = getDb();
  const [org] = await db
    .insert(organisations)
    .values({ slug: `wa-auth-${crypto.randomUUID().slice(0, 8)}`, nameEn: "Org", nameAr: "مؤسسة" })
    .returning();
  const [session] = await db.insert(waSessions).values({ orgId: org!.id, name: "Keys" }).returning();
  return session!.id;
}

const storedRow = async (sessionId: string, type: string, keyId: string) =>
  (
    await getDb()
      .select()
      .from(waAuthState)
      .where(
        and(eq(waAuthState.sessionId, sessionId), eq(waAuthState.type, type), eq(waAuthState.keyId, keyId)),
      )
  )[0];

describe("Baileys auth state in Postgres, sealed with AES-256-GCM", () => {
  it("round-trips creds and every kind of key through BufferJSON, behind Baileys' cache", async () => {
    const sessionId = await newSession();
    const first = await useDatabaseAuthState(getDb(), sessionId, box);
    const creds = first.state.creds;
    // A session without stored creds starts from Baileys' own initAuthCreds().
    expect(Object.keys(creds).sort()).toEqual(Object.keys(initAuthCreds()).sort());
    expect(creds.registered).toBe(false);
    creds.me = { id: "971501234567:3@s.whatsapp.net", name: "Desk" };
    await first.saveCreds();

    const keys = makeCacheableSignalKeyStore(first.state.keys);
    const preKey = Curve.generateKeyPair();
    const appStateKey = proto.Message.AppStateSyncKeyData.fromObject({
      keyData: Buffer.from("app-state-key-data"),
      timestamp: 1_700_000_000,
    });
    await keys.set({
      "pre-key": { "1": preKey, "2": Curve.generateKeyPair() },
      session: { "971501234567.0": Buffer.from([1, 2, 3, 250]) },
      "app-state-sync-key": { AAAA: appStateKey },
      "sender-key-memory": { "120363000000000001@g.us": { "971501234567:0@s.whatsapp.net": true } },
    });

    // A fresh load (as after a restart) sees the same values, with Buffers and protos revived.
    const again = await useDatabaseAuthState(getDb(), sessionId, box);
    expect(JSON.stringify(again.state.creds, BufferJSON.replacer)).toBe(
      JSON.stringify(creds, BufferJSON.replacer),
    );
    const reloaded = makeCacheableSignalKeyStore(again.state.keys);
    const preKeys = await reloaded.get("pre-key", ["1", "3"]);
    expect(Buffer.from(preKeys["1"]!.private).equals(Buffer.from(preKey.private))).toBe(true);
    expect(preKeys["3"]).toBeUndefined();
    const session = await reloaded.get("session", ["971501234567.0"]);
    expect(Buffer.isBuffer(session["971501234567.0"])).toBe(true);
    const synced = (await reloaded.get("app-state-sync-key", ["AAAA"]))
      .AAAA as SignalDataTypeMap["app-state-sync-key"];
    expect(synced).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(synced.keyData!).toString()).toBe("app-state-key-data");

    // A null value deletes the key.
    await reloaded.set({ "pre-key": { "2": null } });
    expect(await storedRow(sessionId, "pre-key", "2")).toBeUndefined();
    expect(await storedRow(sessionId, "pre-key", "1")).toBeDefined();

    // Nothing is readable at rest.
    const raw = await storedRow(sessionId, "creds", "creds");
    expect(raw!.value).not.toContain("971501234567");
    expect(Buffer.from(raw!.value, "base64").toString("latin1")).not.toContain("noiseKey");
  });

  it("writes each set in one transaction: a refused write stores none of it", async () => {
    const sessionId = await newSession();
    let allow = true;
    const auth = await useDatabaseAuthState(getDb(), sessionId, box, {
      fence: async () => {
        if (!allow) throw new Error("lease lost");
      },
    });
    await auth.state.keys.set({ "pre-key": { "1": Curve.generateKeyPair() } });
    allow = false;
    await expect(
      auth.state.keys.set({
        "pre-key": { "1": null, "2": Curve.generateKeyPair(), "3": Curve.generateKeyPair() },
      }),
    ).rejects.toThrow("lease lost");
    const rows = await getDb().select().from(waAuthState).where(eq(waAuthState.sessionId, sessionId));
    expect(rows.map((row) => row.keyId)).toEqual(["1"]);
  });

  it("detects tampering, a value moved to another key, and the wrong key", async () => {
    const sessionId = await newSession();
    const auth = await useDatabaseAuthState(getDb(), sessionId, box);
    await auth.saveCreds();
    await auth.state.keys.set({ "pre-key": { "1": Curve.generateKeyPair(), "2": Curve.generateKeyPair() } });

    // One flipped bit in the ciphertext.
    const row = await storedRow(sessionId, "pre-key", "1");
    const bytes = Buffer.from(row!.value, "base64");
    bytes[bytes.length - 1]! ^= 1;
    await getDb()
      .update(waAuthState)
      .set({ value: bytes.toString("base64") })
      .where(
        and(
          eq(waAuthState.sessionId, sessionId),
          eq(waAuthState.type, "pre-key"),
          eq(waAuthState.keyId, "1"),
        ),
      );
    await expect(auth.state.keys.get("pre-key", ["1"])).rejects.toBeInstanceOf(SealedValueError);

    // A valid ciphertext copied under another id does not open there either.
    const other = await storedRow(sessionId, "pre-key", "2");
    await getDb()
      .update(waAuthState)
      .set({ value: other!.value })
      .where(
        and(
          eq(waAuthState.sessionId, sessionId),
          eq(waAuthState.type, "pre-key"),
          eq(waAuthState.keyId, "1"),
        ),
      );
    await expect(auth.state.keys.get("pre-key", ["1"])).rejects.toBeInstanceOf(SealedValueError);
    expect(await auth.state.keys.get("pre-key", ["2"])).toHaveProperty("2");

    // Credentials sealed under another WA_STATE_KEY refuse to load.
    await expect(
      useDatabaseAuthState(getDb(), sessionId, createSealedBox(Buffer.alloc(32, 2))),
    ).rejects.toBeInstanceOf(SealedValueError);
  });
});
