// k-fold validation of the learner on a workspace's corrections, beside the lexicon's score on the
// very same examples, so the learner takes over only when it has shown it does better.
import type { ToneLabel } from '../types.ts';
import { analyzeTone } from './article-tone.ts';
import { predictTone, type ToneExample, trainToneModel } from './learner.ts';
import { scoreTone, TONE_LABELS, type ToneScores } from './metrics.ts';

export interface ToneValidation extends ToneScores {
  folds: number;
  examples: number;
  perLabelExamples: Record<ToneLabel, number>;
  /** The lexicon and rules on the same examples. */
  lexicon: ToneScores;
}

/** FNV-1a: a stable order independent of the order corrections were stored in. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Stratified folds: each label's examples, in hash order, dealt round-robin. */
function assignFolds(examples: readonly ToneExample[], folds: number): number[] {
  const fold = new Array<number>(examples.length).fill(0);
  for (const label of TONE_LABELS) {
    const ids = examples
      .map((e, i) => ({ i, h: hash(`${e.title ?? ''}\n${e.text}`) }))
      .filter(({ i }) => examples[i].label === label)
      .sort((a, b) => a.h - b.h || a.i - b.i);
    ids.forEach(({ i }, k) => {
      fold[i] = k % folds;
    });
  }
  return fold;
}

export function validateToneModel(examples: readonly ToneExample[], folds = 5): ToneValidation {
  const k = Math.max(2, Math.min(folds, examples.length));
  const fold = assignFolds(examples, k);
  const predicted: ToneLabel[] = new Array(examples.length);
  for (let f = 0; f < k; f++) {
    const model = trainToneModel(examples.filter((_, i) => fold[i] !== f));
    examples.forEach((e, i) => {
      if (fold[i] === f) predicted[i] = predictTone(model, e).label;
    });
  }
  const gold = examples.map((e) => e.label);
  const perLabelExamples = Object.fromEntries(
    TONE_LABELS.map((l) => [l, gold.filter((g) => g === l).length]),
  ) as Record<ToneLabel, number>;
  return {
    ...scoreTone(gold, predicted),
    folds: k,
    examples: examples.length,
    perLabelExamples,
    lexicon: scoreTone(
      gold,
      examples.map((e) => analyzeTone(e).label),
    ),
  };
}
