// Reading an article's analysis as users see it: the automatic result with analysts' corrections
// applied on top (tone, entities, quote speakers, its issue), and who corrected what.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { findArticle } from '../articles/articles.repo.ts';
import { correctedEntities, correctedQuotes } from '../corrections/analysis-corrections.service.ts';
import { correctionHistory, currentCorrections } from '../corrections/corrections.repo.ts';
import { findIssueRow, findMembership } from '../issues/issues.repo.ts';
import { inWorkspaceNamed } from '../workspaces/workspaces.service.ts';
import { analysisPolicy } from './analysis.policy.ts';
import { findAnalysis, matchedSubjects } from './analysis.repo.ts';

export async function articleAnalysis(on: Store | Ctx, articleId: number, workspace?: string | null) {
  const store = await inWorkspaceNamed(asCtx(on), workspace);
  const analysis = await findAnalysis(store, articleId);
  // Whether an article of another workspace exists, or was analysed, is not told.
  const workspaceId = analysis?.workspaceId ?? (await findArticle(store, articleId))?.workspaceId;
  if (workspaceId === undefined || !sameWorkspace(store, workspaceId)) {
    throw new PantauError('not_found', `Artikel #${articleId} tidak ditemukan — article not found`);
  }
  authorize(store.actor, analysisPolicy.can('read'), workspaceId);
  if (!analysis)
    throw new PantauError('not_found', `Artikel #${articleId} belum dianalisis — not analysed yet`);
  const corrections = await currentCorrections(store, articleId);
  const toneCorrection = corrections.find((c) => c.kind === 'tone');
  const membership = await findMembership(store.db, articleId);
  const matched = await matchedSubjects(store, articleId);
  const issue = membership ? await findIssueRow(store.db, membership.issueId) : null;
  return {
    ...analysis,
    /** The issue the article was filed in, why, and whether an analyst placed it there. */
    issue:
      membership && issue
        ? { id: issue.id, label: issue.label, pinned: membership.pinned, reason: membership.reason }
        : null,
    tone: toneCorrection ? { ...analysis.tone, label: toneCorrection.value, corrected: true } : analysis.tone,
    entities: correctedEntities(analysis.entities, corrections),
    quotes: correctedQuotes(analysis.quotes, corrections),
    /**
     * The subjects it is about as analysts see it: the query's matches minus those an analyst said
     * it is not about, with the tone toward each (an analyst's wins).
     */
    subjects: matched
      .filter(
        (m) =>
          !corrections.some(
            (c) => c.kind === 'subject_match' && c.subjectId === m.subjectId && c.value === false,
          ),
      )
      .map((m) => {
        const fixed = corrections.find((c) => c.kind === 'subject_tone' && c.subjectId === m.subjectId);
        return fixed ? { ...m, tone: { ...m.tone, label: fixed.value, corrected: true } } : m;
      }),
    corrections,
    /** Every correction, superseded ones included, newest first. */
    history: await correctionHistory(store, articleId),
  };
}
