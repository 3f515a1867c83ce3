// Fetches one discovered article page, extracts it and files it into a story. Safe to run twice:
// an article already fetched is left alone.
import { articleKey } from '../../../collect/dedup/url.ts';
import { describeError, FetchError, PantauError } from '../../../domain/errors.ts';
import type { AppContext } from '../../../kernel/context.ts';
import { RetryLater } from '../../../kernel/jobs/definitions.ts';
import {
  findArticle,
  findArticleByUrlKey,
  leaseArticle,
  markArticleDuplicate,
  recordArticleFailure,
} from '../../articles/articles.repo.ts';
import { logSourceEvent } from '../../sources/sources.repo.ts';
import { saveFetchedArticle } from '../../stories/stories.repo.ts';
import { storyChooser } from '../../stories/story-choice.service.ts';
import { findWorkspace } from '../../workspaces/workspaces.repo.ts';

const MAX_ATTEMPTS = 3;
/** Longer than a fetch (60 s) plus page analysis (20 s) can take. */
const LEASE_MS = 120_000;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

export type FetchOutcome = 'fetched' | 'duplicate' | 'failed' | 'retry' | 'skipped';

function backoffMs(attempt: number): number {
  return Math.min(30 * 60_000, 30_000 * 4 ** (attempt - 1));
}

/** The canonical link's article key, or null when the link is unusable: one bad metadata field never costs the article. */
function keyOfCanonical(canonical: string | null): string | null {
  if (!canonical) return null;
  try {
    return articleKey(canonical);
  } catch {
    return null;
  }
}

export async function fetchArticle(ctx: AppContext, articleId: number): Promise<FetchOutcome> {
  const article = await findArticle(ctx.store, articleId);
  if (article?.status !== 'pending') return 'skipped';
  const workspace = await findWorkspace(ctx.store, article.workspaceId);
  if (!workspace) return 'skipped';
  const now = new Date();
  if (!(await leaseArticle(ctx.store, article.id, now, new Date(now.getTime() + LEASE_MS)))) return 'skipped';
  const attempt = article.attempts + 1;
  try {
    const res = await ctx.fetcher.fetch({
      url: article.url,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    });
    if (res.contentType && !HTML_TYPES.test(res.contentType)) {
      throw new PantauError(
        'unsupported_content',
        `Bukan halaman HTML (${res.contentType}) — not an HTML page`,
      );
    }
    const fetchedAt = new Date().toISOString();
    const analysis = await ctx.pages.analyse({
      body: res.body,
      contentType: res.contentType,
      url: res.url,
      timeZone: workspace.timeZone,
      fetchedAt,
    });
    const page = analysis.article;
    if (!page.text)
      throw new PantauError('no_content', 'Halaman tidak memuat teks artikel — no article text');

    // An AMP or mobile copy whose canonical page is already stored is the same article.
    const canonicalKey = keyOfCanonical(page.canonical);
    if (canonicalKey) {
      const same = await findArticleByUrlKey(ctx.store, article.workspaceId, canonicalKey);
      if (same && same.id !== article.id) {
        await markArticleDuplicate(
          ctx.store,
          article.id,
          `Sama dengan artikel #${same.id} (canonical ${page.canonical})`,
        );
        return 'duplicate';
      }
    }
    await saveFetchedArticle(
      ctx.store,
      article.id,
      {
        finalUrl: res.url,
        canonicalUrl: page.canonical,
        title: page.title,
        text: page.text,
        author: page.author,
        publishedAt: page.published ? new Date(page.published).toISOString() : null,
        lang: page.lang,
        image: page.image,
        description: page.description,
        contentHash: analysis.contentHash,
        signature: analysis.signature,
        bandKeys: analysis.bandKeys,
      },
      storyChooser({ text: page.text, contentHash: analysis.contentHash, signature: analysis.signature }),
    );
    return 'fetched';
  } catch (e) {
    const retryable = e instanceof FetchError && e.retryable;
    const final = !retryable || attempt >= MAX_ATTEMPTS;
    const message = describeError(e);
    await recordArticleFailure(ctx.store, article.id, { error: message, attempts: attempt, final });
    if (!final) throw new RetryLater(backoffMs(attempt), message);
    if (article.sourceId !== null) {
      await logSourceEvent(ctx.store, {
        sourceId: article.sourceId,
        articleId: article.id,
        level: 'error',
        message: `${article.url}: ${message}`,
      });
    }
    return 'failed';
  }
}
