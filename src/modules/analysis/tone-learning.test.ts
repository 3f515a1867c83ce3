// Analysts' tone corrections train the workspace's own model, which takes over from the lexicon
// only when it has enough corrections and validates better; then new articles get its verdict.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { correctTone } from '../corrections/corrections.service.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { findAnalysis } from './analysis.repo.ts';
import { analyzeStoredArticle } from './analysis.service.ts';
import { toneModelStatus } from './tone-learning.service.ts';

const PLACES = [
  'Cibiru',
  'Ujungberung',
  'Panyileukan',
  'Cinambo',
  'Arcamanik',
  'Antapani',
  'Mandalajati',
  'Sukasari',
];
const THINGS = ['saluran primer', 'pintu air', 'embung desa', 'bendung kecil', 'saluran sekunder'];

let t: TestStore;
let wsId = 0;
beforeEach(async () => {
  t = await openTestStore('sqlite');
  wsId = (await insertWorkspace(t.store, { slug: 'a', name: 'A', region: 'A', timeZone: 'WIB' })).id;
});
afterEach(async () => t.dispose());

async function storeArticle(text: string, n: number): Promise<number> {
  const [id] = await storeArticles(t.store, wsId, [{ url: `u${n}`, title: 'Laporan pengamat', text }]);
  return id;
}

test('the learnt model takes over only after enough corrections, with its validation shown', async () => {
  const pages = createPageAnalyser({ processes: 0 });
  let n = 0;
  const labelled: [string, string][] = [];
  for (const place of PLACES) {
    for (const thing of THINGS) {
      labelled.push([
        `Laporan pekan ini: ${thing} di ${place} berstatus hijau menurut petugas pengamat.`,
        'positif',
      ]);
      labelled.push([
        `Laporan pekan ini: ${thing} di ${place} berstatus merah menurut petugas pengamat.`,
        'negatif',
      ]);
    }
    labelled.push([
      `Laporan pekan ini: saluran di ${place} masih dalam pendataan petugas pengamat.`,
      'netral',
    ]);
    labelled.push([
      `Laporan pekan ini: embung di ${place} masih dalam pendataan petugas pengamat.`,
      'netral',
    ]);
  }
  const fresh = await storeArticle(
    'Laporan pekan ini: pintu air di Gedebage berstatus merah menurut petugas pengamat.',
    n++,
  );

  // Ten corrections are not enough: the lexicon decides, and the status says why.
  for (const [text, tone] of labelled.slice(0, 10)) {
    await correctTone(t.store, { articleId: await storeArticle(text, n++), tone, actor: 'Rina' });
  }
  expect((await toneModelStatus(t.store)).takesOver).toBe(false);
  await analyzeStoredArticle(t.store, pages, fresh);
  expect((await findAnalysis(t.store, fresh))?.tone.reasons.some((r) => r.rule.startsWith('model'))).toBe(
    false,
  );

  for (const [text, tone] of labelled.slice(10)) {
    await correctTone(t.store, { articleId: await storeArticle(text, n++), tone, actor: 'Rina' });
  }
  const status = await toneModelStatus(t.store);
  expect(status.corrections).toBe(labelled.length);
  expect(status.takesOver).toBe(true);
  expect(status.validation?.macroF1).toBeGreaterThan(status.validation?.lexicon.macroF1 ?? 1);

  await analyzeStoredArticle(t.store, pages, fresh);
  const analysis = await findAnalysis(t.store, fresh);
  expect(analysis?.tone.label).toBe('negative');
  expect(analysis?.tone.reasons.some((r) => r.rule.startsWith('model'))).toBe(true);
});
