// Page furniture inside article text: datelines ("SUKAMAJU, KOMPAS —"), photo captions, "Baca
// juga" links and credits, which are neither key phrases nor summary material.

// "SUKAMAJU, KOMPAS.com —", "JAKARTA (ANTARA) -", "Sukamaju (ANTARA) - ", "SUKAMAJU —".
const DATELINE_CAPS =
  /^\s*\p{Lu}[\p{Lu} .'’-]{1,40}?(?:,\s*[\p{L}\p{N}.]+(?:\s[\p{L}\p{N}.]+){0,2})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s+/u;
const DATELINE_AGENCY = /^\s*\p{Lu}[\p{L} ]{1,40}?\s*\((?:ANTARA|[\p{Lu}.]{2,20})\)\s*[—–-]{1,2}\s+/u;
// "Liputan6.com, Jakarta - ", "Kabar.id, Sukamaju — ".
const DATELINE_SITE = /^\s*[\p{L}\p{N}]+\.(?:com|id|co\.id|net)\s*,\s*\p{Lu}[\p{L} ]{1,30}?\s*[—–-]{1,2}\s+/u;

const FURNITURE =
  /^\s*(?:\(?\s*(?:baca juga|baca pula|lihat juga|simak juga|simak berita|tonton juga|foto|ilustrasi|editor|penulis|pewarta|reporter|sumber|redaktur|dapatkan|ikuti|klik|pilih saluran|copyright|hak cipta|(?:artikel|berita) ini (?:telah |sudah )?(?:tayang|terbit|dimuat))\b|\(\s*[\p{L}/ ]{1,40}\)\s*$)/iu;
const PHOTO_CREDIT = /\((?:foto|ist|istimewa|dok)\b[^)]*\)|\/\s*ANTARA FOTO|https?:\/\//iu;

/** Length of the dateline at the start of `sentence`, 0 when there is none. */
export function datelineLength(sentence: string): number {
  const match =
    DATELINE_SITE.exec(sentence) ?? DATELINE_AGENCY.exec(sentence) ?? DATELINE_CAPS.exec(sentence);
  if (!match) return 0;
  // A capitalised run followed by a dash could be a headline-like sentence; a dateline is short.
  return match[0].length <= 60 ? match[0].length : 0;
}

/** Whether a sentence is a caption, a link to another story, a credit line or a web address. */
export function isFurniture(sentence: string): boolean {
  return FURNITURE.test(sentence) || PHOTO_CREDIT.test(sentence);
}
