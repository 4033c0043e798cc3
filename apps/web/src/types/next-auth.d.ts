import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    orgId: string;
    /** The user's session version at sign-in; a password change or reset raises it. */
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; orgId: string; sessionVersion: number } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    userId?: string;
    orgId?: string;
    sessionVersion?: number;
  }
}
