import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { webConfigFromEnv } from "./src/config";
import { devAllowedOrigins } from "./src/lib/dev-origins";
import { securityHeaders } from "./src/lib/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");
const { production } = webConfigFromEnv();

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The workspace packages ship TypeScript source.
  transpilePackages: ["@taqweem/api", "@taqweem/db", "@taqweem/jobs"],
  // Native bindings and Node-only drivers stay plain `require`s instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "postgres", "pg-boss", "pino", "prom-client"],
  // forbidden() answers 403 for pages a role may not open.
  experimental: { authInterrupts: true },
  ...(production ? {} : { allowedDevOrigins: devAllowedOrigins() }),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(!production) }];
  },
};

export default withNextIntl(config);
