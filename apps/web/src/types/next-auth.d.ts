import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    orgId: string;
  }
  interface Session {
    user: { id: string; orgId: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    userId?: string;
    orgId?: string;
  }
}
