// Tone toward a subject, judged by a model trained on texts where the tone toward one named target
// differs from the text's own (corpus/tone/train/target-*.jsonl): a mayor acting firmly in a flood
// story, a contractor reprimanded in a story that praises the mayor. The clause-weighted reading
// (toneToward) is the model's prior and still gives the reasons a reader sees.

import type { Span, Tone, ToneLabel } from '../../types.ts';
import { analyzeTone, type ScoredText, scoreText, type ToneInput, toneToward } from '../article-tone.ts';
import { TONE_LABELS } from '../metrics.ts';
import { logits, softmax, type ToneWeights } from '../model/softmax.ts';
import { targetFeatures } from './features.ts';
import { shippedTargetToneModel } from './shipped.ts';

export { targetFeatures } from './features.ts';

/**
 * The tone toward the subject mentioned at `spans`. `model` is the shipped target model when not
 * given; null gives the clause-weighted reading alone (the bench's baseline). The label is the
 * model's most likely class and the score P(positive) − P(negative).
 */
export function toneTowardSubject(
  input: ToneInput,
  spans: Span[],
  scored: ScoredText = scoreText(input.text),
  model: ToneWeights | null = shippedTargetToneModel(),
  /** The body's own tone (analyzeTone over the text alone), when the caller has it for several subjects. */
  whole?: Tone,
): Tone {
  const reading = toneToward(input, spans, scored);
  if (!model || spans.length === 0) return reading;
  whole ??= analyzeTone({ text: input.text }, scored);
  const p = softmax(logits(model, targetFeatures(scored, spans, reading, whole)));
  const best = p.indexOf(Math.max(...p));
  const label = TONE_LABELS[best] as ToneLabel;
  const score =
    Math.round(
      ((p[TONE_LABELS.indexOf('positive')] as number) - (p[TONE_LABELS.indexOf('negative')] as number)) *
        1000,
    ) / 1000;
  // Reasons that argue against the model's verdict would confuse a reader; the neutral verdict keeps them all.
  const reasons =
    label === 'neutral'
      ? reading.reasons
      : reading.reasons.filter((r) => (label === 'positive') === r.weight > 0 || r.weight === 0);
  return { label, score, reasons };
}
