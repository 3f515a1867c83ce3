// The tone data sets by role: what the shipped model learns from, and the test splits it is scored
// on (never read while developing; scored for the model card and the benchmark).
import {
  aspectReviews,
  newsFixtureHeldOut,
  newsTest,
  newsTraining,
  smsa,
  type ToneRow,
} from './tone-data.ts';

export function toneTrainingSet(dataDir: string): ToneRow[] {
  return [
    ...newsTraining(),
    ...smsa(dataDir, 'train'),
    ...aspectReviews(dataDir, 'casa', 'train'),
    ...aspectReviews(dataDir, 'hoasa', 'train'),
  ];
}

export interface ToneTestSet {
  name: string;
  description: string;
  rows: ToneRow[];
}

export function toneTestSets(dataDir: string): ToneTestSet[] {
  return [
    {
      name: 'news-test',
      description:
        'berita (judul dan kalimat) ditulis kontributor Pantau, tidak pernah dibaca saat pengembangan',
      rows: newsTest(),
    },
    {
      name: 'news-fixture-heldout',
      description: 'kalimat berita uji leksikon (test/fixtures/tone/heldout.jsonl)',
      rows: newsFixtureHeldOut(),
    },
    { name: 'smsa-valid', description: 'SmSA, ulasan dan komentar (IndoNLU)', rows: smsa(dataDir, 'valid') },
    {
      name: 'casa-test',
      description: 'CASA, ulasan mobil (IndoNLU)',
      rows: aspectReviews(dataDir, 'casa', 'test'),
    },
    {
      name: 'hoasa-test',
      description: 'HoASA, ulasan hotel (IndoNLU)',
      rows: aspectReviews(dataDir, 'hoasa', 'test'),
    },
  ];
}
