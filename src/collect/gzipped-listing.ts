// Sitemaps published as `sitemap.xml.gz` arrive as gzip files (application/x-gzip), not as a gzip
// Content-Encoding the fetcher undoes: their bytes are gunzipped here, under the same cap the
// fetcher puts on decoded bodies, so a small file that inflates to gigabytes is refused early.
import { FetchError } from '../domain/errors.ts';
import { BodyDecoder } from './fetch/body-decoder.ts';
import { tooLargeError } from './fetch/fetch-errors.ts';

const isGzip = (body: Buffer) => body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;

/** The listing's bytes, gunzipped when they are a gzip file; other bodies are returned as they are. */
export function gunzipListing(body: Buffer, url: string, maxBytes: number): Promise<Buffer> {
  if (!isGzip(body)) return Promise.resolve(body);
  return new Promise((resolve, reject) => {
    const decoder = new BodyDecoder('gzip', maxBytes, false, (outcome) => {
      if (outcome.ok) resolve(outcome.body);
      else if (outcome.reason === 'too_large')
        reject(tooLargeError(url, maxBytes, `gzip: ${outcome.detail}`));
      else
        reject(
          new FetchError('malformed_feed', `Berkas gzip rusak — corrupt gzip file: ${outcome.detail}`, url),
        );
    });
    decoder.push(body);
    decoder.end();
  });
}
