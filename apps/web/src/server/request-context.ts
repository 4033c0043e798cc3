import { type Context, createContext, getProducerBoss } from "@taqweem/api";
import { databaseUrl, getDb } from "@taqweem/db";
import { auth } from "@/auth";
import { clientIp } from "./client-ip";

/** The tRPC context of the current request: the signed-in identity, re-checked against the database. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const session = await auth();
  const user = session?.user;
  return createContext({
    db: getDb(),
    boss: () => getProducerBoss(databaseUrl()),
    // A token from before session versions has none, and counts as signed out.
    identity:
      user?.id && user.orgId && user.sessionVersion !== undefined
        ? { userId: user.id, orgId: user.orgId, sessionVersion: user.sessionVersion }
        : null,
    ip: clientIp(headers),
  });
}

/**
 * The session for routes outside tRPC (event stream, downloads): null when signed out, and also
 * while a one-time password waits to be changed, since that session may do nothing else.
 */
export async function appSession(headers: Headers): Promise<Context["session"]> {
  const { session } = await createRequestContext(headers);
  return session && !session.mustChangePassword ? session : null;
}
