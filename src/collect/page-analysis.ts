// Everything CPU-bound done to a fetched article page, in one pure function: decode the bytes,
// extract the article, and compute the fingerprints used to find syndicated copies.
import type { TimeZoneName } from '../domain/workspace.ts';
import { decodeBody } from './charset.ts';
import { contentHash } from './dedup/hash.ts';
import { lshKeys, textSignature } from './dedup/minhash.ts';
import { type ExtractedArticle, extractArticle } from './extract/index.ts';

export interface PageInput {
  body: Uint8Array;
  contentType: string | null;
  url: string;
  timeZone: TimeZoneName;
  /** ISO time the page was fetched, for relative dates such as "3 jam yang lalu". */
  fetchedAt: string;
}

export interface PageAnalysis {
  article: ExtractedArticle;
  contentHash: string;
  signature: number[];
  bandKeys: string[];
}

export function analysePage(input: PageInput): PageAnalysis {
  const html = decodeBody(
    Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength),
    input.contentType,
  );
  const article = extractArticle(html, {
    url: input.url,
    now: new Date(input.fetchedAt),
    timeZone: input.timeZone,
  });
  const text = article.text ?? '';
  const signature = textSignature(text);
  return { article, contentHash: contentHash(text), signature, bandKeys: lshKeys(signature) };
}
