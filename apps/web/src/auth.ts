import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { credentialsProvider } from "./server/credentials";
import { switchedOrganisation } from "./server/switched-organisation";

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  providers: [credentialsProvider],
  callbacks: {
    ...authConfig.callbacks,
    // Here rather than in authConfig: switching organisation reads the database, the proxy cannot.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      return params.trigger === "update" ? switchedOrganisation(token, params.session) : token;
    },
  },
});
