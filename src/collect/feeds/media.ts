// Media RSS (media:content, media:thumbnail, media:group): the article images news feeds attach.
import type { EnclosureList } from './entry-fields.ts';
import { parseLength } from './entry-fields.ts';
import { resolveUrl } from './links.ts';
import { isElement, type XmlElement } from './xml.ts';

export function collectMedia(item: XmlElement, into: EnclosureList): void {
  for (const child of item.children) {
    if (!isElement(child) || child.vocabulary !== 'media') continue;
    if (child.local === 'group') collectMedia(child, into);
    else if (child.local === 'content' && child.attrs.url) {
      into.add(
        resolveUrl(child.attrs.url, child.base),
        child.attrs.type ?? null,
        parseLength(child.attrs.fileSize ?? child.attrs.filesize),
      );
    } else if (child.local === 'thumbnail' && child.attrs.url) {
      into.add(resolveUrl(child.attrs.url, child.base), null, null);
    }
  }
}
