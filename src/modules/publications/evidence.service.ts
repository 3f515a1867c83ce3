// The evidence an SOP B case opens on: the issue as the monitoring sees it (volume, tone by day, the
// outlets), its articles and who said what in them, and what the crisis detector said.
import type { Quote } from '../../analyze/types.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import type { Evidence } from '../../publish/release-draft.ts';
import { showIssue } from '../issues/issues.service.ts';
import { crisisOfIssue, quotesOfArticles } from './publications.repo.ts';

const ARTICLES = 30;
const QUOTES = 8;

export async function gatherEvidence(ctx: Ctx, workspaceId: number, issueId: number): Promise<Evidence> {
  const issue = await showIssue(ctx, issueId, { bucket: 'day', articles: ARTICLES });
  const articles = issue.articles.map((a) => ({
    id: a.articleId,
    title: a.title ?? '(tanpa judul)',
    outlet: a.outlet ?? null,
    url: a.url,
    publishedAt: a.publishedAt ?? null,
    tone: a.tone ?? null,
  }));
  const quoteRows = await quotesOfArticles(
    ctx,
    articles.map((a) => a.id),
  );
  const quotes = quoteRows
    .flatMap((r) =>
      (JSON.parse(r.quotes) as Quote[])
        .filter((q) => q.kind === 'direct' && q.speaker && q.text.length >= 20)
        .map((q) => ({
          articleId: r.articleId,
          speaker: q.speaker as string,
          role: q.role ?? null,
          text: q.text,
        })),
    )
    .slice(0, QUOTES);
  return {
    issue: {
      id: issue.id,
      label: issue.label,
      summary: issue.summary,
      articles: issue.articleCount,
      firstAt: issue.firstAt,
      lastAt: issue.lastAt,
    },
    tones: issue.tones,
    trend: issue.timeline.map((b) => ({
      day: b.period,
      positive: b.positive,
      neutral: b.neutral,
      negative: b.negative,
    })),
    topOutlets: issue.topOutlets,
    articles,
    quotes,
    crisis: await crisisOfIssue(ctx, workspaceId, issue.id),
  };
}
