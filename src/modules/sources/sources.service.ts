// Use cases for sources: add (by URL, search query or catalogue entry), list, enable, disable, remove.
import { CATALOGUE } from '../../collect/catalogue.ts';
import { normalizeUrl } from '../../collect/dedup/url.ts';
import { expandSearchTemplate } from '../../collect/search-feeds.ts';
import { PantauError } from '../../domain/errors.ts';
import { SOURCE_KINDS, type Source, type SourceKind, type SourceSummary } from '../../domain/source.ts';
import type { Store } from '../../kernel/db/connect.ts';
import {
  deleteSource,
  findSource,
  insertSource,
  listSources as listSourceRows,
  recentSourceLog,
  setSourceEnabled,
} from './sources.repo.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';

/** First poll interval; the adaptive policy moves it from there. */
const INITIAL_POLL_SECONDS = 15 * 60;

export interface AddSourceInput {
  workspace?: string | null;
  url?: string;
  kind?: string;
  name?: string;
  /** For search-result feeds: the query put into the URL template's {query}. */
  query?: string;
  /** Key of an entry of the default catalogue. */
  catalogueKey?: string;
}

function parseKind(kind: string | undefined): SourceKind | null {
  if (!kind) return null;
  if ((SOURCE_KINDS as string[]).includes(kind)) return kind as SourceKind;
  throw new PantauError(
    'validation',
    `Jenis sumber harus salah satu dari ${SOURCE_KINDS.join(', ')} — got "${kind}"`,
  );
}

function guessKind(url: string): SourceKind {
  return /sitemap[^/]*\.xml(\.gz)?$/i.test(new URL(url).pathname) ? 'sitemap' : 'feed';
}

export async function addSource(store: Store, input: AddSourceInput): Promise<Source> {
  const workspace = await resolveWorkspace(store, input.workspace);
  if (input.catalogueKey) {
    const entry = CATALOGUE.find((e) => e.key === input.catalogueKey);
    if (!entry)
      throw new PantauError('not_found', `Katalog tidak memuat "${input.catalogueKey}" — not in catalogue`);
    return insertSource(store, {
      workspaceId: workspace.id,
      kind: entry.format === 'sitemap' ? 'sitemap' : 'feed',
      name: input.name ?? entry.outlet,
      url: entry.url,
      catalogueKey: entry.key,
      outlet: entry.outlet,
      scope: entry.scope,
      region: entry.region,
      pollIntervalSeconds: INITIAL_POLL_SECONDS,
    });
  }
  let kind = parseKind(input.kind);
  if (input.query !== undefined || kind === 'search') {
    if (!input.url || !input.query) {
      throw new PantauError(
        'validation',
        'Sumber pencarian butuh templat URL dan --query — needs URL template and query',
      );
    }
    const url = expandSearchTemplate(input.url, input.query);
    return insertSource(store, {
      workspaceId: workspace.id,
      kind: 'search',
      name: input.name ?? `Pencarian: ${input.query}`,
      url,
      query: input.query,
      pollIntervalSeconds: INITIAL_POLL_SECONDS,
    });
  }
  if (!input.url) throw new PantauError('validation', 'URL sumber wajib diisi — URL is required');
  const url = normalizeUrl(input.url);
  kind ??= guessKind(url);
  return insertSource(store, {
    workspaceId: workspace.id,
    kind,
    name: input.name ?? new URL(url).hostname,
    url,
    outlet: input.name ?? null,
    pollIntervalSeconds: INITIAL_POLL_SECONDS,
  });
}

export async function listSources(store: Store, workspace?: string | null): Promise<SourceSummary[]> {
  const ws = await resolveWorkspace(store, workspace);
  return listSourceRows(store, ws.id);
}

async function requireSource(store: Store, id: number): Promise<Source> {
  const source = await findSource(store, id);
  if (!source) throw new PantauError('not_found', `Sumber #${id} tidak ditemukan — source not found`);
  return source;
}

export async function enableSource(store: Store, id: number, enabled: boolean): Promise<Source> {
  await requireSource(store, id);
  await setSourceEnabled(store, id, enabled);
  return requireSource(store, id);
}

export async function removeSource(store: Store, id: number): Promise<Source> {
  const source = await requireSource(store, id);
  await deleteSource(store, id);
  return source;
}

export async function sourceLog(store: Store, id: number, limit = 20) {
  await requireSource(store, id);
  return recentSourceLog(store, id, limit);
}
