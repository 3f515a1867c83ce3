// Which outlets ran a release: the crawl's own collection is searched for articles since the release
// was published that carry its text (whole, trimmed, or rewritten around its title or quote), and
// each one found is kept with how much of the text it kept. Per partner, whether it ran what its
// agreement asks within the agreement's period.
import { lshKeys, textSignature } from '../../collect/dedup/minhash.ts';
import { authorize, isAllowed } from '../../kernel/auth/policy.ts';
import type { AppContext } from '../../kernel/context.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { releaseText } from '../../publish/material.ts';
import { hostOf, matchArticle, phraseOf, releasePrint } from '../../publish/pickup-match.ts';
import { parsedQuery } from '../articles/search.service.ts';
import { partnersPolicy } from '../partners/partners.policy.ts';
import { partnerOutlets } from '../partners/partners.service.ts';
import { findPickupsJob } from './publications.jobs.ts';
import { publicationsPolicy } from './publications.policy.ts';
import {
  findPublication,
  materialVersion,
  type PickupRow,
  pickupCandidates,
  pickupsOf,
  releasesToWatch,
  savePickups,
} from './publications.repo.ts';
import { loadPublication } from './publications.service.ts';

/** Candidates read per release: a release rarely runs in more than a few dozen outlets. */
const CANDIDATES = 2000;
/** Outlets republish within days; after a month a match is someone quoting, not picking up. */
const WATCH_DAYS = 30;

function phraseQuery(title: string, quote: string | null) {
  const phrases = [phraseOf(title, 6), quote ? phraseOf(quote, 6) : '']
    .filter((p) => p.split(' ').length >= 3)
    .map((p) => `"${p}"`);
  try {
    return phrases.length ? parsedQuery(phrases.join(' OR ')) : null;
  } catch {
    return null;
  }
}

/** Looks for the release's pickup among the articles collected since; returns how many were new. */
export async function findPickupsOf(
  store: Executor,
  workspaceId: number,
  publicationId: number,
  now: Date,
): Promise<number> {
  const p = await findPublication(store, workspaceId, publicationId);
  if (p?.status !== 'published' || !p.publishedAt || p.publishedVersion === null) return 0;
  const v = await materialVersion(store, p.id, p.publishedVersion);
  if (!v) return 0;
  const text = releaseText(v.content);
  const print = releasePrint({ title: v.content.title, text, quote: v.content.quote?.text ?? null });
  const candidates = await pickupCandidates(store, workspaceId, {
    // A copy found by the crawl can have been discovered a little before the publication was stamped.
    since: new Date(Date.parse(p.publishedAt) - 60 * 60_000).toISOString(),
    bandKeys: lshKeys(textSignature(text)),
    phrases: phraseQuery(v.content.title, v.content.quote?.text ?? null),
    limit: CANDIDATES,
  });
  const found = candidates.flatMap((a) => {
    const m = matchArticle(print, { title: a.title ?? '', text: a.text ?? '' });
    return m.pickedUp
      ? [
          {
            articleId: a.id,
            host: hostOf(a.url),
            kept: m.kept,
            titleMatch: m.titleMatch,
            quoteMatch: m.quoteMatch,
          },
        ]
      : [];
  });
  return savePickups(store, p.id, found, now.toISOString());
}

export interface PickupReport {
  outlets: {
    host: string;
    outlet: string | null;
    partner: string | null;
    articles: PickupRow[];
    /** Most of the release's text any of its articles kept, 0..1. */
    kept: number;
    firstAt: string | null;
  }[];
  partners: {
    id: number;
    name: string;
    pickedUp: boolean;
    agreement: { number: string; startsOn: string; endsOn: string; requiredReleases: number } | null;
  }[];
}

const matchesHost = (host: string, hosts: string[]) =>
  hosts.some((h) => host === h || host.endsWith(`.${h}`));

/** Per release: which outlets ran it, when, with what tone and how much text; which partners did. */
export async function pickupReport(ctx: Ctx, id: number): Promise<PickupReport> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  const p = await loadPublication(ctx, ws, id);
  const rows = await pickupsOf(ctx, p.id);
  // Who may not read the partner registry still sees which outlets ran it, without the agreements.
  const partners = isAllowed(ctx.actor, partnersPolicy.can('read'), ws.id) ? await partnerOutlets(ctx) : [];
  const byHost = new Map<string, PickupRow[]>();
  for (const r of rows) byHost.set(r.host, [...(byHost.get(r.host) ?? []), r]);
  const day = (p.publishedAt ?? '').slice(0, 10);
  return {
    outlets: [...byHost].map(([host, articles]) => ({
      host,
      outlet: articles.find((a) => a.outlet)?.outlet ?? null,
      partner: partners.find((o) => matchesHost(host, o.hosts))?.name ?? null,
      articles,
      kept: Math.max(...articles.map((a) => a.kept)),
      firstAt: articles.map((a) => a.publishedAt ?? a.foundAt).sort()[0] ?? null,
    })),
    partners: partners
      .filter((o) => o.active)
      .map((o) => ({
        id: o.id,
        name: o.name,
        pickedUp: [...byHost.keys()].some((h) => matchesHost(h, o.hosts)),
        agreement: o.agreements.find((a) => a.startsOn <= day && day <= a.endsOn) ?? null,
      })),
  };
}

/** Looks for pickup of every release published in the last month, in every workspace. */
export async function findAllPickups(store: Store, now: Date): Promise<number> {
  let found = 0;
  const since = new Date(now.getTime() - WATCH_DAYS * 86_400_000).toISOString();
  for (const r of await releasesToWatch(store, since))
    found += await findPickupsOf(store, r.workspaceId, r.id, now);
  return found;
}

export function pickupJobs(app: AppContext): JobRegistration[] {
  return [
    handle(findPickupsJob, async () => {
      const n = await findAllPickups(app.store, new Date());
      if (n > 0) app.logger.info({ found: n }, 'publication pickups found');
    }),
  ] as JobRegistration[];
}
