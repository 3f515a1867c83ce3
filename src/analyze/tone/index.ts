// Tone analysis: lexicon-and-rules tone for an article and toward a subject, and the per-workspace
// learner that takes over once analysts have corrected enough articles.
export { analyzeTone, type ToneInput, toneToward } from './article-tone.ts';
