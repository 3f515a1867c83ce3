// The labelled tone data the model learns from and is scored on, read by path (the third-party
// data is never copied into the repository):
// - news: sentences and headlines written by Pantau's contributors (corpus/tone/), with the
//   untouched test file kept apart, and the hand-written fixtures the lexicon was developed on;
// - SmSA (IndoNLU, Apache-2.0): review and comment sentences, 3 labels;
// - CASA and HoASA (IndoNLU, Apache-2.0 / CC BY-SA 4.0): car and hotel reviews with a tone per
//   aspect, read here as one tone per review where the aspects agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ToneLabel } from '../src/analyze/types.ts';
import { parseCsvRow } from '../src/text/csv-row.ts';

export type ToneDomain = 'news' | 'reviews' | 'aspect-reviews';

export interface ToneRow {
  text: string;
  label: ToneLabel;
  domain: ToneDomain;
  /** Headlines are read by the product as titles. */
  headline: boolean;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const NEWS_TRAIN_DIR = join(ROOT, 'corpus/tone/train');
export const NEWS_TEST_FILE = join(ROOT, 'corpus/tone/test/news-test.jsonl');
const FIXTURES = join(ROOT, 'test/fixtures/tone');

function jsonl(path: string): ToneRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const row = JSON.parse(l) as { text?: unknown; label?: unknown; kind?: unknown };
      if (typeof row.text !== 'string' || !['positive', 'negative', 'neutral'].includes(String(row.label))) {
        throw new Error(`${path}:${i + 1}: expected {"text", "label"}`);
      }
      return {
        text: row.text,
        label: row.label as ToneLabel,
        domain: 'news',
        headline: row.kind === 'headline',
      };
    });
}

/**
 * Our own news sentences for training: corpus/tone/train/news-*.jsonl and the lexicon's dev fixture.
 * The target-*.jsonl files beside them label the tone toward one target, not the text's own tone.
 */
export function newsTraining(): ToneRow[] {
  const files = readdirSync(NEWS_TRAIN_DIR)
    .filter((f) => f.startsWith('news-') && f.endsWith('.jsonl'))
    .sort();
  return [...files.flatMap((f) => jsonl(join(NEWS_TRAIN_DIR, f))), ...jsonl(join(FIXTURES, 'dev.jsonl'))];
}

/** Never read while developing: scored once a method is chosen. */
export function newsTest(): ToneRow[] {
  return jsonl(NEWS_TEST_FILE);
}

/** The fixture the lexicon was checked on but not written from. */
export function newsFixtureHeldOut(): ToneRow[] {
  return jsonl(join(FIXTURES, 'heldout.jsonl'));
}

export function smsa(dataDir: string, split: 'train' | 'valid'): ToneRow[] {
  return readFileSync(join(dataDir, 'sentiment', `smsa_${split}_preprocess.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [text, label] = l.split('\t');
      return { text, label: label.trim() as ToneLabel, domain: 'reviews', headline: false };
    });
}

const ASPECT_TONE: Record<string, 'positive' | 'negative' | 'neutral' | 'mixed'> = {
  positive: 'positive',
  pos: 'positive',
  negative: 'negative',
  neg: 'negative',
  neutral: 'neutral',
  neut: 'neutral',
  neg_pos: 'mixed',
};

/** A review's tone from its aspects: one polarity among them, or neutral when all are; mixed ones are left out. */
export function aspectReviews(
  dataDir: string,
  set: 'casa' | 'hoasa',
  split: 'train' | 'valid' | 'test',
): ToneRow[] {
  const lines = readFileSync(join(dataDir, 'sentiment-aspect', `${set}_${split}.csv`), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const rows: ToneRow[] = [];
  for (const line of lines.slice(1)) {
    const [text, ...aspects] = parseCsvRow(line);
    const tones = new Set(aspects.map((a) => ASPECT_TONE[a.trim()]));
    if (tones.has(undefined as never)) throw new Error(`${set}_${split}: unknown aspect label in "${line}"`);
    const polar = [...tones].filter((t) => t !== 'neutral');
    if (polar.length > 1 || polar.includes('mixed')) continue;
    rows.push({
      text,
      label: (polar[0] ?? 'neutral') as ToneLabel,
      domain: 'aspect-reviews',
      headline: false,
    });
  }
  return rows;
}
