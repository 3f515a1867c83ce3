// RSS 1.0 (RDF) and Netscape RSS 0.90: channel and items are siblings under rdf:RDF.
import { firstDate, markupOfChild, textOfChild, type Vocabulary } from './element-fields.ts';
import {
  authorName,
  EnclosureList,
  fallbackEntryId,
  joinAuthors,
  languageTag,
  nonEmpty,
  uniqueCategories,
} from './entry-fields.ts';
import { extensionCategories } from './extension-fields.ts';
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
    // RSS 1.0 sites lean on Dublin Core: dc:title and dc:description stand in for the core elements.
    title: channel ? textOrDc(channel, 'title') : null,
    link,
    description: channel ? textOrDc(channel, 'description') : null,
    language:
      languageTag(channel ? textOfChild(channel, 'language', ['dc']) : null) ?? languageTag(root.lang),
    updated: channel
      ? firstDate(channel, [
          ['date', ['dc']],
          ['modified', ['dcterms']],
        ])
      : null,
    entries: items.map((item) => parseItem(item, fallbackBase)),
  };
}

function parseItem(item: XmlElement, fallbackBase: string | null): FeedEntry {
  const rawLink = nonEmpty(textOfChild(item, 'link', RSS));
  const link = rawLink ? resolveUrl(rawLink, item.base ?? fallbackBase) : null;
  const title = textOrDc(item, 'title');
  const published = firstDate(item, [
    ['date', ['dc']],
    ['issued', ['dcterms']],
    ['created', ['dcterms']],
  ]);
  const enclosures = new EnclosureList();
  collectMedia(item, enclosures);
  return {
    id: nonEmpty(attrByLocal(item, 'about')) ?? link ?? fallbackEntryId(title, published),
    title,
    link,
    published,
    updated: firstDate(item, [['modified', ['dcterms']]]),
    author: joinAuthors(
      [...childElements(item, 'creator', ['dc']), ...childElements(item, 'author', ['dc'])].map((c) =>
        authorName(textOf(c)),
      ),
    ),
    summary: textOrDc(item, 'description'),
    content: nonEmpty(markupOfChild(item, 'encoded', ['content'])),
    categories: uniqueCategories([
      ...childElements(item, 'subject', ['dc']).map((c) => plainTextOrNull(textOf(c))),
      ...extensionCategories(item),
    ]),
    enclosures: enclosures.items,
  };
}

/** Plain text of the RSS element, or of its Dublin Core namesake when the RSS one is missing or empty. */
function textOrDc(el: XmlElement, local: string): string | null {
  return plainTextOrNull(markupOfChild(el, local, RSS)) ?? plainTextOrNull(markupOfChild(el, local, ['dc']));
}
