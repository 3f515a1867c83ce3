// Development scores for the tone model, never touching the test splits: k-fold over our news
// training sentences (the reviews always in the training part), and the reviews' validation files.
import { fileURLToPath } from 'node:url';
import { argmaxScores, scoreRows, trainTone } from './tone.ts';
import { aspectReviews, newsFixtureHeldOut, newsTraining, smsa, type ToneRow } from './tone-data.ts';

const dataDir = process.argv[2] ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const news = newsTraining();
const reviews = [
  ...smsa(dataDir, 'train'),
  ...aspectReviews(dataDir, 'casa', 'train'),
  ...aspectReviews(dataDir, 'hoasa', 'train'),
];
const FOLDS = 5;
const gold: ToneRow[] = [];
const got: ToneRow[] = [];
let t = performance.now();
const foldScores: number[] = [];
const argmax: number[] = [];
for (let k = 0; k < FOLDS; k++) {
  const test = news.filter((_, i) => i % FOLDS === k);
  const model = trainTone([...news.filter((_, i) => i % FOLDS !== k), ...reviews]);
  const s = scoreRows(test, model);
  foldScores.push(s.macroF1);
  argmax.push(argmaxScores(test, model).macroF1);
  gold.push(...test);
  got.push(...test);
}
console.log('argmax k-fold', argmax);
console.log(
  'news k-fold macroF1 per fold',
  foldScores,
  'mean',
  (foldScores.reduce((a, b) => a + b) / FOLDS).toFixed(3),
  `${Math.round(performance.now() - t)} ms`,
);
t = performance.now();
const full = trainTone([...news, ...reviews]);
console.log('train all', Math.round(performance.now() - t), 'ms');
console.log('lexicon news train', scoreRows(news, null).macroF1);
console.log(
  'fixture heldout model',
  scoreRows(newsFixtureHeldOut(), full).macroF1,
  'argmax',
  argmaxScores(newsFixtureHeldOut(), full).macroF1,
  'lexicon',
  scoreRows(newsFixtureHeldOut(), null).macroF1,
);
for (const set of ['casa', 'hoasa'] as const) {
  const rows = aspectReviews(dataDir, set, 'valid');
  console.log(
    set,
    'valid model',
    scoreRows(rows, full).macroF1,
    'argmax',
    argmaxScores(rows, full).macroF1,
    'lexicon',
    scoreRows(rows, null).macroF1,
  );
}
