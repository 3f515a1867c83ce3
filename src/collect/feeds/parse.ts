// parseFeed: one entry point for every feed format, chosen from the document's content.
import { PantauError } from '../../domain/errors.ts';
import { parseAtom } from './atom.ts';
import { detectDocumentKind, documentStart } from './detect.ts';
import { parseJsonFeed } from './jsonfeed.ts';
import { parseRdf } from './rdf.ts';
import { parseRss } from './rss.ts';
import type { Feed, ParseFeedOptions } from './types.ts';
import { assertDocumentSize, parseXml } from './xml.ts';

export function parseFeed(input: string, options: ParseFeedOptions = {}): Feed {
  assertDocumentSize(input);
  const base = options.baseUrl ?? null;
  const start = documentStart(input);
  const text = start === 0 ? input : input.slice(start);
  const kind = detectDocumentKind(text);
  switch (kind) {
    case 'rss':
      return parseRss(parseXml(text, base));
    case 'rdf':
      return parseRdf(parseXml(text, base));
    case 'atom':
      return parseAtom(parseXml(text, base));
    case 'jsonfeed':
      return parseJsonFeed(text, base);
    case 'html':
      throw new PantauError(
        'malformed_feed',
        'Alamat ini mengembalikan halaman HTML, bukan feed (the document is an HTML page, not a feed)',
      );
    case 'sitemapindex':
    case 'urlset':
      throw new PantauError('malformed_feed', 'Dokumen ini sitemap, bukan feed (the document is a sitemap)');
    default:
      // Parsing still runs so that a hostile DTD is reported as such rather than as "unknown format".
      if (text.trimStart().startsWith('<')) parseXml(text, base);
      throw new PantauError(
        'malformed_feed',
        'Format tidak dikenali: bukan RSS, Atom, RDF, atau JSON Feed (unrecognised feed format)',
      );
  }
}
