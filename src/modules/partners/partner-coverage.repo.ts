// How much of the collected news each partner published in a period, and with what tone: articles
// whose address is on one of the partner's hosts (or a subdomain of it), counted in one grouped
// query. Tone is the stored analysis with analysts' corrections winning, as everywhere else.
import { type RawBuilder, sql } from 'kysely';
import type { ToneLabel } from '../../analyze/types.ts';
import { countedAt } from '../../kernel/db/counted-at.ts';
import type { DialectName } from '../../kernel/db/dialect.ts';
import { newestCorrection } from '../../kernel/db/newest-correction.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export interface CoverageCounts {
  total: number;
  positive: number;
  neutral: number;
  negative: number;
  /** Collected but not analysed yet. */
  unanalysed: number;
}

export const noCoverage = (): CoverageCounts => ({
  total: 0,
  positive: 0,
  neutral: 0,
  negative: 0,
  unanalysed: 0,
});

/**
 * The host (with any port) of article.url. Stored addresses are http(s) URLs as `new URL` writes
 * them, so the host is what lies between "://" and the next "/". The two stores split strings
 * differently; nothing else in the query does.
 */
function articleHost(dialect: DialectName): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`lower(split_part(split_part(article.url, '://', 2), '/', 1))`
    : sql<string>`lower(substr(substr(article.url, instr(article.url, '://') + 3), 1, instr(substr(article.url, instr(article.url, '://') + 3) || '/', '/') - 1))`;
}

/** Counts per partner of the workspace (only `partnerId` when given) for [from, to). */
export async function partnerCoverage(
  store: Executor,
  workspaceId: number,
  period: { from: string; to: string },
  partnerId?: number,
): Promise<Map<number, CoverageCounts>> {
  const host = articleHost(store.dialect);
  let q = store.db
    .selectFrom('partner_host')
    .innerJoin('article', (join) =>
      join
        .onRef('article.workspace_id', '=', 'partner_host.workspace_id')
        .on((eb) =>
          eb.or([
            eb(host, '=', eb.ref('partner_host.host')),
            eb(host, 'like', sql<string>`'%.' || partner_host.host`),
            eb(host, 'like', sql<string>`partner_host.host || ':%'`),
            eb(host, 'like', sql<string>`'%.' || partner_host.host || ':%'`),
          ]),
        ),
    )
    .leftJoin('article_analysis', 'article_analysis.article_id', 'article.id')
    .where('partner_host.workspace_id', '=', workspaceId)
    .where('article.status', '=', 'fetched')
    .where(countedAt, '>=', period.from)
    .where(countedAt, '<', period.to);
  if (partnerId !== undefined) q = q.where('partner_host.partner_id', '=', partnerId);
  // One row per partner and article first: an article on two hosts of one partner counts once.
  const hits = q
    .select((eb) => [
      'partner_host.partner_id as partner_id',
      'article.id as article_id',
      sql<
        string | null
      >`coalesce((${newestCorrection(eb, 'tone', null)}), '"' || article_analysis.tone_label || '"')`.as(
        'tone',
      ),
    ])
    .distinct();
  const rows = await store.db
    .selectFrom(hits.as('hit'))
    .select((eb) => ['hit.partner_id', 'hit.tone', eb.fn.countAll<number>().as('n')])
    .groupBy(['hit.partner_id', 'hit.tone'])
    .execute();
  const out = new Map<number, CoverageCounts>();
  for (const r of rows) {
    const counts = out.get(r.partner_id) ?? noCoverage();
    const n = Number(r.n);
    const label = r.tone ? (JSON.parse(r.tone) as ToneLabel) : null;
    counts.total += n;
    if (label === 'positive' || label === 'neutral' || label === 'negative') counts[label] += n;
    else counts.unanalysed += n;
    out.set(r.partner_id, counts);
  }
  return out;
}

/**
 * How many of the workspace's releases published in [from, to) the partner ran: releases whose
 * pickup (found by the publications module in the collected news) is on one of the partner's hosts.
 */
export async function releasesRun(
  store: Executor,
  workspaceId: number,
  partnerId: number,
  period: { from: string; to: string },
): Promise<number> {
  const r = await store.db
    .selectFrom('publication_pickup')
    .innerJoin('publication', 'publication.id', 'publication_pickup.publication_id')
    .innerJoin('partner_host', (join) =>
      join
        .onRef('partner_host.workspace_id', '=', 'publication.workspace_id')
        .on('partner_host.partner_id', '=', partnerId)
        .on((eb) =>
          eb.or([
            eb('publication_pickup.host', '=', eb.ref('partner_host.host')),
            eb('publication_pickup.host', 'like', sql<string>`'%.' || partner_host.host`),
          ]),
        ),
    )
    .select((eb) => eb.fn.count<number>('publication.id').distinct().as('n'))
    .where('publication.workspace_id', '=', workspaceId)
    .where('publication.published_at', '>=', period.from)
    .where('publication.published_at', '<', period.to)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
