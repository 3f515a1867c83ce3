// RSS 1.0 (RDF) and Netscape RSS 0.90: channel and items are siblings under rdf:RDF.
import { firstDate, markupOfChild, textOfChild, type Vocabulary } from './element-fields.ts';
import {
  authorName,
  EnclosureList,
  fallbackEntryId,
  joinAuthors,
  nonEmpty,
  uniqueCategories,
} from './entry-fields.ts';
import { plainTextOrNull } from './html-text.ts';
import { isAbsoluteHttpUrl, resolveUrl } from './links.ts';
import { collectMedia } from './media.ts';
import type { Feed, FeedEntry } from './types.ts';
import { attrByLocal, childElement, childElements, textOf, type XmlElement } from './xml.ts';

const RSS: readonly Vocabulary[] = ['rss10', 'rss090', null];

export function parseRdf(root: XmlElement): Feed {
  const channel = childElement(root, 'channel', RSS);
  const rawLink = channel ? nonEmpty(textOfChild(channel, 'link', RSS)) : null;
  const link = rawLink && channel ? resolveUrl(rawLink, channel.base) : null;
  const fallbackBase = link && isAbsoluteHttpUrl(link) ? link : null;
  const items = [
    ...childElements(root, 'item', RSS),
    ...(channel ? childElements(channel, 'item', RSS) : []),
  ];
  return {
    title: channel ? plainTextOrNull(markupOfChild(channel, 'title', RSS)) : null,
    link,
    description: channel ? plainTextOrNull(markupOfChild(channel, 'description', RSS)) : null,
    language: (channel ? nonEmpty(textOfChild(channel, 'language', ['dc'])) : null) ?? root.lang,
    updated: channel ? firstDate(channel, [['date', ['dc']]]) : null,
    entries: items.map((item) => parseItem(item, fallbackBase)),
  };
}

function parseItem(item: XmlElement, fallbackBase: string | null): FeedEntry {
  const rawLink = nonEmpty(textOfChild(item, 'link', RSS));
  const link = rawLink ? resolveUrl(rawLink, item.base ?? fallbackBase) : null;
  const title = plainTextOrNull(markupOfChild(item, 'title', RSS));
  const published = firstDate(item, [
    ['date', ['dc']],
    ['issued', ['dcterms']],
  ]);
  const enclosures = new EnclosureList();
  collectMedia(item, enclosures);
  return {
    id: nonEmpty(attrByLocal(item, 'about')) ?? link ?? fallbackEntryId(title, published),
    title,
    link,
    published,
    updated: firstDate(item, [['modified', ['dcterms']]]),
    author: joinAuthors(childElements(item, 'creator', ['dc']).map((c) => authorName(textOf(c)))),
    summary: plainTextOrNull(markupOfChild(item, 'description', RSS)),
    content: nonEmpty(markupOfChild(item, 'encoded', ['content'])),
    categories: uniqueCategories(
      childElements(item, 'subject', ['dc']).map((c) => plainTextOrNull(textOf(c))),
    ),
    enclosures: enclosures.items,
  };
}
