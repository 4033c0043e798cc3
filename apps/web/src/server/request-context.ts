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
    identity: user?.id && user.orgId ? { userId: user.id, orgId: user.orgId } : null,
    ip: clientIp(headers),
  });
}
