import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type LoginLimits, verifyLogin } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import { afterAll, describe, expect, it } from "vitest";
import { clientIp } from "../../apps/web/src/server/client-ip";
import { peerAddressHeader, stampPeerAddress } from "../../apps/web/src/server/peer-address";
import { parseTrustedProxies } from "../../apps/web/src/server/trusted-proxies";
import { addUser, createOrg } from "../support/fixtures";

const limits: LoginLimits = {
  perAccount: 3,
  perIp: 5,
  windowMinutes: 15,
  slowdown: { afterFailures: 50, baseMs: 100, maxMs: 1_000 },
};

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/**
 * The path a sign-in takes in the web app, over real HTTP: server.ts stamps the socket's address,
 * the credentials provider resolves the client address with TRUSTED_PROXIES and calls verifyLogin.
 */
const servers: Server[] = [];
async function signInServer(trustedProxies: string) {
  const trusted = parseTrustedProxies(trustedProxies);
  const server = createServer(async (request, response) => {
    stampPeerAddress(request);
    let body = "";
    for await (const chunk of request) body += chunk;
    const { email, password } = JSON.parse(body) as { email: string; password: string };
    const ip = clientIp(headersOf(request), trusted);
    const result = await verifyLogin(getDb(), { email, password, ip }, limits);
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ ip, result: result.ok ? "ok" : result.reason }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return async (credentials: { email: string; password: string }, headers: Record<string, string> = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(credentials),
    });
    return (await response.json()) as { ip: string | null; result: string };
  };
}
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

const octet = () => Math.floor(Math.random() * 250) + 1;

describe("the address a sign-in is counted against", () => {
  it("is the socket's when no proxy is trusted: a spoofed X-Forwarded-For gets no fresh allowance", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    const signIn = await signInServer("");
    for (let i = 0; i < limits.perAccount; i += 1) {
      const answer = await signIn(
        { email: user.email, password: "wrong" },
        { "x-forwarded-for": `203.0.113.${i + 1}`, [peerAddressHeader]: `198.51.100.${i + 1}` },
      );
      expect(answer).toEqual({ ip: "127.0.0.1", result: "invalid_credentials" });
    }
    const spoofed = await signIn(
      { email: user.email, password: user.password },
      { "x-forwarded-for": "203.0.113.99", [peerAddressHeader]: "198.51.100.99" },
    );
    expect(spoofed).toEqual({ ip: "127.0.0.1", result: "rate_limited" });
  });

  it("believes X-Forwarded-For only as far as the trusted proxies go", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    // The test client stands for a trusted reverse proxy on 127.0.0.1 that appends the address it
    // saw; what the client wrote itself comes before it in the header.
    const realClient = `192.0.2.${octet()}`;
    for (const trusted of ["127.0.0.1", "127.0.0.0/8, 10.0.0.0/8", "1"]) {
      const signIn = await signInServer(trusted);
      const answer = await signIn(
        { email: `nobody-${crypto.randomUUID()}@example.test`, password: "x" },
        { "x-forwarded-for": `203.0.113.7, ${realClient}` },
      );
      expect(answer).toEqual({ ip: realClient, result: "invalid_credentials" });
    }

    const signIn = await signInServer("127.0.0.1");
    const guesser = `192.0.2.${octet()}`;
    for (let i = 0; i < limits.perAccount; i += 1) {
      const answer = await signIn(
        { email: user.email, password: "wrong" },
        { "x-forwarded-for": `203.0.113.${i + 1}, ${guesser}` },
      );
      expect(answer).toEqual({ ip: guesser, result: "invalid_credentials" });
    }
    expect(
      await signIn(
        { email: user.email, password: user.password },
        { "x-forwarded-for": `203.0.113.50, ${guesser}` },
      ),
    ).toEqual({ ip: guesser, result: "rate_limited" });
    // Another client behind the same proxy is someone else, and gets in.
    const owner = `198.18.0.${octet()}`;
    expect(
      await signIn({ email: user.email, password: user.password }, { "x-forwarded-for": owner }),
    ).toEqual({ ip: owner, result: "ok" });
  });
});
