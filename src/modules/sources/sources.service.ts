// Use cases for sources: add (by URL, search query or catalogue entry), list, enable, disable, remove.
import { CATALOGUE } from '../../collect/catalogue.ts';
import { normalizeUrl } from '../../collect/dedup/url.ts';
import { expandSearchTemplate } from '../../collect/search-feeds.ts';
import { PantauError } from '../../domain/errors.ts';
import { SOURCE_KINDS, type Source, type SourceKind, type SourceSummary } from '../../domain/source.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { audited, recordChange } from '../audit/audit.service.ts';
import { inWorkspaceNamed, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { sourcesPolicy } from './sources.policy.ts';
import {
  deleteSource,
  findSource,
  insertSource,
  listSources as listSourceRows,
  recentSourceLog,
  setSourceEnabled,
} from './sources.repo.ts';

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

/**
 * Refused rather than kept: keeping them would make them a secret to encrypt at rest, hide from
 * every list, log, audit entry and export, and send only to their own origin across redirects;
 * dropping them silently (as the URL normaliser does) loses the very access the user asked for.
 * The message never repeats the URL, so the password is not echoed into logs or terminals.
 */
export function refuseCredentials(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return; // not a URL at all: the normaliser explains that
  }
  if (parsed.username || parsed.password) {
    throw new PantauError(
      'validation',
      `URL sumber tidak boleh memuat nama pengguna atau kata sandi (${parsed.host}); Pantau tidak mendukung sumber yang dilindungi kata sandi — credentials in URLs are not supported: remove "user:password@" from the URL`,
    );
  }
}

function guessKind(url: string): SourceKind {
  return /sitemap[^/]*\.xml(\.gz)?$/i.test(new URL(url).pathname) ? 'sitemap' : 'feed';
}

export async function addSource(on: Store | Ctx, input: AddSourceInput): Promise<Source> {
  const ctx = asCtx(on);
  const workspace = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, sourcesPolicy.can('manage'), workspace.id);
  return audited(
    ctx,
    (t) => insertNewSource(t, workspace, input),
    (source) => ({
      action: 'sources.create',
      recordType: 'source',
      recordId: source.id,
      after: { kind: source.kind, name: source.name, url: source.url, query: source.query ?? null },
      workspaceId: workspace.id,
    }),
  );
}

async function insertNewSource(store: Store, workspace: Workspace, input: AddSourceInput): Promise<Source> {
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
    refuseCredentials(input.url);
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
  refuseCredentials(input.url);
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

export async function listSources(on: Store | Ctx, workspace?: string | null): Promise<SourceSummary[]> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, sourcesPolicy.can('read'), ws.id);
  return listSourceRows(ctx, ws.id);
}

async function requireSource(ctx: Ctx, id: number): Promise<Source> {
  const source = await findSource(ctx, id);
  if (!source || !sameWorkspace(ctx, source.workspaceId)) {
    throw new PantauError('not_found', `Sumber #${id} tidak ditemukan — source not found`);
  }
  return source;
}

export async function enableSource(
  on: Store | Ctx,
  id: number,
  enabled: boolean,
  workspace?: string | null,
): Promise<Source> {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  return tx(ctx, async (t) => {
    const before = await requireSource(t, id);
    authorize(t.actor, sourcesPolicy.can('manage'), before.workspaceId);
    await setSourceEnabled(t, id, enabled);
    const after = await requireSource(t, id);
    await recordChange(t, {
      action: enabled ? 'sources.enable' : 'sources.disable',
      recordType: 'source',
      recordId: id,
      before: { enabled: before.enabled },
      after: { enabled: after.enabled },
      workspaceId: before.workspaceId,
    });
    return after;
  });
}

export async function removeSource(on: Store | Ctx, id: number, workspace?: string | null): Promise<Source> {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  return tx(ctx, async (t) => {
    const source = await requireSource(t, id);
    authorize(t.actor, sourcesPolicy.can('manage'), source.workspaceId);
    await deleteSource(t, id);
    await recordChange(t, {
      action: 'sources.delete',
      recordType: 'source',
      recordId: id,
      before: { kind: source.kind, name: source.name, url: source.url },
      workspaceId: source.workspaceId,
    });
    return source;
  });
}

export async function getSource(on: Store | Ctx, id: number, workspace?: string | null): Promise<Source> {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  const source = await requireSource(ctx, id);
  authorize(ctx.actor, sourcesPolicy.can('read'), source.workspaceId);
  return source;
}

export async function sourceLog(on: Store | Ctx, id: number, limit = 20, workspace?: string | null) {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  const source = await requireSource(ctx, id);
  authorize(ctx.actor, sourcesPolicy.can('read'), source.workspaceId);
  return recentSourceLog(ctx, id, limit);
}
