import { type Database, waAuthState, waCredentialsKey } from "@taqweem/db";
import {
  type AuthenticationCreds,
  type AuthenticationState,
  BufferJSON,
  initAuthCreds,
  proto,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from "@whiskeysockets/baileys";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { SealedBox } from "../crypto/sealed-box";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface DatabaseAuthState {
  state: AuthenticationState;
  saveCreds(): Promise<void>;
}

export interface AuthStateOptions {
  /** Runs inside every write transaction; throws to refuse the write (e.g. the lease was lost). */
  fence?: (tx: Tx) => Promise<void>;
}

const address = (sessionId: string, type: string, keyId: string) => `wa/${sessionId}/${type}/${keyId}`;

/**
 * Baileys' auth state kept in Postgres (the model is useMultiFileAuthState, one row per file):
 * values go through BufferJSON and are sealed at rest; every `set` is one transaction; a null
 * value deletes its row.
 */
export async function useDatabaseAuthState(
  db: Database,
  sessionId: string,
  box: SealedBox,
  options: AuthStateOptions = {},
): Promise<DatabaseAuthState> {
  const seal = (type: string, keyId: string, value: unknown) =>
    box.seal(JSON.stringify(value, BufferJSON.replacer), address(sessionId, type, keyId));
  const open = (type: string, keyId: string, sealed: string): unknown =>
    JSON.parse(box.open(sealed, address(sessionId, type, keyId)), BufferJSON.reviver);

  const write = (rows: Array<{ type: string; keyId: string; value: unknown | null }>) =>
    db.transaction(async (tx) => {
      await options.fence?.(tx);
      for (const row of rows) {
        const where = and(
          eq(waAuthState.sessionId, sessionId),
          eq(waAuthState.type, row.type),
          eq(waAuthState.keyId, row.keyId),
        );
        if (row.value === null || row.value === undefined) {
          await tx.delete(waAuthState).where(where);
          continue;
        }
        const value = seal(row.type, row.keyId, row.value);
        await tx
          .insert(waAuthState)
          .values({ sessionId, type: row.type, keyId: row.keyId, value })
          .onConflictDoUpdate({
            target: [waAuthState.sessionId, waAuthState.type, waAuthState.keyId],
            set: { value, updatedAt: sql`now()` },
          });
      }
    });

  const [stored] = await db
    .select({ value: waAuthState.value })
    .from(waAuthState)
    .where(
      and(
        eq(waAuthState.sessionId, sessionId),
        eq(waAuthState.type, waCredentialsKey.type),
        eq(waAuthState.keyId, waCredentialsKey.keyId),
      ),
    );
  const creds = stored
    ? (open(waCredentialsKey.type, waCredentialsKey.keyId, stored.value) as AuthenticationCreds)
    : initAuthCreds();

  const keys: SignalKeyStore = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      if (ids.length === 0) return found;
      const rows = await db
        .select({ keyId: waAuthState.keyId, value: waAuthState.value })
        .from(waAuthState)
        .where(
          and(
            eq(waAuthState.sessionId, sessionId),
            eq(waAuthState.type, type),
            inArray(waAuthState.keyId, ids),
          ),
        );
      for (const row of rows) {
        const value = open(type, row.keyId, row.value);
        found[row.keyId] = (
          type === "app-state-sync-key"
            ? proto.Message.AppStateSyncKeyData.fromObject(value as object)
            : value
        ) as SignalDataTypeMap[T];
      }
      return found;
    },
    async set(data: SignalDataSet) {
      const rows = Object.entries(data).flatMap(([type, values]) =>
        Object.entries(values ?? {}).map(([keyId, value]) => ({ type, keyId, value })),
      );
      if (rows.length > 0) await write(rows);
    },
  };

  return {
    state: { creds, keys },
    saveCreds: () => write([{ ...waCredentialsKey, value: creds }]),
  };
}

/**
 * Credentials of a completed link. `me` alone is not enough: a pairing-code request sets it
 * before the phone confirms; `account` (the signed device identity) only comes with pair-success.
 */
export function isLinked(creds: AuthenticationCreds): boolean {
  return Boolean(creds.me?.id && creds.account);
}

/** Forgets everything WhatsApp gave this session: a new link starts from scratch. */
export async function wipeAuthState(db: Pick<Database, "delete">, sessionId: string): Promise<void> {
  await db.delete(waAuthState).where(eq(waAuthState.sessionId, sessionId));
}
