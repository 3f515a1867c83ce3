// The rows the dashboard's figures are computed from: a workspace's analysed articles, subject
// matches and issue memberships of two adjacent periods, with analysts' corrections applied.
import type { Entity, Quote, ToneLabel } from '../../analyze/types.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countedAt } from '../../kernel/db/counted-at.ts';
import { newestCorrection } from '../../kernel/db/newest-correction.ts';
import type { IssueHit, PeriodArticle } from './dashboard-figures.ts';

export async function periodArticles(
  store: Store,
  workspaceId: number,
  from: Date,
  to: Date,
): Promise<PeriodArticle[]> {
  const rows = await store.db
    .selectFrom('article')
    .innerJoin('article_analysis', 'article_analysis.article_id', 'article.id')
    .leftJoin('source', 'source.id', 'article.source_id')
    .where('article.workspace_id', '=', workspaceId)
    .where('article.status', '=', 'fetched')
    .where(countedAt, '>=', from.toISOString())
    .where(countedAt, '<', to.toISOString())
    .select([
      'article.id',
      'article.title',
      'article.source_id',
      'article.outlet',
      'article.published_at',
      'source.name as source_name',
      'article_analysis.tone_label',
      'article_analysis.headline_tone_label',
      'article_analysis.entities',
      'article_analysis.quotes',
      'article_analysis.keyphrases',
    ])
    .select((eb) => [countedAt.as('at'), newestCorrection(eb, 'tone', null).as('corrected_tone')])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? '',
    sourceId: r.source_id,
    source: r.outlet ?? r.source_name ?? '',
    at: Date.parse(r.at),
    publishedAt: r.published_at,
    tone: r.corrected_tone ? (JSON.parse(r.corrected_tone) as ToneLabel) : r.tone_label,
    headline: r.headline_tone_label,
    persons: (JSON.parse(r.entities) as Entity[])
      .filter((e) => e.type === 'PER')
      .map((e) => e.canonical || e.text),
    speakers: (JSON.parse(r.quotes) as Quote[]).flatMap((q) => (q.speaker ? [q.speaker] : [])),
    keyphrases: JSON.parse(r.keyphrases) as string[],
  }));
}

export async function periodIssueHits(
  store: Store,
  workspaceId: number,
  from: Date,
  to: Date,
): Promise<IssueHit[]> {
  const rows = await store.db
    .selectFrom('issue_article')
    .innerJoin('issue', 'issue.id', 'issue_article.issue_id')
    .innerJoin('article', 'article.id', 'issue_article.article_id')
    .where('issue_article.workspace_id', '=', workspaceId)
    .where(countedAt, '>=', from.toISOString())
    .where(countedAt, '<', to.toISOString())
    .select([
      'issue_article.issue_id',
      'issue_article.article_id',
      'issue.label',
      'issue.manual_label',
      'issue.locked',
    ])
    .execute();
  return rows.map((r) => ({
    issueId: r.issue_id,
    articleId: r.article_id,
    title: r.manual_label ?? r.label,
    locked: Boolean(r.locked),
  }));
}
