// `pantau correct` and `pantau analysis` as an analyst uses them: the tone form keeps working, the
// analysis lists the spans to cite, entity / speaker / subject corrections show up where users look,
// and bad input is refused with a clear line and exit code 2.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { jsonLines, runCli } from '../../../test/support/cli.ts';
import { openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';

const TEXT =
  'Wali Kota Sukamaju Arief Wicaksono meninjau Pasar Kembang bersama Dinas Pekerjaan Umum. ' +
  '"Perbaikan jalan selesai bulan depan," kata Arief. Warga Kampung Duri Selatan mengeluhkan genangan.';
const OTHER = 'Banjir rob merendam permukiman nelayan di pesisir utara sejak Senin malam.';

function span(phrase: string) {
  const start = TEXT.indexOf(phrase);
  return `${start}:${start + phrase.length}`;
}

describe('pantau correct and pantau analysis', () => {
  let t: TestStore;
  let env: Record<string, string>;
  let market = 0;
  let flood = 0;
  let subjectId = 0;

  beforeAll(async () => {
    t = await openTestStore('sqlite');
    env = { PANTAU_DATA_DIR: t.dataDir };
    const ws = await buildWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota',
      region: 'Kota',
      timeZone: 'WIB',
    });
    // The analysts the commands act as (`--as`): who corrects is a user, not a typed name.
    await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina', email: 'rina@humas.example' });
    await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Budi', email: 'budi@humas.example' });
    subjectId = (
      await insertSubject(t.store, {
        workspaceId: ws.id,
        name: 'Wali Kota',
        kind: 'leader',
        query: '"wali kota"',
      })
    ).id;
    [market, flood] = await storeArticles(t.store, ws.id, [
      { url: 'https://warta.example/pasar', title: 'Wali Kota tinjau pasar', text: TEXT },
      { url: 'https://warta.example/rob', title: 'Banjir rob', text: OTHER },
    ]);
    const pages = createPageAnalyser({ processes: 0 });
    await analyzeStoredArticle(t.store, pages, market);
    await analyzeStoredArticle(t.store, pages, flood);
  });
  afterAll(async () => t.dispose());

  test('the analysis shows spans; entity and speaker corrections appear in it', {
    timeout: 180_000,
  }, async () => {
    const shown = await runCli(['analysis', String(market)], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${span('Pasar Kembang')}\tLOC\tPasar Kembang\n`);
    expect(shown.stdout).toContain(span('Perbaikan jalan selesai bulan depan'));

    const retyped = await runCli(
      [
        'correct',
        String(market),
        '--entity',
        span('Pasar Kembang'),
        '--type',
        'ORG',
        '--canonical',
        'UPT Pasar Kembang',
        '--as',
        'rina@humas.example',
      ],
      env,
    );
    expect(retyped.code).toBe(0);
    expect(retyped.stdout).toMatch(
      /disimpan oleh Rina .*"Pasar Kembang" \(\d+:\d+\) ORG → UPT Pasar Kembang/,
    );
    const removed = await runCli(
      [
        'correct',
        String(market),
        '--entity',
        span('Dinas Pekerjaan Umum'),
        '--not-entity',
        '--as',
        'rina@humas.example',
      ],
      env,
    );
    expect(removed.code).toBe(0);
    const speaker = await runCli(
      [
        'correct',
        String(market),
        '--quote',
        span('Perbaikan jalan selesai bulan depan'),
        '--speaker',
        'Arief Wicaksono',
        '--as',
        'budi@humas.example',
      ],
      env,
    );
    expect(speaker.code).toBe(0);

    const after = await runCli(['analysis', String(market)], env);
    expect(after.stdout).toContain(
      `${span('Pasar Kembang')}\tORG\tPasar Kembang → UPT Pasar Kembang (dikoreksi)`,
    );
    expect(after.stdout).not.toContain('\tDinas Pekerjaan Umum');
    expect(after.stdout).toContain(
      `${span('Perbaikan jalan selesai bulan depan')}\tArief Wicaksono (dikoreksi)`,
    );
    expect(after.stdout).toMatch(/Koreksi \(3\):/);
    const json = JSON.parse((await runCli(['analysis', String(market), '--json'], env)).stdout);
    expect(json.quotes[0]).toMatchObject({ speaker: 'Arief Wicaksono', corrected: true });
  });

  test('tone and subject-match corrections; the tone form still works', { timeout: 180_000 }, async () => {
    const tone = await runCli(['correct', String(market), 'negatif', '--as', 'rina@humas.example'], env);
    expect(tone.code).toBe(0);
    expect(tone.stdout).toContain('nada negatif');
    expect((await runCli(['analysis', String(market)], env)).stdout).toContain('Nada: negatif (dikoreksi)');

    const list = async () =>
      jsonLines<{ articleId: number; matchCorrected: boolean }>(
        (await runCli(['subjects', 'articles', String(subjectId), '--json'], env)).stdout,
      );
    expect((await list()).map((a) => a.articleId)).toEqual([market]);
    expect(
      (
        await runCli(
          [
            'correct',
            String(market),
            '--subject',
            String(subjectId),
            '--match',
            'tidak',
            '--as',
            'rina@humas.example',
          ],
          env,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await runCli(
          [
            'correct',
            String(flood),
            '--subject',
            String(subjectId),
            '--match',
            'ya',
            '--as',
            'rina@humas.example',
          ],
          env,
        )
      ).code,
    ).toBe(0);
    expect(await list()).toMatchObject([{ articleId: flood, matchCorrected: true }]);
    const text = await runCli(['subjects', 'articles', String(subjectId)], env);
    expect(text.stdout).toContain('(ditambahkan analis)');
  });

  test('pantau periksa lists the articles to check first, not those already corrected', {
    timeout: 180_000,
  }, async () => {
    // The market article's tone was corrected above; the flood article's was not.
    const queue = await runCli(['periksa', '--json', '--as', 'rina@humas.example'], env);
    expect(queue.code).toBe(0);
    const items = jsonLines<{ articleId: number; why: string }>(queue.stdout);
    expect(items.map((i) => i.articleId)).toEqual([flood]);
    expect(items[0].why).toContain('dekat batas');
    const text = await runCli(['periksa', '--as', 'rina@humas.example'], env);
    expect(text.stdout).toContain(`#${flood}`);
    expect(text.stdout).toContain('pantau correct <id>');
    const bad = await runCli(['periksa', '--limit', 'nol', '--as', 'rina@humas.example'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit');
  });

  test('bad corrections exit 2 with a reason', { timeout: 180_000 }, async () => {
    const cases: [string[], RegExp][] = [
      [['correct', String(market), '--as', 'rina@humas.example'], /tepat satu koreksi/],
      [
        [
          'correct',
          String(market),
          'positif',
          '--entity',
          '0:4',
          '--type',
          'PER',
          '--as',
          'rina@humas.example',
        ],
        /tepat satu koreksi/,
      ],
      [
        ['correct', String(market), '--entity', 'dua:tiga', '--type', 'PER', '--as', 'rina@humas.example'],
        /AWAL:AKHIR/,
      ],
      [
        ['correct', String(market), '--entity', '0:99999', '--type', 'PER', '--as', 'rina@humas.example'],
        /di luar teks/,
      ],
      [
        [
          'correct',
          String(market),
          '--entity',
          span('meninjau'),
          '--not-entity',
          '--as',
          'rina@humas.example',
        ],
        /Tidak ada entitas/,
      ],
      [
        ['correct', String(market), '--quote', '1:5', '--speaker', 'X', '--as', 'rina@humas.example'],
        /Tidak ada kutipan/,
      ],
      [
        [
          'correct',
          String(market),
          '--quote',
          span('Perbaikan jalan selesai bulan depan'),
          '--as',
          'rina@humas.example',
        ],
        /--speaker/,
      ],
      [['correct', String(market), '--match', 'ya', '--as', 'rina@humas.example'], /--subject/],
      [
        [
          'correct',
          String(market),
          '--subject',
          String(subjectId),
          '--match',
          'mungkin',
          '--as',
          'rina@humas.example',
        ],
        /ya atau tidak/,
      ],
      [['correct', String(market), 'bagus', '--as', 'rina@humas.example'], /positif, negatif atau netral/],
    ];
    for (const [args, reason] of cases) {
      const r = await runCli(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(reason);
    }
    const missing = await runCli(
      ['correct', '99999', '--subject', String(subjectId), '--match', 'ya', '--as', 'rina@humas.example'],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak ditemukan');
  });
});
