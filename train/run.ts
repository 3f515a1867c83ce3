// `npm run train -- --data ../shared/data`: rebuilds every model Pantau ships, deterministically
// (same data, same bytes), and writes each model's card with its scores on the untouched test
// splits beside the method it replaces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { SHIPPED_TONE_MODEL } from '../src/analyze/tone/model/shipped.ts';
import { encodeWeights } from '../src/analyze/tone/model/weights-file.ts';
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
const modelFile = options.out ? join(resolve(options.out), basename(SHIPPED_TONE_MODEL)) : SHIPPED_TONE_MODEL;

const started = performance.now();
const training = toneTrainingSet(dataDir);
console.log(`Nada: melatih dari ${training.length} contoh…`);
const model = trainTone(training);
const file = encodeWeights(model);
mkdirSync(dirname(modelFile), { recursive: true });
writeFileSync(modelFile, file);
const scores = toneTestSets(dataDir).map((set) => ({
  set,
  model: scoreRows(set.rows, model),
  lexicon: scoreRows(set.rows, null),
}));
writeFileSync(modelFile.replace(/\.bin\.gz$/, '.md'), toneModelCard(training, scores, file.length));
for (const s of scores) {
  console.log(`  ${s.set.name}: macro-F1 ${s.model.macroF1} (leksikon ${s.lexicon.macroF1})`);
}
console.log(
  `Nada: ${modelFile} (${(file.length / 1024).toFixed(0)} KB) dalam ${Math.round((performance.now() - started) / 1000)} detik`,
);
