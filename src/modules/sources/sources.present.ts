// What users are shown of a source besides its stored fields: how much of its listing is still
// waiting to be crawled.
import type { Source } from '../../domain/source.ts';

const idNumber = new Intl.NumberFormat('id-ID');
const enNumber = new Intl.NumberFormat('en-US');

/** "sisa 85.000 URL sitemap belum dirayapi — …", or null when nothing is left. */
export function describeBacklog(source: Pick<Source, 'kind' | 'unvisitedUrls'>): string | null {
  const n = source.unvisitedUrls;
  if (!n || n <= 0) return null;
  return source.kind === 'sitemap'
    ? `sisa ${idNumber.format(n)} URL sitemap belum dirayapi — ${enNumber.format(n)} sitemap URLs not yet crawled`
    : `sisa ${idNumber.format(n)} URL belum dirayapi — ${enNumber.format(n)} listed URLs not yet crawled`;
}

/** A source as the API returns it: its fields and the backlog note the CLI prints too. */
export function presentSource<S extends Source>(source: S): S & { backlog: string | null } {
  return { ...source, backlog: describeBacklog(source) };
}
