// Reading one field out of an element's children: its markup, its text, or the first date that parses.

import { parseFeedDate } from './dates.ts';
import type { NamespaceName } from './namespaces.ts';
import { childElement, childElements, markupOf, textOf, type XmlElement } from './xml.ts';

export type Vocabulary = NamespaceName | null;

export function markupOfChild(
  el: XmlElement,
  local: string,
  vocabularies: readonly Vocabulary[] = [null],
): string | null {
  const child = childElement(el, local, vocabularies);
  return child ? markupOf(child) : null;
}

export function textOfChild(
  el: XmlElement,
  local: string,
  vocabularies: readonly Vocabulary[] = [null],
): string | null {
  const child = childElement(el, local, vocabularies);
  return child ? textOf(child) : null;
}

/** The first candidate element (in order of preference) whose text is a date we can read. */
export function firstDate(el: XmlElement, candidates: [string, readonly Vocabulary[]][]): string | null {
  for (const [local, vocabularies] of candidates) {
    for (const child of childElements(el, local, vocabularies)) {
      const date = parseFeedDate(textOf(child));
      if (date) return date;
    }
  }
  return null;
}
