// Which collected articles mention a program: its keywords as one search ("a" OR "b") through the
// article search every user has, so the count, the tones and the latest titles are what a search
// for the same words would show, with analysts' tone corrections winning.
import type { ToneLabel } from '../../analyze/types.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Program } from '../../domain/program.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { searchArticles, searchCounts } from '../articles/search.service.ts';

const LATEST = 5;

export interface Coverage {
  query: string;
  total: number;
  tones: Record<ToneLabel, number>;
  latest: {
    id: number;
    title: string | null;
    outlet: string | null;
    url: string;
    publishedAt: string | null;
    tone: ToneLabel | null;
  }[];
  /** Why the keywords could not be searched (e.g. only punctuation), or null. */
  problem: string | null;
}

/** The keywords as the query language reads them: each a phrase, any of them enough. */
export function coverageQuery(keywords: string[]): string {
  return keywords
    .map((k) => k.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((k) => `"${k}"`)
    .join(' OR ');
}

export async function programCoverage(ctx: Ctx, program: Program): Promise<Coverage> {
  const query = coverageQuery(program.searchKeywords);
  const empty: Coverage = {
    query,
    total: 0,
    tones: { positive: 0, negative: 0, neutral: 0 },
    latest: [],
    problem: null,
  };
  if (!query) return { ...empty, problem: 'Program ini belum punya kata kunci — no keywords' };
  try {
    const counts = await searchCounts(ctx, { query });
    const hits = await searchArticles(ctx, { query, sort: 'newest', limit: LATEST });
    const tones = { ...empty.tones };
    for (const t of counts.tones) tones[t.tone] = t.count;
    const latest = await Promise.all(
      hits.map(async ({ article: a }) => {
        const analysis = await articleAnalysis(ctx, a.id).catch(() => null);
        return {
          id: a.id,
          title: a.title,
          outlet: a.outlet,
          url: a.canonicalUrl ?? a.url,
          publishedAt: a.publishedAt ?? a.fetchedAt,
          tone: (analysis?.tone.label as ToneLabel | undefined) ?? null,
        };
      }),
    );
    return { ...empty, total: counts.total, tones, latest };
  } catch (e) {
    // Keywords the query language cannot read are the program's to fix, not a failed page.
    if (e instanceof PantauError && e.code === 'validation') return { ...empty, problem: e.message };
    throw e;
  }
}
