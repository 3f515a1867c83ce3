// Correcting what a reading got wrong: an analyst fixes an article's title and text in place (an
// OCR'd clipping above all, but any article's extracted text may need it). Every save is a version,
// audited; a save over a colleague's newer version is refused; the analysis runs again on the new text.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, sameWorkspace, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { recordChange } from '../audit/audit.service.ts';
import { replaceText } from '../stories/article-filing.service.ts';
import { clippingsPolicy } from './clippings.policy.ts';
import { articleText, insertTextVersion, type TextVersion, textVersions } from './clippings.repo.ts';

export interface TextCorrection {
  title: string | null;
  text: string;
  note?: string | null;
  /** The version the editor started from. */
  baseVersion: number;
}

const MAX_TEXT = 200_000;

async function readableArticle(ctx: Ctx, articleId: number) {
  const article = await articleText(ctx, articleId);
  if (
    !article ||
    !sameWorkspace(ctx, article.workspaceId) ||
    article.status !== 'fetched' ||
    article.text === null
  )
    throw new PantauError('not_found', `Artikel ${articleId} tidak ditemukan — article not found`);
  return { ...article, text: article.text };
}

/** The article's text versions, newest first; an article never corrected has its reading as version 1. */
export async function articleTextVersions(ctx: Ctx, articleId: number): Promise<TextVersion[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  const article = await readableArticle(ctx, articleId);
  const stored = await textVersions(ctx, articleId);
  if (stored.length > 0) return stored;
  return [{ version: 1, title: article.title, text: article.text, note: null, by: null, at: '' }];
}

export async function correctArticleText(
  ctx: Ctx,
  tools: { pages: PageAnalyser },
  articleId: number,
  input: TextCorrection,
): Promise<{ version: number }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('correct'), ws.id);
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  const title = input.title?.trim() || null;
  if (!text) throw new PantauError('validation', 'Teks artikel tidak boleh kosong — the text is empty');
  if (text.length > MAX_TEXT)
    throw new PantauError('too_large', 'Teks artikel terlalu panjang — the text is too long');
  const version = await tx(ctx, async (t) => {
    const article = await readableArticle(t, articleId);
    const stored = await textVersions(t, articleId);
    const now = t.now().toISOString();
    let current = stored[0]?.version ?? 0;
    if (current === 0) {
      // The reading as it was becomes version 1, so the correction can always be compared with it.
      await insertTextVersion(
        t,
        { articleId, version: 1, title: article.title, text: article.text, note: null, createdBy: null },
        now,
      );
      current = 1;
    }
    if (input.baseVersion !== current)
      throw new PantauError(
        'conflict',
        `Teks ini sudah diubah menjadi versi ${current} oleh orang lain sejak Anda membukanya; muat ulang lalu ulangi perbaikan — someone saved version ${current} meanwhile`,
      );
    const next = current + 1;
    await insertTextVersion(
      t,
      {
        articleId,
        version: next,
        title,
        text,
        note: input.note?.trim() || null,
        createdBy: t.actor.kind === 'user' ? t.actor.userId : null,
      },
      now,
    );
    await replaceText(t, articleId, { title, text });
    await recordChange(t, {
      action: 'articles.text',
      recordType: 'article',
      recordId: articleId,
      before: { version: current, title: article.title, text: article.text },
      after: { version: next, title, text, note: input.note ?? null },
    });
    return next;
  });
  await analyzeStoredArticle(ctx, tools.pages, articleId);
  return { version };
}
