// Named-entity benchmark: entity-level precision/recall/F1 of findEntities on the cased Indonesian
// NER sets (idner-news-2k dev and train, NERGrit test), read by path; run alone with `node --import tsx bench/ner.ts`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../src/analyze/entities/index.ts';
import { parseBio } from '../src/analyze/entities/tagger/bio.ts';
import { type EntityScore, scoreEntities } from '../src/analyze/entities/tagger/evaluate.ts';
import { trainingExamples, trainTagger } from '../src/analyze/entities/tagger/training.ts';

/** The rules' scores on a file, with their speed. */
function score(path: string) {
  const sentences = parseBio(readFileSync(path, 'utf8'));
  const started = performance.now();
  const result = scoreEntities(sentences, (text) => findEntities(text));
  const seconds = (performance.now() - started) / 1000;
  return { ...result, sentencesPerSecond: Math.round(sentences.length / seconds) };
}

/**
 * The trained entity tagger beside the rules: trained on the training splits only, scored on the
 * others. Which split was read while the rules were written is said with each score: a score there
 * is a development score, not a result.
 */
function taggerBesideRules(dir: string) {
  const read = (file: string) => parseBio(readFileSync(resolve(dir, file), 'utf8'));
  const started = performance.now();
  const examples = TAGGER_TRAIN.flatMap(read).flatMap(trainingExamples);
  const weights = trainTagger(examples, TAGGER_EPOCHS);
  const trainSeconds = Math.round((performance.now() - started) / 100) / 10;
  const splits: Record<string, { readByRuleWriters: boolean; tagger: EntityScore; rules: EntityScore }> = {};
  for (const [file, readByRuleWriters] of TAGGER_SCORED) {
    const sentences = read(file);
    splits[file] = {
      readByRuleWriters,
      tagger: scoreEntities(sentences, (text) => findEntities(text, { tagger: weights })),
      rules: scoreEntities(sentences, (text) => findEntities(text)),
    };
  }
  return {
    trainedOn: TAGGER_TRAIN,
    epochs: TAGGER_EPOCHS,
    trainSeconds,
    features: weights.features.size,
    splits,
  };
}

const TAGGER_TRAIN = ['idner-news-2k_train.txt', 'nergrit_train_preprocess.txt'];
const TAGGER_EPOCHS = 8;
/** Scored splits, and whether the rules' authors read them while writing the rules. */
const TAGGER_SCORED: [string, boolean][] = [
  ['nergrit_valid_preprocess.txt', false],
  ['nergrit_test_preprocess.txt', false],
  ['idner-news-2k_dev.txt', true],
];

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dir = resolve(opts.dataDir, 'ner');
  return {
    idnerNewsDev: score(resolve(dir, 'idner-news-2k_dev.txt')),
    // Both idner files have now been used for error analysis (dev first, train in the second round),
    // so neither is held out any more: NERGrit and new text are the check against rules fitting them.
    idnerNewsTrain: score(resolve(dir, 'idner-news-2k_train.txt')),
    nergritTest: score(resolve(dir, 'nergrit_test_preprocess.txt')),
    taggerBesideRules: taggerBesideRules(dir),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}
