import { verifyLogin } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "./client-ip";

// The codes reach the login page, which shows the matching translated message.
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials" as const;
}

export class RateLimited extends CredentialsSignin {
  override code = "rate_limited" as const;
}

const credentialsInput = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const credentialsProvider = Credentials({
  credentials: { email: { type: "email" }, password: { type: "password" } },
  async authorize(input, request) {
    const parsed = credentialsInput.safeParse(input);
    if (!parsed.success) throw new InvalidCredentials();
    const result = await verifyLogin(getDb(), { ...parsed.data, ip: clientIp(request.headers) });
    if (!result.ok) throw result.reason === "rate_limited" ? new RateLimited() : new InvalidCredentials();
    const { userId, orgId, email, name, sessionVersion } = result;
    return { id: userId, orgId, email, name, sessionVersion };
  },
});
