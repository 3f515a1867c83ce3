// Named-entity benchmark: entity-level precision/recall/F1 per type (CoNLL matching) of what the
// product finds (the shipped tagger) beside the rules alone, with which split is a test and which
// was read while developing; a cross-dataset matrix (train on one source, score on every split none
// of the sources trained on); model loading and speed. Public sets are read by path; our regional
// news sets are in corpus/entities/. Run alone with `node --import tsx bench/ner.ts [data dir]`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../src/analyze/entities/index.ts';
import type { BioSentence } from '../src/analyze/entities/tagger/bio.ts';
import { scoreEntities } from '../src/analyze/entities/tagger/evaluate.ts';
import { shippedTagger } from '../src/analyze/entities/tagger/shipped.ts';
import {
  DEVELOPMENT_FILES,
  type NerFiles,
  readCorpus,
  readNer,
  scoreSplit,
  trainEntityTagger,
} from '../train/entities.ts';

/** Train on one source, score on every split none of them trained on. */
const MATRIX: Record<string, NerFiles> = {
  'idner-news train': { news: ['idner-news-2k_train.txt'], encyclopedic: [], regional: [] },
  'nergrit train': { news: [], encyclopedic: ['nergrit_train_preprocess.txt'], regional: [] },
  'regional train (ours)': {
    news: [],
    encyclopedic: [],
    regional: ['train/regional-a.txt', 'train/regional-b.txt'],
  },
  'public sets only': {
    news: ['idner-news-2k_train.txt'],
    encyclopedic: ['nergrit_train_preprocess.txt'],
    regional: [],
  },
  'all (the shipped recipe)': DEVELOPMENT_FILES,
};

function speed(sentences: readonly BioSentence[]) {
  const time = (tagger: null | undefined) => {
    for (const s of sentences.slice(0, 50)) findEntities(s.text, { tagger });
    const start = process.cpuUsage();
    for (const s of sentences) findEntities(s.text, { tagger });
    const used = process.cpuUsage(start);
    return Math.round(sentences.length / ((used.user + used.system) / 1e6));
  };
  return { sentencesPerCpuSecondTagger: time(undefined), sentencesPerCpuSecondRules: time(null) };
}

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dataDir = opts.dataDir;
  const loadStart = performance.now();
  const shipped = shippedTagger();
  const loadMs = Math.round(performance.now() - loadStart);
  const splits = {
    'corpus/entities/regional-test.txt': readCorpus('regional-test.txt'),
    'nergrit_test_preprocess.txt': readNer(dataDir, 'nergrit_test_preprocess.txt'),
    'corpus/entities/regional-dev.txt': readCorpus('regional-dev.txt'),
    'idner-news-2k_dev.txt': readNer(dataDir, 'idner-news-2k_dev.txt'),
    'nergrit_valid_preprocess.txt': readNer(dataDir, 'nergrit_valid_preprocess.txt'),
  };
  const development = trainEntityTagger(dataDir, DEVELOPMENT_FILES).weights;
  const matrix: Record<string, Record<string, number>> = {};
  for (const [name, files] of Object.entries(MATRIX)) {
    const weights = trainEntityTagger(dataDir, files).weights;
    matrix[name] = Object.fromEntries(
      Object.entries(splits).map(([split, sentences]) => [
        split,
        scoreEntities(sentences, (text) => findEntities(text, { tagger: weights })).micro.f1,
      ]),
    );
  }
  const [regionalTest, nergritTest, regionalDev, idnerDev, nergritValid] = Object.entries(splits);
  const score = (entry: typeof regionalTest, role: string, weights: typeof shipped) =>
    scoreSplit(entry[1], entry[0], role, weights);
  return {
    test: {
      note: 'never read while developing; the shipped model did not train on them',
      splits: [score(regionalTest, 'test', shipped), score(nergritTest, 'test', shipped)],
    },
    development: {
      note: 'read while the rules were written or the features chosen: development scores, by the recipe trained without these splits',
      splits: [
        score(regionalDev, 'development', development),
        score(idnerDev, 'development', development),
        score(nergritValid, 'development', development),
      ],
    },
    crossDatasetMicroF1: matrix,
    modelLoadMs: loadMs,
    ...speed(splits['idner-news-2k_dev.txt']),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}
