// `npm run train -- --data ../shared/data`: rebuilds every model Pantau ships, deterministically
// (same data, same bytes), and writes each model's card with its scores on the untouched test
// splits beside the method it replaces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { SHIPPED_ENTITY_MODEL } from '../src/analyze/entities/tagger/shipped.ts';
import { SHIPPED_TONE_MODEL } from '../src/analyze/tone/model/shipped.ts';
import type { ToneWeights } from '../src/analyze/tone/model/softmax.ts';
import { encodeWeights } from '../src/analyze/tone/model/weights-file.ts';
import { SHIPPED_TARGET_TONE_MODEL } from '../src/analyze/tone/target/shipped.ts';
import {
  DEVELOPMENT_FILES,
  readCorpus,
  readNer,
  SHIPPED_FILES,
  scoreSplit,
  trainEntityTagger,
} from './entities.ts';
import { entityModelCard } from './entities-card.ts';
import { scoreTargetRows, targetSplit, targetTraining, trainTargetTone } from './target-tone.ts';
import { targetToneCard } from './target-tone-card.ts';
import { scoreRows, trainTone } from './tone.ts';
import { toneModelCard } from './tone-card.ts';
import { toneTestSets, toneTrainingSet } from './tone-sets.ts';

const program = new Command('train')
  .description('Latih ulang model yang dikirim bersama Pantau')
  .requiredOption('--data <dir>', 'folder data bersama (mis. ../shared/data)')
  .option('--out <dir>', 'tulis model ke folder ini, bukan ke models/ (untuk membandingkan)')
  .parse();
const options = program.opts<{ data: string; out?: string }>();
const dataDir = resolve(options.data);
const target = (shipped: string) => (options.out ? join(resolve(options.out), basename(shipped)) : shipped);
const card = (modelFile: string) => modelFile.replace(/\.bin\.gz$/, '.md');
const seconds = (since: number) => Math.round((performance.now() - since) / 1000);

function write(file: string, content: Uint8Array | string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function tone(): ToneWeights {
  const started = performance.now();
  const modelFile = target(SHIPPED_TONE_MODEL);
  const training = toneTrainingSet(dataDir);
  console.log(`Nada: melatih dari ${training.length} contoh…`);
  const model = trainTone(training);
  const file = encodeWeights(model);
  write(modelFile, file);
  const scores = toneTestSets(dataDir).map((set) => ({
    set,
    model: scoreRows(set.rows, model),
    lexicon: scoreRows(set.rows, null),
  }));
  write(card(modelFile), toneModelCard(training, scores, file.length));
  for (const s of scores) {
    console.log(`  ${s.set.name}: macro-F1 ${s.model.macroF1} (leksikon ${s.lexicon.macroF1})`);
  }
  console.log(`Nada: ${modelFile} (${(file.length / 1024).toFixed(0)} KB) dalam ${seconds(started)} detik`);
  return model;
}

/** Over the text tone model trained in the same run, whose reading it refines. */
function targetTone(toneModel: ToneWeights): void {
  const started = performance.now();
  const modelFile = target(SHIPPED_TARGET_TONE_MODEL);
  const training = targetTraining();
  console.log(`Nada terhadap subjek: melatih dari ${training.length} contoh…`);
  const model = trainTargetTone(training, toneModel);
  const file = encodeWeights(model);
  write(modelFile, file);
  const scores = [
    { name: 'corpus/tone/target-test.jsonl', role: 'uji', rows: targetSplit('target-test.jsonl') },
    { name: 'corpus/tone/target-dev.jsonl', role: 'pengembangan', rows: targetSplit('target-dev.jsonl') },
  ].map(({ name, role, rows }) => ({ name, role, scores: scoreTargetRows(rows, toneModel, model) }));
  write(card(modelFile), targetToneCard(training, scores, file.length));
  for (const s of scores)
    console.log(
      `  ${s.name}: macro-F1 ${s.scores.model.macroF1} (bacaan berbobot klausa ${s.scores.reading.macroF1})`,
    );
  console.log(
    `Nada terhadap subjek: ${modelFile} (${(file.length / 1024).toFixed(0)} KB) dalam ${seconds(started)} detik`,
  );
}

function entities(): void {
  const started = performance.now();
  const modelFile = target(SHIPPED_ENTITY_MODEL);
  console.log('Entitas: melatih penanda…');
  const shipped = trainEntityTagger(dataDir, SHIPPED_FILES);
  write(modelFile, shipped.file);
  const development = trainEntityTagger(dataDir, DEVELOPMENT_FILES).weights;
  const scores = [
    scoreSplit(
      readCorpus('regional-test.txt'),
      'corpus/entities/regional-test.txt',
      'uji (model yang dikirim)',
      shipped.weights,
    ),
    scoreSplit(
      readNer(dataDir, 'nergrit_test_preprocess.txt'),
      'nergrit_test_preprocess.txt',
      'uji (model yang dikirim)',
      shipped.weights,
    ),
    scoreSplit(
      readCorpus('regional-dev.txt'),
      'corpus/entities/regional-dev.txt',
      'pengembangan (model tanpa dev)',
      development,
    ),
    scoreSplit(
      readNer(dataDir, 'idner-news-2k_dev.txt'),
      'idner-news-2k_dev.txt',
      'pengembangan (model tanpa dev)',
      development,
    ),
  ];
  write(
    card(modelFile),
    entityModelCard(
      scores,
      shipped.file.length,
      shipped.weights.weights.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0),
    ),
  );
  for (const s of scores) console.log(`  ${s.split}: F1 ${s.tagger.micro.f1} (aturan ${s.rules.micro.f1})`);
  console.log(
    `Entitas: ${modelFile} (${(shipped.file.length / 1024).toFixed(0)} KB) dalam ${seconds(started)} detik`,
  );
}

targetTone(tone());
entities();
