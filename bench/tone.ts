// Tone benchmark: the shipped model beside the lexicon it replaced, development and test scores
// apart and per class; a cross-dataset matrix (train on one source, score on the others); the
// tone toward a subject on the fixture rows that name one; speed with the model, its size and the
// time to load it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTone } from '../src/analyze/tone/article-tone.ts';
import { scoreTone, type ToneScores } from '../src/analyze/tone/metrics.ts';
import { SHIPPED_TONE_MODEL, shippedToneModel } from '../src/analyze/tone/model/shipped.ts';
import type { ToneWeights } from '../src/analyze/tone/model/softmax.ts';
import { decodeWeights } from '../src/analyze/tone/model/weights-file.ts';
import { toneTowardSubject } from '../src/analyze/tone/target/index.ts';
import { shippedTargetToneModel } from '../src/analyze/tone/target/shipped.ts';
import type { ToneLabel } from '../src/analyze/types.ts';
import { scoreTargetRows, targetSplit } from '../train/target-tone.ts';
import { scoreRows, trainTone } from '../train/tone.ts';
import { aspectReviews, newsTraining, smsa, type ToneRow } from '../train/tone-data.ts';
import { toneTestSets, toneTrainingSet } from '../train/tone-sets.ts';

interface SubjectRow {
  text: string;
  subject?: string;
  subjectTone?: ToneLabel;
}

const FIXTURES = fileURLToPath(new URL('../test/fixtures/tone/', import.meta.url));
const FOLDS = 5;

function beside(rows: readonly ToneRow[], model: ToneWeights) {
  return { rows: rows.length, model: scoreRows(rows, model), lexicon: scoreRows(rows, null) };
}

/** k-fold over our news training sentences, the review data always on the training side. */
function newsKFold(news: readonly ToneRow[], reviews: readonly ToneRow[]) {
  const gold: ToneLabel[] = [];
  const model: ToneLabel[] = [];
  const lexicon: ToneLabel[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = news.filter((_, i) => i % FOLDS === k);
    const weights = trainTone([...news.filter((_, i) => i % FOLDS !== k), ...reviews]);
    for (const row of held) {
      const input = row.headline ? { title: row.text, text: '' } : { text: row.text };
      gold.push(row.label);
      model.push(analyzeTone(input, undefined, weights).label);
      lexicon.push(analyzeTone(input, undefined, null).label);
    }
  }
  return {
    rows: gold.length,
    folds: FOLDS,
    model: scoreTone(gold, model),
    lexicon: scoreTone(gold, lexicon),
  };
}

function subjectTone(rows: readonly SubjectRow[]): string {
  const named = rows.filter((r) => r.subject && r.subjectTone);
  const right = named.filter((r) => {
    const at = r.text.indexOf(r.subject as string);
    return (
      toneTowardSubject({ text: r.text }, [{ start: at, end: at + (r.subject as string).length }]).label ===
      r.subjectTone
    );
  }).length;
  return `${right}/${named.length}`;
}

/** 500-word articles assembled from the fixture sentences, so the vocabulary is news vocabulary. */
function throughput(rows: readonly SubjectRow[]): number {
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

/**
 * Tone toward a subject on our target-labelled sentences (corpus/tone/target-*.jsonl): each target's
 * mentions in the text, as the product finds a subject's matches, and the tone toward them by the
 * shipped target-dependent model, by the clause-weighted reading it refines, and by that reading
 * over the lexicon alone.
 */
function targetTone(file: 'target-dev.jsonl' | 'target-test.jsonl') {
  const path = fileURLToPath(new URL(`../corpus/tone/${file}`, import.meta.url));
  if (!existsSync(path)) return `corpus/tone/${file} belum ada`;
  const rows = targetSplit(file);
  const shown = (scores: ToneScores, accuracy: number) => ({
    ...compact(scores),
    accuracyWhereTargetDiffersFromWhole: accuracy,
  });
  const shipped = scoreTargetRows(rows, shippedToneModel(), shippedTargetToneModel());
  const overLexicon = scoreTargetRows(rows, null, shippedTargetToneModel());
  return {
    rows: rows.length,
    whereTargetDiffersFromWhole: shipped.differing.rows,
    targetModel: shown(shipped.model, shipped.differing.model),
    clauseReading: shown(shipped.reading, shipped.differing.reading),
    clauseReadingOverLexicon: shown(overLexicon.reading, overLexicon.differing.reading),
  };
}

function compact(s: ToneScores) {
  return {
    macroF1: s.macroF1,
    f1: Object.fromEntries(Object.entries(s.perClass).map(([k, v]) => [k, v.f1])),
  };
}

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const loadStart = performance.now();
  decodeWeights(readFileSync(SHIPPED_TONE_MODEL));
  const loadMs = Math.round(performance.now() - loadStart);
  const shipped = shippedToneModel();
  const news = newsTraining();
  const reviews = [
    ...smsa(opts.dataDir, 'train'),
    ...aspectReviews(opts.dataDir, 'casa', 'train'),
    ...aspectReviews(opts.dataDir, 'hoasa', 'train'),
  ];
  const tests = toneTestSets(opts.dataDir);
  const sources: Record<string, ToneRow[]> = {
    news,
    smsa: smsa(opts.dataDir, 'train'),
    'casa+hoasa': [
      ...aspectReviews(opts.dataDir, 'casa', 'train'),
      ...aspectReviews(opts.dataDir, 'hoasa', 'train'),
    ],
    all: toneTrainingSet(opts.dataDir),
  };
  const matrix: Record<string, Record<string, number>> = {};
  for (const [name, rows] of Object.entries(sources)) {
    const weights = trainTone(rows);
    matrix[`train ${name}`] = Object.fromEntries(
      tests.map((t) => [t.name, scoreRows(t.rows, weights).macroF1]),
    );
  }
  matrix['lexicon (no training)'] = Object.fromEntries(
    tests.map((t) => [t.name, scoreRows(t.rows, null).macroF1]),
  );
  const fixtureRows = (file: string) =>
    readFileSync(join(FIXTURES, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as SubjectRow);
  const fixtures = [...fixtureRows('dev.jsonl'), ...fixtureRows('heldout.jsonl')];
  return {
    development: {
      newsKFold: newsKFold(news, reviews),
      casaValid: beside(aspectReviews(opts.dataDir, 'casa', 'valid'), shipped),
      hoasaValid: beside(aspectReviews(opts.dataDir, 'hoasa', 'valid'), shipped),
    },
    test: Object.fromEntries(tests.map((t) => [t.name, beside(t.rows, shipped)])),
    testCompact: Object.fromEntries(
      tests.map((t) => [
        t.name,
        { model: compact(scoreRows(t.rows, shipped)), lexicon: compact(scoreRows(t.rows, null)) },
      ]),
    ),
    crossDatasetMacroF1: matrix,
    subjectToneAccuracyFixtures: subjectTone(fixtures),
    towardSubjectDevelopment: targetTone('target-dev.jsonl'),
    towardSubjectTest: targetTone('target-test.jsonl'),
    articlesPerSecond500Words: throughput(fixtures),
    modelLoadMs: loadMs,
    modelBytes: statSync(SHIPPED_TONE_MODEL).size,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dataDir = process.argv[2] ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}
