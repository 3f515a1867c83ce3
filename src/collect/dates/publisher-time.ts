// Re-expresses a UTC stamp in the publisher's own offset: pages written in UTC ("…T00:23Z") would
// otherwise be filed on the next or previous day from the one the outlet printed for its readers.
import { type Element, type PageTree, walk } from '../extract/dom.ts';
import { normaliseOffset } from './zone.ts';

const FORMATS = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(zone: string): Intl.DateTimeFormat | null {
  let format = FORMATS.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      format = null; // a zone this runtime's ICU does not know
    }
    FORMATS.set(zone, format);
  }
  return format;
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

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
  const format = formatFor(zone);
  if (!format) return null;
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const minutes = Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offsetText(minutes)}`;
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
