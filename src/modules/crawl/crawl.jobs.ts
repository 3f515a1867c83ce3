// The crawl's jobs: poll a source, fetch an article page, analyse a fetched article. Keys keep a
// source or an article from being queued twice, whatever restarts or how many workers.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

const id = z.number().int().positive();

/** Fetch a source's feed or sitemap and record the article URLs it lists. */
export const pollSourceJob = defineJob({
  name: 'poll-source',
  payload: z.object({ sourceId: id }),
  retry: { retries: 2, timeoutSeconds: 300 },
  key: ({ sourceId }) => `source:${sourceId}`,
});

/** Fetch one article page, extract it and file it into a story. */
export const fetchArticleJob = defineJob({
  name: 'fetch-article',
  payload: z.object({ articleId: id }),
  retry: { retries: 3, timeoutSeconds: 120 },
  key: ({ articleId }) => `article:${articleId}`,
});

/** Analyse a fetched article: tone, subjects, entities, quotes, key phrases, summary, issue. */
export const analyzeArticleJob = defineJob({
  name: 'analyze-article',
  payload: z.object({ articleId: id }),
  retry: { retries: 2, timeoutSeconds: 120 },
  key: ({ articleId }) => `analyze:${articleId}`,
});
