import { createConnection, createServer, type Socket } from "node:net";

/**
 * A TCP proxy in front of Postgres that counts the round trips its clients make: every Sync
 * (extended protocol, what postgres.js and pg send per query) and every simple Query message
 * waits for the server's ReadyForQuery. Point a process's DATABASE_URL at `url` to count all of
 * its database work (drizzle and pg-boss alike) without touching its code.
 */
export async function startRoundTripCounter(targetUrl: string) {
  const target = new URL(targetUrl);
  let roundTrips = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        // The startup message (and an SSL request before it) has a length but no type byte.
        if (!started) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103 && code !== 80877104) started = true;
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const type = String.fromCharCode(buffer[0]!);
        if (type === "S" || type === "Q") roundTrips += 1;
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("the round-trip counter has no port");
  const url = Object.assign(new URL(targetUrl), { hostname: "127.0.0.1", port: String(address.port) });
  return {
    url: url.toString(),
    get roundTrips() {
      return roundTrips;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
