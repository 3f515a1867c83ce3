// Corrections that point into an article's stored analysis: one entity mention (a different type
// or canonical name, "not an entity", or a mention the recogniser missed) and the speaker of one
// quote, each found by its start and end in the article text.
import type { AnalysedSpeaker } from '../../analyze/quotes/speaker-lesson.ts';
import type { Entity, EntityType, Quote } from '../../analyze/types.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Correction } from '../../domain/subject.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { findAnalysis, type StoredAnalysis } from '../analysis/analysis.repo.ts';
import { forgetWorkspaceAnalysis } from '../analysis/workspace-analysis-cache.ts';
import { inWorkspaceNamed } from '../workspaces/workspaces.service.ts';
import { currentCorrections } from './corrections.repo.ts';
import { correctionTarget, saveCorrection } from './corrections.service.ts';

/** What an entity correction stores: the mention's span and surface text, and the verdict. */
export type EntityVerdict =
  | { start: number; end: number; text: string; type: EntityType; canonical: string; added: boolean }
  | { start: number; end: number; text: string; notEntity: true };

export interface SpeakerVerdict {
  start: number;
  end: number;
  speaker: string;
  /** Whom the analysis had given the quote to: what is learnt depends on it (speaker-lesson.ts). */
  was?: AnalysedSpeaker;
}

const ENTITY_TYPES: Record<string, EntityType> = {
  per: 'PER',
  orang: 'PER',
  tokoh: 'PER',
  org: 'ORG',
  organisasi: 'ORG',
  lembaga: 'ORG',
  loc: 'LOC',
  lokasi: 'LOC',
  tempat: 'LOC',
};

/** PER/ORG/LOC, or the Indonesian words analysts use for them (orang, lembaga, tempat…). */
export function parseEntityType(value: string): EntityType {
  const word = value.trim().toLowerCase();
  // Own keys only: "constructor" must not pass as a type.
  const type = Object.hasOwn(ENTITY_TYPES, word) ? ENTITY_TYPES[word] : undefined;
  if (!type) throw new PantauError('validation', `Jenis entitas harus PER, ORG atau LOC — got "${value}"`);
  return type;
}

/** "START:END" as typed on the command line. */
export function parseSpan(value: string): { start: number; end: number } {
  const m = /^\s*(\d+)\s*[:-]\s*(\d+)\s*$/.exec(value);
  if (!m) throw new PantauError('validation', `Posisi harus AWAL:AKHIR, mis. 120:135 — got "${value}"`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

async function analysedArticle(store: Ctx, input: { articleId: number; actor?: string }) {
  const { article, actor } = await correctionTarget(store, input);
  const analysis = await findAnalysis(store, article.id);
  if (!analysis || article.text === null)
    throw new PantauError('not_found', `Artikel #${article.id} belum dianalisis — not analysed yet`);
  return { article: { ...article, text: article.text }, analysis, actor };
}

function spanLabel(start: number, end: number): string {
  return `${start}:${end}`;
}

/** Entities as analysts see them: stored mentions with earlier corrections applied. */
async function currentEntity(store: Store, analysis: StoredAnalysis, start: number, end: number) {
  const corrections = await currentCorrections(store, analysis.articleId);
  const earlier = corrections.find(
    (c) =>
      c.kind === 'entity' &&
      (c.value as EntityVerdict).start === start &&
      (c.value as EntityVerdict).end === end,
  );
  const stored = analysis.entities.find((e) => e.start === start && e.end === end);
  if (earlier && !('notEntity' in (earlier.value as EntityVerdict))) {
    const v = earlier.value as Extract<EntityVerdict, { type: EntityType }>;
    return { type: v.type, canonical: v.canonical, stored: !!stored };
  }
  return stored ? { type: stored.type, canonical: stored.canonical, stored: true } : null;
}

export async function correctEntity(
  on: Store | Ctx,
  input: {
    articleId: number;
    start: number;
    end: number;
    type?: string | null;
    canonical?: string | null;
    notEntity?: boolean;
    actor?: string;
    workspace?: string | null;
  },
): Promise<Correction> {
  const store = await inWorkspaceNamed(asCtx(on), input.workspace);
  const { article, analysis, actor } = await analysedArticle(store, input);
  const { start, end } = input;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    end > article.text.length
  )
    throw new PantauError(
      'validation',
      `Posisi ${spanLabel(start, end)} di luar teks artikel (panjang ${article.text.length}) — span outside the text`,
    );
  const text = article.text.slice(start, end);
  const canonical = input.canonical?.trim() || null;
  const type = input.type ? parseEntityType(input.type) : null;
  if (input.notEntity && (type || canonical))
    throw new PantauError('validation', 'Pilih salah satu: bukan entitas, atau jenis/nama baku — not both');
  if (!input.notEntity && !type && !canonical)
    throw new PantauError('validation', 'Sebutkan jenis, nama baku, atau bukan entitas — nothing to correct');
  const current = await currentEntity(store, analysis, start, end);
  let value: EntityVerdict;
  if (input.notEntity) {
    if (!current)
      throw new PantauError(
        'validation',
        `Tidak ada entitas pada posisi ${spanLabel(start, end)} — no entity there`,
      );
    value = { start, end, text, notEntity: true };
  } else if (current) {
    value = {
      start,
      end,
      text,
      type: type ?? current.type,
      canonical: canonical ?? current.canonical,
      added: !current.stored,
    };
  } else {
    // A mention the recogniser missed: it needs a type, and a span that is words, not blanks.
    if (!type)
      throw new PantauError(
        'validation',
        `Tidak ada entitas pada posisi ${spanLabel(start, end)}; untuk menambah entitas sebutkan jenisnya — give a type to add one`,
      );
    if (text.trim() !== text || text === '')
      throw new PantauError(
        'validation',
        `Posisi ${spanLabel(start, end)} harus tepat pada kata, tanpa spasi di tepi`,
      );
    value = { start, end, text, type, canonical: canonical ?? text, added: true };
  }
  // The workspace learns from entity corrections: the next article must see this one.
  const saved = await saveCorrection(store, {
    workspaceId: article.workspaceId,
    articleId: article.id,
    kind: 'entity',
    value,
    actor,
  });
  await forgetWorkspaceAnalysis(store, article.workspaceId);
  return saved;
}

export async function correctQuoteSpeaker(
  on: Store | Ctx,
  input: {
    articleId: number;
    start: number;
    end: number;
    speaker: string;
    actor?: string;
    workspace?: string | null;
  },
): Promise<Correction> {
  const store = await inWorkspaceNamed(asCtx(on), input.workspace);
  const { article, analysis, actor } = await analysedArticle(store, input);
  const quote = analysis.quotes.find((q) => q.start === input.start && q.end === input.end);
  if (!quote)
    throw new PantauError(
      'validation',
      `Tidak ada kutipan pada posisi ${spanLabel(input.start, input.end)} — no quote there`,
    );
  const speaker = input.speaker.trim();
  if (!speaker) throw new PantauError('validation', 'Nama narasumber wajib diisi — speaker is required');
  const value: SpeakerVerdict = {
    start: quote.start,
    end: quote.end,
    speaker,
    was: { speaker: quote.speaker, role: quote.role ?? null },
  };
  // The workspace learns from speaker corrections (speaker-learning.service.ts): the next article
  // must see this one, as with entity corrections.
  const saved = await saveCorrection(store, {
    workspaceId: article.workspaceId,
    articleId: article.id,
    kind: 'quote_speaker',
    value,
    actor,
  });
  await forgetWorkspaceAnalysis(store, article.workspaceId);
  return saved;
}

export type CorrectedEntity = Entity & { corrected?: true };
export type CorrectedQuote = Quote & { corrected?: true };

/** The stored entities with analysts' verdicts applied: retyped, renamed, removed or added. */
export function correctedEntities(
  entities: readonly Entity[],
  corrections: readonly Correction[],
): CorrectedEntity[] {
  const verdicts = corrections.filter((c) => c.kind === 'entity').map((c) => c.value as EntityVerdict);
  const bySpan = new Map(verdicts.map((v) => [spanLabel(v.start, v.end), v]));
  const out: CorrectedEntity[] = [];
  for (const e of entities) {
    const v = bySpan.get(spanLabel(e.start, e.end));
    if (!v) {
      // A mention an analyst added over part of this one replaces it.
      const covered = verdicts.some((a) => 'added' in a && a.added && a.start < e.end && e.start < a.end);
      if (!covered) out.push(e);
      continue;
    }
    if ('notEntity' in v) continue;
    out.push({ ...e, type: v.type, canonical: v.canonical, corrected: true });
  }
  for (const v of verdicts) {
    if ('notEntity' in v || !v.added || entities.some((e) => e.start === v.start && e.end === v.end))
      continue;
    out.push({
      type: v.type,
      text: v.text,
      start: v.start,
      end: v.end,
      canonical: v.canonical,
      role: null,
      corrected: true,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The stored quotes with analysts' speakers. */
export function correctedQuotes(
  quotes: readonly Quote[],
  corrections: readonly Correction[],
): CorrectedQuote[] {
  const speakers = new Map(
    corrections
      .filter((c) => c.kind === 'quote_speaker')
      .map((c) => c.value as SpeakerVerdict)
      .map((v) => [spanLabel(v.start, v.end), v.speaker]),
  );
  return quotes.map((q) => {
    const speaker = speakers.get(spanLabel(q.start, q.end));
    // The role belonged to the speaker the analysis guessed; the analyst's speaker comes without one.
    return speaker ? { ...q, speaker, speakerCanonical: speaker, role: null, corrected: true } : q;
  });
}
