// What a source preview warns about: a listing that collects nothing now, articles without dates
// (placed in time by their pages instead, or by when they were collected), articles robots.txt
// keeps the crawler from, a page that is not HTML, and a sitemap index read a few children at a time.
import type { Fetcher } from '../../../collect/fetch/index.ts';
import { MAX_CHILD_SITEMAPS } from './discover.ts';
import type { PreviewItem, PreviewWarning } from './preview-listing.ts';

const idNumber = new Intl.NumberFormat('id-ID');

export async function previewWarnings(
  fetcher: Fetcher,
  found: { items: PreviewItem[]; listed: number; children: number; html?: boolean },
): Promise<PreviewWarning[]> {
  const warnings: PreviewWarning[] = [];
  const { items, listed, children } = found;
  if (found.html === false)
    warnings.push({
      code: 'not_html',
      message:
        'Alamat ini bukan halaman HTML; teks berita mungkin tidak terbaca — the address is not an HTML page',
    });
  if (listed === 0)
    warnings.push({
      code: 'empty',
      message:
        'Sumber ini tidak memuat berita saat ini; Pantau tetap memeriksanya berkala — the source lists no articles right now',
    });
  const undated = items.filter((i) => !i.publishedAt).length;
  if (items.length > 0 && undated === items.length)
    warnings.push({
      code: 'no_dates',
      message:
        'Tidak ada tanggal terbit; tanggal dibaca dari halaman berita, atau waktu pengambilan bila tidak ada — no publication dates: they are read from the article pages, else the time of collection',
    });
  else if (undated > 0)
    warnings.push({
      code: 'some_undated',
      message: `${idNumber.format(undated)} dari ${idNumber.format(items.length)} berita tanpa tanggal terbit — ${undated} of ${items.length} articles have no publication date`,
    });
  const verdicts = await Promise.all(items.map((i) => fetcher.robotsVerdict(i.url)));
  const disallowed = verdicts.filter((v) => v === 'disallowed').length;
  if (disallowed > 0)
    warnings.push({
      code: 'robots_disallowed',
      message: `robots.txt situs melarang Pantau mengambil ${idNumber.format(disallowed)} dari ${idNumber.format(items.length)} berita ini; berita itu tidak akan terkumpul — robots.txt disallows ${disallowed} of these ${items.length} articles: they will not be collected`,
    });
  if (children > 1)
    warnings.push({
      code: 'sitemap_index',
      message: `Indeks sitemap berisi ${idNumber.format(children)} sitemap; setiap pemeriksaan membaca ${MAX_CHILD_SITEMAPS} yang terbaru — a sitemap index of ${children} sitemaps: each poll reads the newest ${MAX_CHILD_SITEMAPS}`,
    });
  return warnings;
}
