// Text fields that podcast (iTunes) and Media RSS extensions add to items: categories, keywords and titles.
// News sites that publish video or podcasts often put the only title or topic there.
import { nonEmpty } from './entry-fields.ts';
import { plainTextOrNull } from './html-text.ts';
import { childElements, isElement, markupOf, textOf, type XmlElement } from './xml.ts';

/** Topic names from itunes:category (its text attribute, nested ones too), itunes:keywords and media:category. */
export function extensionCategories(item: XmlElement): string[] {
  const out: string[] = [];
  const itunesCategories = (el: XmlElement): void => {
    for (const c of childElements(el, 'category', ['itunes'])) {
      const text = nonEmpty(c.attrs.text);
      if (text) out.push(text);
      itunesCategories(c);
    }
  };
  itunesCategories(item);
  for (const k of childElements(item, 'keywords', ['itunes'])) out.push(...textOf(k).split(','));
  for (const c of mediaElements(item, 'category')) out.push(textOf(c));
  return out;
}

/** The Media RSS title (on the item, or in its media:group / media:content), as plain text. */
export function mediaTitle(item: XmlElement): string | null {
  for (const t of mediaElements(item, 'title')) {
    const text = plainTextOrNull(markupOf(t));
    if (text) return text;
  }
  return null;
}

/** Media RSS elements of this name directly on the item, then inside media:group and media:content. */
function mediaElements(item: XmlElement, local: string): XmlElement[] {
  const direct = childElements(item, local, ['media']);
  const nested: XmlElement[] = [];
  for (const c of item.children) {
    if (!isElement(c) || c.vocabulary !== 'media') continue;
    if (c.local === 'group') nested.push(...mediaElements(c, local));
    else if (c.local === 'content') nested.push(...childElements(c, local, ['media']));
  }
  return [...direct, ...nested];
}
