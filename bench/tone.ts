// Tone benchmark: lexicon macro-F1 on our hand-written news fixture (dev and held-out parts apart),
// the learner's k-fold score on it, a sanity figure on SmSA reviews (other domain: reported, never
// tuned on), and articles per second on 500-word texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTone, toneToward } from '../src/analyze/tone/article-tone.ts';
import { scoreTone } from '../src/analyze/tone/metrics.ts';
import { validateToneModel } from '../src/analyze/tone/validate.ts';
import type { ToneLabel } from '../src/analyze/types.ts';

interface FixtureRow {
  text: string;
  label: ToneLabel;
  subject?: string;
  subjectTone?: ToneLabel;
}

const FIXTURES = fileURLToPath(new URL('../test/fixtures/tone/', import.meta.url));

function readJsonl(path: string): FixtureRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FixtureRow);
}

function evaluate(rows: FixtureRow[]) {
  const scores = scoreTone(
    rows.map((r) => r.label),
    rows.map((r) => analyzeTone({ text: r.text }).label),
  );
  const subjects = rows.filter((r) => r.subject && r.subjectTone);
  const subjectRight = subjects.filter((r) => {
    const subject = r.subject as string;
    const at = r.text.indexOf(subject);
    return toneToward({ text: r.text }, [{ start: at, end: at + subject.length }]).label === r.subjectTone;
  }).length;
  return { sentences: rows.length, ...scores, subjectToneAccuracy: `${subjectRight}/${subjects.length}` };
}

function smsa(dataDir: string) {
  const rows = readFileSync(join(dataDir, 'sentiment', 'smsa_valid_preprocess.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [text, label] = l.split('\t');
      return { text, label: label.trim() as ToneLabel };
    });
  return {
    rows: rows.length,
    ...scoreTone(
      rows.map((r) => r.label),
      rows.map((r) => analyzeTone({ text: r.text }).label),
    ),
  };
}

/** 500-word articles assembled from the fixture sentences, so the vocabulary is news vocabulary. */
function throughput(rows: FixtureRow[]): number {
  const articles: string[] = [];
  for (let a = 0; a < 200; a++) {
    const paragraphs: string[] = [];
    let words = 0;
    for (let i = a; words < 500; i += 7) {
      const sentence = rows[i % rows.length].text;
      paragraphs.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    articles.push(paragraphs.join('\n\n'));
  }
  for (const text of articles.slice(0, 20)) analyzeTone({ title: text.slice(0, 60), text });
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < 2000) {
    for (const text of articles) analyzeTone({ title: text.slice(0, 60), text });
    done += articles.length;
  }
  return Math.round(done / ((performance.now() - start) / 1000));
}

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dev = readJsonl(join(FIXTURES, 'dev.jsonl'));
  const heldOut = readJsonl(join(FIXTURES, 'heldout.jsonl'));
  const all = [...dev, ...heldOut];
  const learner = validateToneModel(
    all.map((r) => ({ text: r.text, label: r.label })),
    5,
  );
  return {
    dev: evaluate(dev),
    heldOut: evaluate(heldOut),
    learnerKFold: {
      folds: learner.folds,
      macroF1: learner.macroF1,
      perClass: learner.perClass,
      lexiconMacroF1: learner.lexicon.macroF1,
    },
    smsaReviewsSanity: smsa(opts.dataDir),
    articlesPerSecond500Words: throughput(all),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dataDir = process.argv[2] ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}
