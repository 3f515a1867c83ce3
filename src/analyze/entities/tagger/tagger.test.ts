// The entity tagger learns names from labelled sentences and tags names it never saw by the words
// around them; its decoding never produces a tag sequence BIO forbids; training is repeatable.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../index.ts';
import { parseBio } from './bio.ts';
import { scoreEntities } from './evaluate.ts';
import { featureBucket, TAGGER_BUCKETS } from './features.ts';
import { decode, TAGS, type TaggerWeights } from './perceptron.ts';
import { trainingExamples, trainTagger } from './training.ts';

const PEOPLE = [
  'Sutrisno',
  'Wahyuningsih',
  'Darmanto',
  'Kusnadi',
  'Ratnasari',
  'Hartono',
  'Mulyadi',
  'Suparmi',
];
const VILLAGES = [
  'Wonokerto',
  'Sidomulyo',
  'Karanganyar',
  'Tegalsari',
  'Sumberrejo',
  'Kedungwaru',
  'Ngadirejo',
];

/** "Camat Sutrisno meninjau banjir di Wonokerto ." in the data sets' one-word-per-line BIO form. */
function sentence(person: string, village: string): string {
  const words: [string, string][] = [
    ['Camat', 'O'],
    [person, 'B-PER'],
    ['meninjau', 'O'],
    ['banjir', 'O'],
    ['di', 'O'],
    ['Desa', 'B-LOC'],
    [village, 'I-LOC'],
    ['.', 'O'],
  ];
  return words.map(([w, t]) => `${w}\t${t}`).join('\n');
}

const corpus = (people: string[], villages: string[]) =>
  parseBio(people.flatMap((p) => villages.map((v) => sentence(p, v))).join('\n\n'));

describe('the entity tagger', () => {
  const train = corpus(PEOPLE.slice(0, 6), VILLAGES.slice(0, 5));
  const weights = trainTagger(train.flatMap(trainingExamples), 5);

  it('tags names it never saw by the words around them', () => {
    const unseen = corpus(PEOPLE.slice(6), VILLAGES.slice(5));
    const found = findEntities('Camat Mulyadi meninjau banjir di Desa Ngadirejo.', { tagger: weights });
    expect(found.map((e) => [e.text, e.type])).toEqual([
      ['Mulyadi', 'PER'],
      ['Desa Ngadirejo', 'LOC'],
    ]);
    expect(scoreEntities(unseen, (text) => findEntities(text, { tagger: weights })).micro.f1).toBe(1);
  });

  it('gives the same weights for the same data', () => {
    const again = trainTagger(train.flatMap(trainingExamples), 5);
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(weights.weights.buffer))).toBe(true);
    expect([...again.transitions]).toEqual([...weights.transitions]);
  });

  it('never continues a name that was not opened', () => {
    // Weights that prefer I-PER everywhere: decoding must still open the name with B-PER.
    const bias = featureBucket('bias');
    const weights = new Float32Array(TAGGER_BUCKETS * TAGS.length);
    weights[bias * TAGS.length + TAGS.indexOf('I-PER')] = 5;
    weights[bias * TAGS.length + TAGS.indexOf('B-ORG')] = 1;
    const biased: TaggerWeights = { weights, transitions: new Float32Array((TAGS.length + 1) * TAGS.length) };
    const tags = decode(biased, Int32Array.of(bias, bias, bias), 1).map((k) => TAGS[k]);
    expect(tags[0]).not.toMatch(/^I-/);
    for (let i = 1; i < tags.length; i++)
      if (tags[i]?.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(tags[i]?.slice(2));
  });
});
