// Monitored subjects end to end on both stores: articles are analysed as they arrive, the
// articles mentioning a subject carry the tone toward it, an analyst's correction wins, and a
// re-analysis after a new subject covers the articles already stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jsonLines, runCli } from './support/cli.ts';
import { crawlEnvironment } from './support/crawl-env.ts';
import type { NewsNetwork } from './support/news-network.ts';
import { DIALECTS } from './support/stores.ts';

interface SubjectArticle {
  articleId: number;
  url: string;
  tone: string;
  corrected: boolean;
}

describe.each(DIALECTS)('analysis on %s', (dialect) => {
  let network: NewsNetwork;
  let env: Record<string, string>;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ network, env, dispose } = await crawlEnvironment(dialect, {
      outlets: 2,
      articlesPerOutlet: 12,
      seed: 5,
      wireShare: 0.2,
    }));
  });
  afterAll(async () => dispose());

  test('subjects, tone toward them, corrections and re-analysis', { timeout: 120_000 }, async () => {
    const bad = await runCli(['subjects', 'add', '--name', 'Rusak', '--query', '("wali kota"'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Kueri subjek tidak valid pada posisi/);

    const added = await runCli(
      [
        'subjects',
        'add',
        '--name',
        'Wali Kota',
        '--kind',
        'leader',
        '--query',
        '"wali kota" OR arief',
        '--alias',
        'Pak Wali',
      ],
      env,
    );
    expect(added.code).toBe(0);
    for (const outlet of network.outlets)
      expect((await runCli(['sources', 'add', outlet.feedUrl], env)).code).toBe(0);
    expect((await runCli(['crawl', '--once'], env)).code).toBe(0);

    const exported = jsonLines<{ id: number; url: string; text: string; title: string }>(
      (await runCli(['export', '--format', 'jsonl'], env)).stdout,
    );
    const mentioning = exported.filter((a) => /wali kota|arief/i.test(`${a.title} ${a.text}`));
    expect(mentioning.length).toBeGreaterThan(0);
    const listed = jsonLines<SubjectArticle>(
      (await runCli(['subjects', 'articles', '1', '--json', '--limit', '100'], env)).stdout,
    );
    expect(new Set(listed.map((a) => a.articleId))).toEqual(new Set(mentioning.map((a) => a.id)));
    expect(listed.every((a) => ['positive', 'negative', 'neutral'].includes(a.tone) && !a.corrected)).toBe(
      true,
    );

    const target = listed[0];
    const newTone = target.tone === 'negative' ? 'positif' : 'negatif';
    const corrected = await runCli(
      ['correct', String(target.articleId), newTone, '--subject', '1', '--by', 'Rina (analis)'],
      env,
    );
    expect(corrected.stdout).toContain('disimpan oleh Rina (analis)');
    const after = jsonLines<SubjectArticle>(
      (await runCli(['subjects', 'articles', '1', '--json', '--limit', '100'], env)).stdout,
    );
    const again = after.find((a) => a.articleId === target.articleId);
    expect(again).toMatchObject({ tone: newTone === 'positif' ? 'positive' : 'negative', corrected: true });

    // A subject added later covers the stored articles once re-analysed; corrections survive it.
    const topic = await runCli(['subjects', 'add', '--name', 'Banjir', '--query', 'banjir OR genangan'], env);
    expect(topic.code).toBe(0);
    expect(jsonLines((await runCli(['subjects', 'articles', '2', '--json'], env)).stdout)).toEqual([]);
    const re = await runCli(['reanalyze'], env);
    console.log('REANALYZE', re.stderr);
    expect(re.stdout).toContain(`Selesai: ${exported.length} artikel dianalisis ulang.`);
    const floods = exported.filter((a) => /banjir|genangan/i.test(`${a.title} ${a.text}`));
    const listedFloods = jsonLines<SubjectArticle>(
      (await runCli(['subjects', 'articles', '2', '--json', '--limit', '100'], env)).stdout,
    );
    expect(listedFloods.length).toBe(floods.length);
    const still = jsonLines<SubjectArticle>(
      (await runCli(['subjects', 'articles', '1', '--json', '--limit', '100'], env)).stdout,
    );
    expect(still.find((a) => a.articleId === target.articleId)?.corrected).toBe(true);
  });
});
