// One outlet's web server: routes robots.txt, feed, sitemaps, front page and article pages.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { pageModel } from './article-page.ts';
import type { Catalog } from './catalog.ts';
import { FEED_TYPES, renderFeed } from './feeds.ts';
import { type Document, etagOf, send } from './http-response.ts';
import { renderArticle } from './layouts.ts';
import {
  renderFrontPage,
  renderNewsSitemap,
  renderRobots,
  renderSitemapIndex,
  SITEMAP_PATH,
} from './site-files.ts';

export interface RecordedRequest {
  method: string;
  url: string;
  host: string;
  headers: Record<string, string>;
}

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

const NOT_FOUND = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>404 Halaman tidak ditemukan</title></head><body><h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak tersedia.</p></body></html>\n`;

/** Binds the outlet to its own loopback address so per-host politeness sees separate hosts. */
export async function startOutletServer(
  catalog: Catalog,
  outletIndex: number,
  host: string,
  log: RecordedRequest[],
): Promise<{ server: Server; origin: string }> {
  const outlet = catalog.outlets[outletIndex];
  const newest = catalog.articles[outletIndex][0]?.publishedAt;
  let origin = '';
  // Feeds and sitemaps are asked for on every poll; they are built once, on first request.
  const cached = new Map<string, Document>();
  const once = (key: string, build: () => Document): Document => {
    let doc = cached.get(key);
    if (!doc) {
      doc = build();
      doc.etag = etagOf(doc.body);
      doc.gzipped = gzipSync(doc.body);
      cached.set(key, doc);
    }
    return doc;
  };

  const route = (path: string): Document => {
    if (path === '/robots.txt') {
      return { type: 'text/plain; charset=utf-8', body: renderRobots(catalog.options.robots, origin) };
    }
    if (path === outlet.feedPath) {
      return once('feed', () => ({
        type: FEED_TYPES[outlet.format],
        body: renderFeed(catalog, outletIndex, origin),
        lastModified: newest,
      }));
    }
    if (path === SITEMAP_PATH) {
      return once('news-sitemap', () => ({
        type: XML,
        body: renderNewsSitemap(catalog, outletIndex, origin),
        lastModified: newest,
      }));
    }
    if (path === '/sitemap.xml') {
      return { type: XML, body: renderSitemapIndex(catalog, outletIndex, origin), lastModified: newest };
    }
    if (path === '/' || path === '/indeks') {
      return { type: HTML, body: renderFrontPage(catalog, outletIndex, origin), lastModified: newest };
    }
    const entry = catalog.byPath[outletIndex].get(path);
    if (entry) {
      const model = pageModel(catalog, entry, origin);
      return { type: HTML, body: renderArticle(model), lastModified: model.modifiedAt };
    }
    return { status: 404, type: HTML, body: NOT_FOUND };
  };

  const server = createServer((req, res) => {
    const target = req.url ?? '/';
    log.push({ method: req.method ?? 'GET', url: origin + target, host, headers: flatHeaders(req) });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const raw = target.split(/[?#]/)[0];
    let path = raw;
    try {
      path = decodeURI(raw);
    } catch {
      // A malformed escape cannot name any page; it falls through to 404.
    }
    send(req, res, route(path)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`news-network: no address for ${host}`);
  origin = `http://${host}:${address.port}`;
  return { server, origin };
}
