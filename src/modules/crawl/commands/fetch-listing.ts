// Fetches a feed or sitemap the way a poll reads it: a `.xml.gz` sitemap comes back as its XML.

import type { Fetcher, FetchRequest, FetchResponse } from '../../../collect/fetch/index.ts';
import { resolveOptions } from '../../../collect/fetch/types.ts';
import { gunzipListing } from '../../../collect/gzipped-listing.ts';

/** The fetcher's cap on a decoded body (its default: processes never configure another). */
const MAX_DECODED_BYTES = resolveOptions().maxBytes;

/** What a poll asks a feed or sitemap URL for (a preview asks the same, to be answered the same). */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export async function fetchListing(fetcher: Fetcher, request: FetchRequest): Promise<FetchResponse> {
  const res = await fetcher.fetch(request);
  if (res.notModified) return res;
  return { ...res, body: await gunzipListing(res.body, res.url, MAX_DECODED_BYTES) };
}
