// What users are shown of a source besides its stored fields: how much of its listing is still
// waiting to be crawled.
import type { Source } from '../../domain/source.ts';

const idNumber = new Intl.NumberFormat('id-ID');
const enNumber = new Intl.NumberFormat('en-US');

/**
 * "sisa 85.000 URL sitemap belum dirayapi — …", and for a sitemap index whose older child sitemaps
 * are not followed, how many; null when nothing is left.
 */
export function describeBacklog(
  source: Pick<Source, 'kind' | 'unvisitedUrls'> & Partial<Pick<Source, 'unfollowedSitemaps'>>,
): string | null {
  const n = source.unvisitedUrls;
  const parts: string[] = [];
  if (n > 0)
    parts.push(
      source.kind === 'sitemap'
        ? `sisa ${idNumber.format(n)} URL sitemap belum dirayapi — ${enNumber.format(n)} sitemap URLs not yet crawled`
        : `sisa ${idNumber.format(n)} URL belum dirayapi — ${enNumber.format(n)} listed URLs not yet crawled`,
    );
  const skipped = source.unfollowedSitemaps ?? 0;
  if (skipped > 0)
    parts.push(
      `${idNumber.format(skipped)} sitemap lama dalam indeks tidak diikuti (hanya yang terbaru dibaca) — ` +
        `${enNumber.format(skipped)} older sitemaps of the index are not followed`,
    );
  return parts.length > 0 ? parts.join('; ') : null;
}

/** A source as the API returns it: its fields and the backlog note the CLI prints too. */
export function presentSource<S extends Source>(source: S): S & { backlog: string | null } {
  return { ...source, backlog: describeBacklog(source) };
}
