import { createServer } from "node:http";
import next from "next";
import { webConfigFromEnv } from "./src/config";
import { stampPeerAddress } from "./src/server/peer-address";

/**
 * The web app's HTTP server: Next.js behind a plain Node server, for one reason. Route handlers
 * never see the socket, and the X-Forwarded-For that `next start` fills in is whatever the client
 * sent when it sent one; so this server writes the socket's address into a header of its own
 * (overwriting any copy from the client) before Next.js handles the request. The sign-in rate
 * limit reads it, and believes X-Forwarded-For only from the proxies TRUSTED_PROXIES names.
 */
const config = webConfigFromEnv();
const dev = !config.production;
const port = config.port;
const app = next({ dev, dir: import.meta.dirname, port, ...(dev ? { turbopack: true } : {}) });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stampPeerAddress(request);
  void handle(request, response);
});
server.listen(port, () => console.log(`web listening on port ${port}${dev ? " (development)" : ""}`));

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  // Open event streams would hold server.close() forever; like `next start`, end them and exit.
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
