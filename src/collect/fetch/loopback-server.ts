// Real HTTP servers on loopback for the fetcher's tests: each test states how its server behaves.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetcherOptions } from './types.ts';

export interface LoopbackServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Every request path the server saw, in arrival order. */
  seen: string[];
  server: http.Server;
  close(): Promise<void>;
}

export async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  host = '127.0.0.1',
): Promise<LoopbackServer> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    seen,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Options every loopback test starts from: loopback allowed, no politeness wait, quick retries. */
export const LOOPBACK_TEST_OPTIONS: FetcherOptions = {
  allowHosts: ['127.0.0.0/8'],
  hostDelayMs: 0,
  respectRobots: false,
  retryBaseDelayMs: 10,
};

/** Runs `action` and returns the error it threw, failing the test if it did not throw. */
export async function caught(action: () => Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await action();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}
