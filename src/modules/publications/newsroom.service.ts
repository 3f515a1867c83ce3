// The public newsroom: what a workspace has published, read without sign-in. Which workspace a
// request reads is decided by its host name (a workspace may give its newsroom its own, e.g.
// berita.semarangkota.go.id), else the installation's default workspace. Only published releases
// are listed, fed or mapped; a withdrawn one answers with its withdrawal notice, never its text.
// Pages are rendered once per change of the newsroom (publish, correction, withdrawal) and served
// from memory until the next. A change made through this process clears them at once; one made by
// another process is seen within a second (the newsroom's stamp is read at most once a second, so
// a hundred readers at once cost the store one small query, not a hundred).
import { PantauError } from '../../domain/errors.ts';
import { formatDateTime } from '../../domain/time.ts';
import { type Workspace, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, systemCtx, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { rssFeed, sitemap } from '../../publish/newsroom-feed.ts';
import {
  listPage,
  type NewsroomListItem,
  type NewsroomRelease,
  type NewsroomSite,
  notFoundPage,
  releasePage,
  withdrawnPage,
} from '../../publish/newsroom-pages.ts';
import { plainText } from '../../report/rich-text.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  defaultWorkspace,
  listWorkspaces,
  readWorkspaceSetting,
  writeWorkspaceSetting,
} from '../workspaces/workspaces.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import { newsroomStamp, type PublicRelease, publicReleases } from './publications.repo.ts';

const KEY = 'newsroom';
const PAGE_SIZE = 20;
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

export interface NewsroomSettings {
  /** The newsroom's name on its pages; default "Ruang Berita <workspace>". */
  title: string;
  /** A host name of its own (lower case), or '' for the installation's address. */
  host: string;
}

export async function newsroomSettingsOf(store: Store, ws: Workspace): Promise<NewsroomSettings> {
  const v = (await readWorkspaceSetting<NewsroomSettings>(store, ws.id, KEY))?.value;
  return { title: v?.title || `Ruang Berita ${ws.name}`, host: v?.host ?? '' };
}

export async function getNewsroomSettings(ctx: Ctx): Promise<NewsroomSettings> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  return newsroomSettingsOf(ctx, ws);
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export async function saveNewsroomSettings(ctx: Ctx, input: NewsroomSettings): Promise<NewsroomSettings> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('webhooks'), ws.id);
  const host = input.host.trim().toLowerCase();
  if (host && !HOST.test(host))
    throw new PantauError('validation', `Nama host tidak valid: ${host} — not a host name`);
  const title = input.title.trim().slice(0, 120);
  await tx(ctx, async (t) => {
    const before = await newsroomSettingsOf(t, ws);
    if (host) {
      for (const other of await listWorkspaces(t)) {
        if (other.id !== ws.id && (await newsroomSettingsOf(t, other)).host === host)
          throw new PantauError(
            'conflict',
            `Host ${host} sudah dipakai ruang berita lain — host already used`,
          );
      }
    }
    await writeWorkspaceSetting(t, {
      workspaceId: ws.id,
      key: KEY,
      value: { title, host },
      by: editorName(t),
    });
    await recordChange(t, {
      action: 'publications.newsroom',
      recordType: 'workspace_setting',
      recordId: KEY,
      before: { ...before },
      after: { title, host },
    });
  });
  sites.clear();
  return newsroomSettingsOf(ctx, ws);
}

/** Host → workspace, re-read at most once a minute (settings change rarely, requests come often). */
const sites = new Map<string, { ws: Workspace | null; settings: NewsroomSettings | null; at: number }>();

async function workspaceForHost(
  store: Store,
  host: string,
): Promise<{ ws: Workspace; settings: NewsroomSettings } | null> {
  const hit = sites.get(host);
  if (hit && Date.now() - hit.at < 60_000)
    return hit.ws && hit.settings ? { ws: hit.ws, settings: hit.settings } : null;
  let found: { ws: Workspace; settings: NewsroomSettings } | null = null;
  for (const ws of await listWorkspaces(store)) {
    const settings = await newsroomSettingsOf(store, ws);
    if (settings.host && settings.host === host) found = { ws, settings };
  }
  if (!found) {
    const ws = await defaultWorkspace(systemCtx(store));
    found = ws ? { ws, settings: await newsroomSettingsOf(store, ws) } : null;
  }
  sites.set(host, { ws: found?.ws ?? null, settings: found?.settings ?? null, at: Date.now() });
  return found;
}

interface Rendered {
  status: number;
  type: string;
  body: string;
}

interface SiteCache {
  stamp: string;
  /** When the stamp was last read from the store. */
  checkedAt: number;
  releases: PublicRelease[];
  pages: Map<string, Rendered>;
}

const cache = new Map<number, SiteCache>();
const STAMP_TTL_MS = 1000;

/** Called after a change the public sees commits in this process: its pages are rebuilt at once. */
export function newsroomChanged(workspaceId: number): void {
  cache.delete(workspaceId);
}
const PAGES_KEPT = 500;

function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

function listItem(r: PublicRelease, zone: string): NewsroomListItem & { updatedAt: string } {
  return {
    slug: r.slug,
    title: r.content.title,
    lead: r.content.lead,
    publishedAt: r.publishedAt,
    publishedLabel: formatDateTime(r.publishedAt, zone),
    corrected: r.corrections.length > 0,
    updatedAt: r.updatedAt,
  };
}

/** "2026-12" of the moment on the workspace's clock: the archive's months are local months. */
function localMonth(at: string, ws: Workspace): string {
  return new Date(Date.parse(at) + zoneOffsetMinutes(ws.timeZone) * 60_000).toISOString().slice(0, 7);
}

export interface NewsroomRequest {
  host: string;
  /** Absolute base of the newsroom as the reader reached it, e.g. https://pantau.example/newsroom. */
  base: string;
  /** '' for the list, 'feed.xml', 'sitemap.xml', or a release's slug. */
  page: string;
  query: { q?: string; bulan?: string; halaman?: string };
}

function render(
  site: NewsroomSite,
  ws: Workspace,
  releases: PublicRelease[],
  req: NewsroomRequest,
): Rendered {
  const published = releases.filter((r) => r.status === 'published');
  const html = (status: number, body: string): Rendered => ({
    status,
    type: 'text/html; charset=utf-8',
    body,
  });
  if (req.page === 'feed.xml')
    return {
      status: 200,
      type: 'application/rss+xml; charset=utf-8',
      body: rssFeed(
        site,
        published.slice(0, 50).map((r) => listItem(r, ws.timeZone)),
      ),
    };
  if (req.page === 'sitemap.xml')
    return {
      status: 200,
      type: 'application/xml; charset=utf-8',
      body: sitemap(
        site,
        published.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt })),
      ),
    };
  if (req.page === '') {
    const q = (req.query.q ?? '').trim().slice(0, 200);
    const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(req.query.bulan ?? '') ? (req.query.bulan as string) : null;
    const page = Math.min(Math.max(Number.parseInt(req.query.halaman ?? '1', 10) || 1, 1), 1000);
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    const matching = published.filter((r) => {
      if (month && localMonth(r.publishedAt, ws) !== month) return false;
      if (!words.length) return true;
      const text = `${r.content.title}\n${r.content.lead}\n${plainText(r.content.body)}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    const counts = new Map<string, number>();
    for (const r of published) {
      const m = localMonth(r.publishedAt, ws);
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    return html(
      200,
      listPage(site, {
        items: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => listItem(r, ws.timeZone)),
        query: q,
        month,
        months: [...counts].map(([m, count]) => ({ month: m, label: monthLabel(m), count })),
        page,
        hasMore: matching.length > page * PAGE_SIZE,
      }),
    );
  }
  const r = releases.find((x) => x.slug === req.page);
  if (!r) return html(404, notFoundPage(site));
  if (r.status === 'withdrawn')
    return html(
      410,
      withdrawnPage(site, {
        slug: r.slug,
        title: r.content.title,
        label: formatDateTime(r.withdrawnAt, ws.timeZone),
        reason: r.withdrawnReason ?? '',
      }),
    );
  const release: NewsroomRelease = {
    ...listItem(r, ws.timeZone),
    body: r.content.body,
    quote: r.content.quote,
    contacts: r.content.contacts,
    corrections: r.corrections.map((c) => ({
      at: c.at,
      label: formatDateTime(c.at, ws.timeZone),
      note: c.note,
    })),
  };
  return html(200, releasePage(site, release));
}

/** One public request to the newsroom: its status, media type and body. */
export async function newsroomPage(store: Store, req: NewsroomRequest): Promise<Rendered> {
  const found = await workspaceForHost(store, req.host);
  const path = '/newsroom';
  if (!found) {
    const site = { title: 'Ruang Berita', government: '', base: req.base, path };
    return { status: 404, type: 'text/html; charset=utf-8', body: notFoundPage(site) };
  }
  const { ws, settings } = found;
  const site: NewsroomSite = { title: settings.title, government: ws.name, base: req.base, path };
  let entry = cache.get(ws.id);
  if (!entry || Date.now() - entry.checkedAt >= STAMP_TTL_MS) {
    const stamp = await newsroomStamp(store, ws.id);
    if (!entry || entry.stamp !== stamp)
      entry = {
        stamp,
        checkedAt: Date.now(),
        releases: await publicReleases(store, ws.id),
        pages: new Map(),
      };
    else entry.checkedAt = Date.now();
    cache.set(ws.id, entry);
  }
  const key = JSON.stringify([
    req.base,
    req.page,
    req.query.q ?? '',
    req.query.bulan ?? '',
    req.query.halaman ?? '',
  ]);
  const hit = entry.pages.get(key);
  if (hit) return hit;
  const rendered = render(site, ws, entry.releases, req);
  if (entry.pages.size >= PAGES_KEPT) entry.pages.clear();
  entry.pages.set(key, rendered);
  return rendered;
}
