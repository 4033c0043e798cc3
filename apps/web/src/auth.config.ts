import { siteConfigFromEnv } from "@taqweem/api/config";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import { webConfigFromEnv } from "./config";
import { routing } from "./i18n/routing";

const loginPage = `/${routing.defaultLocale}/login`;
const web = webConfigFromEnv();

/**
 * The part of the Auth.js setup that needs no database; `auth.ts` adds the credentials provider.
 * A session lasts `maxAge` from sign-in: nothing renews its cookie (see proxy.ts for why).
 */
export const authConfig = {
  // Unless AUTH_TRUST_HOST says otherwise, production takes its URLs from AUTH_URL (Auth.js then
  // never reads the Host or X-Forwarded-* headers) and refuses without it.
  trustHost: web.authTrustHost ?? (!web.production || Boolean(siteConfigFromEnv().authUrl)),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: loginPage, error: loginPage },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.userId = user.id;
        token.orgId = user.orgId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.userId && token.orgId && token.sessionVersion !== undefined) {
        session.user.id = token.userId;
        session.user.orgId = token.orgId;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
} satisfies NextAuthConfig;
