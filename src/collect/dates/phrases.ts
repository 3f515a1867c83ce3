// Words that introduce a page's publication date and words that introduce its update date, in
// Indonesian, Malay and the big languages of world news, so a date line "Diperbarui …, Diterbitkan …"
// yields the publication date whichever order it writes them in.
import { findDateParts, type ParseOptions } from './parse.ts';
import { toIso } from './zone.ts';

const PUBLISHED_WORDS = [
  'diterbitkan',
  'dipublikasikan',
  'dipublikasi',
  'diunggah',
  'ditayangkan',
  'tayang',
  'dimuat',
  'diposting',
  'dirilis',
  'terbit',
  'disiarkan',
  'published',
  'posted',
  'publié',
  'publiée',
  'publicado',
  'publicada',
  'pubblicato',
  'pubblicata',
  'veröffentlicht',
  'опубликовано',
  'опубліковано',
  'yayınlanma(?: tarihi)?',
  'yayınlandı',
  'opublikowano',
  'publikováno',
  'gepubliceerd',
  'publicerad',
  'publisert',
  'julkaistu',
  'đăng',
];
const UPDATED_WORDS = [
  'terakhir diperbarui',
  'diperbarui',
  'diperbaharui',
  'pembaruan',
  'dikemas kini',
  'dikemaskini',
  'kemaskini',
  'last updated',
  'last modified',
  'updated',
  'update',
  'modified',
  'mis à jour',
  'mise à jour',
  'actualizado',
  'actualizada',
  'atualizado',
  'atualizada',
  'aggiornato',
  'aggiornata',
  'aktualisiert',
  'bijgewerkt',
  'обновлено',
  'оновлено',
  'güncelleme',
  'güncellendi',
  'zaktualizowano',
  'aktualizováno',
  'cập nhật',
];
// Chinese, Japanese and Korean words run into the next word without a space.
const CJK_PUBLISHED = ['发布', '發布', '發佈', '公開', '配信', '입력', '등록', '게재'];
const CJK_UPDATED = ['更新', '수정', '업데이트'];

const words = (latin: string[], cjk: string[]) =>
  `(?:(?<![\\p{L}])(?:${latin.join('|')})(?![\\p{L}])|${cjk.join('|')})`;

/** Introduces the publication date ("Diterbitkan pada …", "Publié le …", "입력 2020.03.15"). */
export const PUBLISHED_WORD = new RegExp(words(PUBLISHED_WORDS, CJK_PUBLISHED), 'giu');

// An update word with the date it introduces, up to and including the year and a time after it.
const UPDATE_SPAN = new RegExp(
  `${words(UPDATED_WORDS, CJK_UPDATED)}[^|\\n]{0,50}?(?:19|20)\\d{2}(?:[-/.年년]\\s*\\d{1,2}[-/.月월]\\s*\\d{1,2}[日일]?)?(?:[^\\p{L}\\d]{0,4}\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)?`,
  'giu',
);

/** The text with every "Updated …date" span blanked out, so only other dates remain to be read. */
export function withoutUpdateDates(text: string): string {
  return text.replace(UPDATE_SPAN, ' ');
}

/**
 * The publication date of one date line: the date a publication word introduces, else the first
 * date that no update word introduces; null for a line that shows only an update date.
 */
export function publicationDateInLine(text: string, options: ParseOptions): string | null {
  for (const m of text.matchAll(PUBLISHED_WORD)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const parts = findDateParts(after, options, false);
    if (parts) return toIso(parts, options.timeZone);
  }
  const parts = findDateParts(withoutUpdateDates(text), options);
  return parts ? toIso(parts, options.timeZone) : null;
}
