import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on `port` (0 = any free port) and returns the URL clients should use. */
export async function listenOn(server: Server, port: number, host: string, path = '/graphql'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${address.port}${path}`;
}

/**
 * Stops accepting connections and waits for the requests in flight to be answered (drain): keep-alive
 * connections are closed as soon as they fall idle, so a client is never cut in the middle of a request.
 */
export async function closeServer(server: Server): Promise<void> {
  if (!server.listening) {
    return;
  }
  // keep-alive clients (the gateway, other subgraphs) are told to go, and a connection falling idle is closed soon
  server.on('request', (_req: unknown, res: { setHeader(name: string, value: string): void }) => res.setHeader('connection', 'close'));
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
