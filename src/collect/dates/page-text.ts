// Last-resort reading of a page's date from its visible text, for pages that mark up no date at all.
import { allDateParts, findDateParts, type ParseOptions } from './parse.ts';
import { PUBLISHED_WORD, withoutUpdateDates } from './phrases.ts';
import { toIso } from './zone.ts';

/** Which of the dates the text mentions stands for the page when no word introduces one. */
export type TextDatePick = 'latest' | 'first';

/**
 * A date introduced as the publication date wins; otherwise the latest date written in the text is
 * taken (captions and background paragraphs cite earlier days, the publication day is rarely older
 * than what the text mentions) or the first one, leaving out dates introduced as update dates;
 * otherwise a relative date ("2 jam yang lalu").
 */
export function dateFromPageText(
  text: string,
  options: ParseOptions,
  plausible: (iso: string) => boolean,
  pick: TextDatePick = 'latest',
): string | null {
  for (const m of text.matchAll(PUBLISHED_WORD)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // The date has to follow closely ("Published on 3 March 2025", "Terbit: Senin, 03/03/2025").
    const parts = findDateParts(after, options, false);
    const iso = parts && toIso(parts, options.timeZone);
    if (iso && plausible(iso) && startsNear(after, parts)) return iso;
  }
  let best: string | null = null;
  for (const parts of allDateParts(withoutUpdateDates(text), options)) {
    const iso = toIso(parts, options.timeZone);
    if (!iso || !plausible(iso)) continue;
    if (pick === 'first') {
      best = iso;
      break;
    }
    if (!best || iso.slice(0, 10) > best.slice(0, 10)) best = iso;
  }
  if (best) return best;
  const parts = findDateParts(text, options);
  const relative = parts && toIso(parts, options.timeZone);
  return relative && plausible(relative) ? relative : null;
}

/** Whether the year of the date read appears within the first 40 characters after the word. */
function startsNear(after: string, parts: { year: number }): boolean {
  const at = after.indexOf(String(parts.year));
  return at >= 0 && at <= 40;
}
