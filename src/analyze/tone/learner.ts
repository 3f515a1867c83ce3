// The per-workspace tone learner: multinomial naive Bayes over stemmed words, word pairs and the
// lexicon's verdict, trained on analysts' corrections and stored as plain JSON.
import type { Tone, ToneLabel, ToneReason } from '../types.ts';
import type { ToneInput } from './article-tone.ts';
import { toneFeatures } from './features.ts';
import { TONE_LABELS } from './metrics.ts';

export interface ToneExample {
  text: string;
  title?: string;
  label: ToneLabel;
}

/** Serialisable with JSON.stringify; counts are in TONE_LABELS order. */
export interface ToneModel {
  kind: 'naive-bayes';
  version: 1;
  labels: ToneLabel[];
  documents: number[];
  tokenTotals: number[];
  counts: Record<string, number[]>;
  vocabulary: number;
}

const SMOOTHING = 1;
const MAX_REASONS = 8;

export function trainToneModel(examples: readonly ToneExample[]): ToneModel {
  const documents = TONE_LABELS.map(() => 0);
  const tokenTotals = TONE_LABELS.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const example of examples) {
    const c = TONE_LABELS.indexOf(example.label);
    documents[c]++;
    for (const f of toneFeatures(example).features) {
      let row = counts.get(f.name);
      if (!row) {
        row = TONE_LABELS.map(() => 0);
        counts.set(f.name, row);
      }
      row[c]++;
      tokenTotals[c]++;
    }
  }
  // Sorted keys make the serialised model byte-identical for the same examples in any order.
  const sorted: Record<string, number[]> = {};
  for (const key of [...counts.keys()].sort()) sorted[key] = counts.get(key) as number[];
  return {
    kind: 'naive-bayes',
    version: 1,
    labels: [...TONE_LABELS],
    documents,
    tokenTotals,
    counts: sorted,
    vocabulary: counts.size,
  };
}

function logLikelihood(model: ToneModel, row: number[] | undefined, c: number): number {
  return Math.log(
    ((row?.[c] ?? 0) + SMOOTHING) / (model.tokenTotals[c] + SMOOTHING * (model.vocabulary + 1)),
  );
}

export function predictTone(model: ToneModel, input: ToneInput): Tone {
  const { features } = toneFeatures(input);
  const total = model.documents.reduce((a, b) => a + b, 0);
  const logs = model.labels.map((_, c) => Math.log((model.documents[c] + 1) / (total + model.labels.length)));
  const known = features.filter((f) => Object.hasOwn(model.counts, f.name));
  for (const f of known) {
    const row = model.counts[f.name];
    for (let c = 0; c < logs.length; c++) logs[c] += logLikelihood(model, row, c);
  }
  const max = Math.max(...logs);
  const exp = logs.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const p = exp.map((e) => e / sum);
  const best = p.indexOf(Math.max(...p));
  const label = model.labels[best];
  const score =
    Math.round((p[model.labels.indexOf('positive')] - p[model.labels.indexOf('negative')]) * 1000) / 1000;
  return { label, score, reasons: topFeatures(model, known, best) };
}

/** The features that pushed hardest toward the chosen label, against the strongest other label. */
function topFeatures(
  model: ToneModel,
  features: ReturnType<typeof toneFeatures>['features'],
  best: number,
): ToneReason[] {
  const seen = new Map<string, ToneReason>();
  for (const f of features) {
    if (seen.has(f.name)) continue;
    const row = model.counts[f.name];
    const mine = logLikelihood(model, row, best);
    let other = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < model.labels.length; c++)
      if (c !== best) other = Math.max(other, logLikelihood(model, row, c));
    const weight = Math.round((mine - other) * 100) / 100;
    if (weight <= 0) continue;
    seen.set(f.name, {
      text: f.text,
      start: f.start,
      end: f.end,
      rule: f.inTitle ? 'model-headline' : 'model',
      weight,
    });
  }
  return [...seen.values()].sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, MAX_REASONS);
}
