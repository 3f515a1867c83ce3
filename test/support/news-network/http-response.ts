// Sends a document the way a well-behaved news server does: validators, 304s for conditional GETs, gzip.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface Document {
  status?: number;
  type: string;
  body: string;
  lastModified?: Date;
  /** Pre-compressed body, for documents served often (feeds). */
  gzipped?: Buffer;
  etag?: string;
}

export function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

function notModified(req: IncomingMessage, etag: string, lastModified?: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // RFC 9110: If-None-Match wins over If-Modified-Since and compares weakly.
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

function acceptsGzip(req: IncomingMessage): boolean {
  const accept = req.headers['accept-encoding'] ?? '';
  return accept.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === 'x-gzip') && (!q || Number(q.slice(2)) > 0);
  });
}

export async function send(req: IncomingMessage, res: ServerResponse, doc: Document): Promise<void> {
  const status = doc.status ?? 200;
  const etag = doc.etag ?? etagOf(doc.body);
  const headers: Record<string, string> = {
    'Content-Type': doc.type,
    'Cache-Control': 'public, max-age=60',
    Vary: 'Accept-Encoding',
    Server: 'nginx',
  };
  if (status === 200) {
    headers.ETag = etag;
    if (doc.lastModified) headers['Last-Modified'] = doc.lastModified.toUTCString();
    if (notModified(req, etag, doc.lastModified)) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control'], Vary: headers.Vary });
      res.end();
      return;
    }
  }
  let payload: Buffer = Buffer.from(doc.body, 'utf8');
  if (acceptsGzip(req)) {
    payload = doc.gzipped ?? (await gzipAsync(payload));
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(payload.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}
