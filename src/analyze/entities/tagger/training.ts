// Training the entity tagger from BIO sentences: each sentence is read as Pantau reads an article
// (its words, the place lists over them), the gold entities are laid over its words, and the perceptron
// learns from several shuffled passes. Deterministic: the same data gives the same weights.
import { seededShuffler } from '../../seeded-order.ts';
import { readByRules } from '../index.ts';
import type { BioSentence } from './bio.ts';
import { wordSpan } from './bio.ts';
import { FEATURES_PER_WORD, TAGGER_BUCKETS } from './features.ts';
import { PerceptronTrainer, TAGS, type TaggerWeights } from './perceptron.ts';
import { bioTags, sentenceFeatures } from './tagging.ts';

export interface TrainingExample {
  buckets: Int32Array;
  gold: number[];
}

/** A sentence as the tagger sees it, with the gold tag of each of Pantau's words. */
export function trainingExamples(sentence: BioSentence): TrainingExample[] {
  const reading = readByRules(sentence.text);
  const tokens = reading.tokens;
  const goldSpans = sentence.entities.map((e) => ({
    type: e.type,
    span: wordSpan(sentence, e.first, e.last),
  }));
  // Pantau's words may split the data's words differently: a word takes the entity its start is in.
  const goldMentions: { type: (typeof goldSpans)[number]['type']; start: number; end: number }[] = [];
  for (const g of goldSpans) {
    const inside = tokens
      .map((t, i) => [t, i] as const)
      .filter(([t]) => t.start >= g.span[0] && t.start < g.span[1]);
    if (inside.length === 0) continue;
    goldMentions.push({
      type: g.type,
      start: (inside[0] as (typeof inside)[number])[1],
      end: (inside[inside.length - 1] as (typeof inside)[number])[1] + 1,
    });
  }
  const gold = bioTags(tokens.length, goldMentions).map((t) => TAGS.indexOf(t as (typeof TAGS)[number]));
  return sentenceFeatures(sentence.text, tokens, { places: reading.places(), bodies: reading.bodies() }).map(
    ({ range, buckets }) => ({
      buckets,
      gold: gold.slice(range[0], range[1]),
    }),
  );
}

export function trainTagger(examples: readonly TrainingExample[], epochs: number, seed = 7): TaggerWeights {
  const trainer = new PerceptronTrainer(TAGGER_BUCKETS);
  const order = examples.map((_, i) => i);
  const shuffle = seededShuffler(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    for (const i of order) {
      const ex = examples[i] as TrainingExample;
      if (ex.buckets.length > 0) trainer.train(ex.buckets, FEATURES_PER_WORD, ex.gold);
    }
  }
  return trainer.averaged();
}
