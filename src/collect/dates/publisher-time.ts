// Re-expresses a UTC stamp in the publisher's own offset: pages written in UTC ("…T00:23Z") would
// otherwise be filed on the next or previous day from the one the outlet printed for its readers.

import { isoInZone } from '../../domain/time.ts';
import { type Element, type PageTree, walk } from '../extract/dom.ts';
import { normaliseOffset } from './zone.ts';

/** The same instant written with a fixed offset ("+02:00") or in an IANA zone (daylight saving included). */
export function inZone(iso: string, zone: string): string | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const fixed = /^[+-]\d{2}:\d{2}$/.test(zone) ? zone : null;
  if (fixed) {
    const minutes = (fixed[0] === '-' ? -1 : 1) * (Number(fixed.slice(1, 3)) * 60 + Number(fixed.slice(4)));
    const local = new Date(instant + minutes * 60_000).toISOString();
    return `${local.slice(0, 19)}${fixed}`;
  }
  try {
    return isoInZone(new Date(instant), zone);
  } catch {
    return null; // a zone this runtime's ICU does not know
  }
}

const STAMP_OFFSET = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*([+-]\d{2}:?\d{2})(?!\d)/g;

/**
 * The non-UTC offset the page itself writes most often in its machine-readable stamps (meta tags,
 * JSON-LD, `<time datetime>`): when a CMS prints one stamp in UTC and others in local time, the
 * local ones tell where the newsroom is.
 */
export function offsetWrittenByPage(tree: PageTree, body: Element): string | null {
  const counts = new Map<string, number>();
  const scan = (text: string) => {
    for (const m of text.matchAll(STAMP_OFFSET)) {
      const offset = normaliseOffset(m[1]);
      if (offset && offset !== '+00:00') counts.set(offset, (counts.get(offset) ?? 0) + 1);
    }
  };
  for (const m of tree.metas) if (m.content && m.content.length < 64) scan(m.content);
  for (const raw of tree.jsonLd) scan(raw);
  walk(body, (el) => {
    if (el.tag === 'time' && el.attrs.datetime) scan(el.attrs.datetime);
    return true;
  });
  let best: string | null = null;
  let bestCount = 0;
  for (const [offset, count] of counts) {
    if (count > bestCount) [best, bestCount] = [offset, count];
  }
  return best;
}

export function isUtcStamp(iso: string): boolean {
  return iso.endsWith('+00:00');
}

/**
 * Whether `day` (YYYY-MM-DD) is the local day of a UTC stamp somewhere newsrooms are: the day before
 * for an evening publication west of Greenwich (up to UTC-10), the day after for a morning one in
 * Asia and Oceania (up to UTC+13).
 */
export function isNeighbourLocalDay(utcIso: string, day: string): boolean {
  const hour = Number(utcIso.slice(11, 13));
  const utcDay = Date.parse(`${utcIso.slice(0, 10)}T00:00:00Z`);
  const shifted = (days: number) => new Date(utcDay + days * 86_400_000).toISOString().slice(0, 10);
  return (hour < 10 && shifted(-1) === day) || (hour >= 11 && shifted(1) === day);
}
