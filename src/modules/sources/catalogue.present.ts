// The outlet catalogue as the sources page shows it: sources grouped under the outlet they belong
// to, each outlet's media type, and what it collected in the window, busiest outlet first.
import { CATALOGUE } from '../../collect/catalogue.ts';
import type { CatalogueSourceRow } from './catalogue.repo.ts';
import type { MediaType, OutletCatalogue } from './sources.schema.ts';

type Outlet = OutletCatalogue['outlets'][number];

/** Built-in catalogue entries by host, so a source added by URL is typed like its catalogue twin. */
const CATALOGUE_BY_HOST = new Map(CATALOGUE.map((e) => [hostOf(e.homepage), e]));

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function mediaTypeOf(row: CatalogueSourceRow): { mediaType: MediaType; region: string | null } {
  // A news search mixes outlets: the articles are credited to their own sites, not to it.
  if (row.kind === 'search') return { mediaType: 'aggregator', region: null };
  const known = row.scope ? row : CATALOGUE_BY_HOST.get(hostOf(row.url));
  if (known?.scope === 'national' || known?.scope === 'regional')
    return { mediaType: known.scope, region: known.region ?? null };
  return { mediaType: 'unknown', region: null };
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export function presentCatalogue(rows: CatalogueSourceRow[], since: Date): OutletCatalogue {
  const outlets = new Map<string, Outlet>();
  for (const row of rows) {
    const name = row.outlet?.trim() || row.name;
    const type = mediaTypeOf(row);
    let outlet = outlets.get(name);
    if (!outlet) {
      outlet = { name, ...type, articlesLast30Days: 0, lastArticleAt: null, sources: [] };
      outlets.set(name, outlet);
    } else if (outlet.mediaType === 'unknown' && type.mediaType !== 'unknown') Object.assign(outlet, type);
    outlet.articlesLast30Days += row.articlesSince;
    outlet.lastArticleAt = later(outlet.lastArticleAt, row.lastArticleAt);
    outlet.sources.push({
      id: row.id,
      name: row.name,
      kind: row.kind,
      url: row.url,
      enabled: row.enabled,
      articlesLast30Days: row.articlesSince,
      lastArticleAt: row.lastArticleAt,
    });
  }
  const sorted = [...outlets.values()].sort(
    (a, b) => b.articlesLast30Days - a.articlesLast30Days || a.name.localeCompare(b.name, 'id'),
  );
  return { since: since.toISOString(), outlets: sorted };
}
