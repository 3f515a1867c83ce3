// A site that cannot be reached at all (connection refused, silence) is reported as unreachable,
// with its cause: not as "robots.txt disallows us", which reads as the outlet blocking Pantau.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Fetcher } from './fetcher.ts';
import { caught } from './loopback-server.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function fetcher(options: { readTimeoutMs?: number } = {}) {
  const f = new Fetcher({ allowHosts: ['127.0.0.0/8'], hostDelayMs: 0, retries: 0, ...options });
  closers.push(() => f.close());
  return f;
}

/** A port nothing listens on: the connection is refused, as when the network or the site is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts connections and never answers. */
async function silentServer(): Promise<number> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => sockets.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as net.AddressInfo).port;
}

describe('robots.txt of a site that cannot be reached', () => {
  it('names a refused connection as a network failure, not a robots.txt disallow', async () => {
    const port = await closedPort();
    const error = await caught(() => fetcher().fetch({ url: `http://127.0.0.1:${port}/berita/1` }));
    expect(error.code).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toMatch(/belum boleh dirayapi|disallow/i);
    expect(error.retryable).toBe(true);
  });

  it('names a silent server as a timeout, not a robots.txt disallow', async () => {
    const port = await silentServer();
    const error = await caught(() =>
      fetcher({ readTimeoutMs: 300 }).fetch({ url: `http://127.0.0.1:${port}/berita/1` }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/Waktu habis/);
    expect(error.message).not.toMatch(/belum boleh dirayapi|disallow/i);
  });
});
