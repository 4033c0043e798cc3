import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ResendRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
}

type Reply = { status: number; body: unknown };

/**
 * A local server that answers like the Resend API (`POST /emails` → `{ id }`), for the real SDK
 * to talk to. Queue other replies (errors) with `failNext`.
 */
export async function startFakeResend() {
  const requests: ResendRequest[] = [];
  const replies: Reply[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      requests.push({
        method: req.method!,
        path: req.url!,
        headers: req.headers,
        body: JSON.parse(raw || "{}"),
      });
      const reply =
        replies.shift() ??
        (req.method === "POST" && req.url === "/emails"
          ? { status: 200, body: { id: `re_${crypto.randomUUID()}` } }
          : { status: 404, body: { name: "not_found", message: "Not found", statusCode: 404 } });
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    failNext(status: number, name: string, message = name) {
      replies.push({ status, body: { statusCode: status, name, message } });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
