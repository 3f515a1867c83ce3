// Entity-level precision, recall and F1 per type, as CoNLL scores them: a predicted entity counts
// only with the gold entity's exact words and type. Shared by the bench and the training's report.
import type { Entity, EntityType } from '../../types.ts';
import { type BioSentence, wordSpan } from './bio.ts';

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC'];

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EntityScore {
  sentences: number;
  perClass: Record<EntityType, Prf>;
  micro: Prf;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), tp, fp, fn };
}

/** Predicted entities as "first:last:TYPE" word keys; a span off the word edges covers its words. */
function predictedKeys(sentence: BioSentence, entities: readonly Entity[]): Set<string> {
  const offsets = sentence.words.map((_, i) => wordSpan(sentence, i, i));
  const out = new Set<string>();
  for (const e of entities) {
    const first = offsets.findIndex(([, end]) => end > e.start);
    let last = first;
    while (last + 1 < offsets.length && (offsets[last + 1] as [number, number])[0] < e.end) last++;
    if (first >= 0) out.add(`${first}:${last}:${e.type}`);
  }
  return out;
}

export function scoreEntities(
  sentences: readonly BioSentence[],
  find: (text: string) => Entity[],
): EntityScore {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    EntityType,
    { tp: number; fp: number; fn: number }
  >;
  for (const sentence of sentences) {
    const gold = new Set(sentence.entities.map((e) => `${e.first}:${e.last}:${e.type}`));
    const predicted = predictedKeys(sentence, find(sentence.text));
    for (const key of predicted) {
      const c = counts[key.split(':')[2] as EntityType];
      if (c) gold.has(key) ? c.tp++ : c.fp++;
    }
    for (const key of gold) if (!predicted.has(key)) counts[key.split(':')[2] as EntityType].fn++;
  }
  const perClass = Object.fromEntries(
    TYPES.map((t) => [t, prf(counts[t].tp, counts[t].fp, counts[t].fn)]),
  ) as Record<EntityType, Prf>;
  const sum = (k: 'tp' | 'fp' | 'fn') => TYPES.reduce((n, t) => n + counts[t][k], 0);
  return { sentences: sentences.length, perClass, micro: prf(sum('tp'), sum('fp'), sum('fn')) };
}
