// Training and scoring the tone model. Each labelled row is read the way the product reads a
// sentence (its words, the lexicon's hits on them); domains and classes are weighed so that the
// 11,000 review sentences do not drown the news, and no class wins by being common.
import { analyzeTone } from '../src/analyze/tone/article-tone.ts';
import { scoreTone, TONE_LABELS, type ToneScores } from '../src/analyze/tone/metrics.ts';
import { sentenceFeatures } from '../src/analyze/tone/model/sentence-features.ts';
import {
  DEFAULT_TRAINING,
  logits,
  softmax,
  type ToneWeights,
  type TrainingOptions,
  type TrainingRow,
  trainSoftmax,
} from '../src/analyze/tone/model/softmax.ts';
import { scoreSentence } from '../src/analyze/tone/sentence-score.ts';
import { quotedRanges, toneTokens } from '../src/analyze/tone/tone-tokens.ts';
import type { ToneDomain, ToneRow } from './tone-data.ts';

/** How much all of a domain's rows weigh together, relative to each other. */
// News twice the reviews: chosen by 5-fold validation on the news training sentences (+0.005).
export const DOMAIN_WEIGHTS: Record<ToneDomain, number> = { news: 2, reviews: 1, 'aspect-reviews': 0.5 };

const cache = new WeakMap<ToneRow, ReturnType<typeof sentenceFeatures>>();

function features(row: ToneRow) {
  const known = cache.get(row);
  if (known) return known;
  const f = readRow(row);
  cache.set(row, f);
  return f;
}

function readRow(row: ToneRow) {
  const tokens = toneTokens(row.text, 0, row.text.length, quotedRanges(row.text));
  return sentenceFeatures(tokens, scoreSentence(tokens, row.text).hits);
}

export function trainingRows(rows: readonly ToneRow[], domainWeights = DOMAIN_WEIGHTS): TrainingRow[] {
  const counts = new Map<string, number>();
  const domainSizes = new Map<ToneDomain, number>();
  for (const r of rows) {
    counts.set(`${r.domain}/${r.label}`, (counts.get(`${r.domain}/${r.label}`) ?? 0) + 1);
    domainSizes.set(r.domain, (domainSizes.get(r.domain) ?? 0) + 1);
  }
  const largest = Math.max(...domainSizes.values());
  return rows.map((r) => {
    const classes = TONE_LABELS.filter((l) => counts.has(`${r.domain}/${l}`)).length;
    const domainSize = domainSizes.get(r.domain) as number;
    // Each class of a domain weighs the same; each domain weighs its share of the largest domain.
    const classShare = domainSize / (classes * (counts.get(`${r.domain}/${r.label}`) as number));
    const domainShare = (largest / domainSize) * domainWeights[r.domain];
    return { features: features(r), label: TONE_LABELS.indexOf(r.label), weight: classShare * domainShare };
  });
}

export function trainTone(
  rows: readonly ToneRow[],
  options: TrainingOptions = DEFAULT_TRAINING,
  domainWeights = DOMAIN_WEIGHTS,
): ToneWeights {
  return trainSoftmax(trainingRows(rows, domainWeights), options);
}

/** The product's tone for a row: headlines as a title, other rows as text. */
export function productTone(row: ToneRow, model: ToneWeights | null) {
  return analyzeTone(row.headline ? { title: row.text, text: '' } : { text: row.text }, undefined, model)
    .label;
}

export function scoreRows(rows: readonly ToneRow[], model: ToneWeights | null): ToneScores {
  return scoreTone(
    rows.map((r) => r.label),
    rows.map((r) => productTone(r, model)),
  );
}

/** The model's own most likely class for a row, without the article aggregation. */
export function argmaxScores(rows: readonly ToneRow[], model: ToneWeights): ToneScores {
  return scoreTone(
    rows.map((r) => r.label),
    rows.map((r) => {
      const p = softmax(logits(model, features(r)));
      return TONE_LABELS[p.indexOf(Math.max(...p))];
    }),
  );
}
