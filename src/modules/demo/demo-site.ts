// The demo's news site on loopback: the outlets' feeds, sitemaps and pages of src/demo served on
// 127.0.0.1 at a port of the system's choosing, for as long as the demo's collection runs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoNews } from '../../demo/news.ts';
import { type DemoSite, demoSite } from '../../demo/site/router.ts';

export interface RunningDemoSite {
  /** "http://127.0.0.1:41234": the only origin the demo's fetcher may reach. */
  origin: string;
  site: DemoSite;
  /** Requests served so far (paths), for the summary and the tests. */
  requests(): string[];
  close(): Promise<void>;
}

export async function startDemoSite(news: DemoNews): Promise<RunningDemoSite> {
  const site = demoSite(news);
  const served: string[] = [];
  let origin = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split(/[?#]/)[0];
    served.push(path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let decoded = path;
    try {
      decoded = decodeURI(path);
    } catch {
      // A malformed escape names no page: it is answered 404 below.
    }
    const doc = site.respond(decoded, origin);
    const body = Buffer.from(doc.body, 'utf8');
    res.writeHead(doc.status, {
      'content-type': doc.type,
      'content-length': body.length,
      'cache-control': 'public, max-age=60',
      ...(doc.modified ? { 'last-modified': doc.modified.toUTCString() } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    site,
    requests: () => [...served],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
