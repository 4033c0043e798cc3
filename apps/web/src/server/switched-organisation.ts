import { loadSessionUser } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import type { JWT } from "next-auth/jwt";

/**
 * A session update asking for another organisation: granted only when the user is an active
 * member there and the token is still current, so whatever a browser sends can reach no more
 * than signing in could.
 */
export async function switchedOrganisation(token: JWT, requested: unknown): Promise<JWT> {
  const orgId = (requested as { user?: { orgId?: unknown } } | null)?.user?.orgId;
  if (typeof orgId !== "string" || !token.userId || token.sessionVersion === undefined) return token;
  if (!/^[0-9a-f-]{36}$/i.test(orgId)) return token;
  const member = await loadSessionUser(getDb(), {
    userId: token.userId,
    orgId,
    sessionVersion: token.sessionVersion,
  });
  return member ? { ...token, orgId } : token;
}
