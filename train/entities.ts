// Training the entity tagger that ships, and the scores its card reports. The tagger learns from
// national news (idner-news-2k), encyclopedic text (NERGrit) and regional news we wrote ourselves
// (corpus/entities/): regional government news is what Pantau's users read, and its bodies and
// places ("Dinas Kesehatan Kabupaten Garut", "Desa Cigedug") are rare in the public sets. News and
// regional news count twice: with all at equal weight the tagger followed NERGrit's conventions and
// lost on news; with the public sets alone it scored 0.72 on our regional dev set, with ours twice
// 0.91, while national news stayed where it was (bench/ner.ts prints the matrix).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../src/analyze/entities/index.ts';
import { type BioSentence, parseBio } from '../src/analyze/entities/tagger/bio.ts';
import { type EntityScore, scoreEntities } from '../src/analyze/entities/tagger/evaluate.ts';
import type { TaggerWeights } from '../src/analyze/entities/tagger/perceptron.ts';
import { trainingExamples, trainTagger } from '../src/analyze/entities/tagger/training.ts';
import { decodeTagger, encodeTagger } from '../src/analyze/entities/tagger/weights-file.ts';

export const TAGGER_EPOCHS = 8;
export const NEWS_WEIGHT = 2;
export const REGIONAL_WEIGHT = 2;

/** Our own labelled regional news (corpus/entities/), read from the repository. */
export const CORPUS = fileURLToPath(new URL('../corpus/entities/', import.meta.url));

export interface NerFiles {
  /** idner-news-2k files in the shared data folder. */
  news: string[];
  /** NERGrit files in the shared data folder. */
  encyclopedic: string[];
  /** Files under corpus/entities/. */
  regional: string[];
}

/** Training files of the shipped tagger: every split but the tests, which only score it. */
export const SHIPPED_FILES: NerFiles = {
  news: ['idner-news-2k_train.txt', 'idner-news-2k_dev.txt'],
  encyclopedic: ['nergrit_train_preprocess.txt', 'nergrit_valid_preprocess.txt'],
  regional: ['train/regional-a.txt', 'train/regional-b.txt', 'regional-dev.txt'],
};
/** The same recipe without the development splits, so they can score it. */
export const DEVELOPMENT_FILES: NerFiles = {
  news: ['idner-news-2k_train.txt'],
  encyclopedic: ['nergrit_train_preprocess.txt'],
  regional: ['train/regional-a.txt', 'train/regional-b.txt'],
};

export const readNer = (dataDir: string, file: string): BioSentence[] =>
  parseBio(readFileSync(resolve(dataDir, 'ner', file), 'utf8'));

export const readCorpus = (file: string): BioSentence[] =>
  parseBio(readFileSync(resolve(CORPUS, file), 'utf8'));

const repeat = <T>(items: T[], times: number): T[] => Array.from({ length: times }, () => items).flat();

/** Trained weights as they are after a round trip through the file: what the product runs. */
export function trainEntityTagger(
  dataDir: string,
  files: NerFiles,
): { weights: TaggerWeights; file: Uint8Array } {
  const fromData = (list: string[]) => list.flatMap((f) => readNer(dataDir, f)).flatMap(trainingExamples);
  const regional = files.regional.flatMap(readCorpus).flatMap(trainingExamples);
  const weights = trainTagger(
    [
      ...repeat(fromData(files.news), NEWS_WEIGHT),
      ...fromData(files.encyclopedic),
      ...repeat(regional, REGIONAL_WEIGHT),
    ],
    TAGGER_EPOCHS,
  );
  const file = encodeTagger(weights);
  return { weights: decodeTagger(file), file };
}

export interface EntityCardScore {
  split: string;
  description: string;
  sentences: number;
  tagger: EntityScore;
  rules: EntityScore;
}

/** Scores of the tagger and of the rules alone on a split of the shared data or of corpus/. */
export function scoreSplit(
  sentences: readonly BioSentence[],
  split: string,
  description: string,
  weights: TaggerWeights,
): EntityCardScore {
  return {
    split,
    description,
    sentences: sentences.length,
    tagger: scoreEntities(sentences, (text) => findEntities(text, { tagger: weights })),
    rules: scoreEntities(sentences, (text) => findEntities(text, { tagger: null })),
  };
}
