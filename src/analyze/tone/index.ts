// Tone analysis: lexicon-and-rules tone for an article and toward a subject, and the per-workspace
// learner that takes over once analysts have corrected enough articles.
export {
  analyzeTone,
  type ScoredText,
  scoreText,
  type ToneInput,
  toneToward,
} from './article-tone.ts';
export { type ChosenTone, chooseTone, modelVerdict, type ToneSource } from './choose.ts';
export { predictTone, type ToneExample, type ToneModel, trainToneModel } from './learner.ts';
export { scoreTone, TONE_LABELS, type ToneScores } from './metrics.ts';
export { type ToneValidation, validateToneModel } from './validate.ts';
