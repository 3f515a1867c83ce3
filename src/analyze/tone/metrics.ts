// Precision, recall and F1 per tone class and their macro average, for validation and benchmarks.
import type { ToneLabel } from '../types.ts';

export const TONE_LABELS: readonly ToneLabel[] = ['positive', 'negative', 'neutral'];

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ToneScores {
  macroF1: number;
  perClass: Record<ToneLabel, ClassScore>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreTone(gold: readonly ToneLabel[], predicted: readonly ToneLabel[]): ToneScores {
  const perClass = {} as Record<ToneLabel, ClassScore>;
  let sum = 0;
  for (const label of TONE_LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === label && gold[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
    sum += f1;
  }
  return { macroF1: round(sum / TONE_LABELS.length), perClass };
}
