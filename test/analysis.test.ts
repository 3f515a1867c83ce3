// Monitored subjects end to end on both stores: articles are analysed as they arrive, the
// articles mentioning a subject carry the tone toward it, an analyst's correction wins, and a
// re-analysis after a new subject covers the articles already stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NewsNetwork } from '../fixtures/news-network.ts';
import { openStore } from '../src/kernel/db/connect.ts';
import { findMembership } from '../src/modules/issues/issues.repo.ts';
import { jsonLines, runCli } from './support/cli.ts';
import { crawlEnvironment } from './support/crawl-env.ts';
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
    // An installation starts with its workspace made on purpose, as the README does.
    const ws = await runCli(['workspace', 'create', '--name', 'Kota Sukamaju', '--region', 'Sukamaju'], env);
    expect(ws.code, ws.stderr).toBe(0);
    // The analysts the commands act as: who corrects or edits is a user, not a typed name.
    for (const [email, name] of [
      ['rina.analis@humas.example', 'Rina (analis)'],
      ['rina@humas.example', 'Rina'],
    ]) {
      const made = await runCli(
        ['users', 'create', '--email', email, '--name', name, '--role', 'analyst'],
        env,
      );
      expect(made.code, made.stderr).toBe(0);
    }
  });
  afterAll(async () => dispose());

  test('subjects, tone toward them, corrections and re-analysis', { timeout: 240_000 }, async () => {
    const bad = await runCli(['subjects', 'add', '--name', 'Rusak', '--query', '("wali kota"'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Kueri tidak valid pada posisi/);

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
      ['correct', String(target.articleId), newTone, '--subject', '1', '--as', 'rina.analis@humas.example'],
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
  test('every article lands in one issue; copies of a story share it; analysts rename and move', {
    timeout: 240_000,
  }, async () => {
    if (network.outlets.length > 0 && (await runCli(['crawl', '--once'], env)).code !== 0)
      throw new Error('crawl failed');
    const exported = jsonLines<{ id: number; storyId: number | null }>(
      (await runCli(['export', '--format', 'jsonl'], env)).stdout,
    );
    const listed = jsonLines<{ id: number; articleCount: number; label: string }>(
      (await runCli(['issues', 'list', '--json', '--days', '3650', '--min', '1', '--limit', '1000'], env))
        .stdout,
    );
    expect(listed.reduce((n, i) => n + i.articleCount, 0)).toBe(exported.length);
    const show = async (id: number) =>
      JSON.parse((await runCli(['issues', 'show', String(id), '--json'], env)).stdout) as {
        id: number;
        label: string;
        manual: boolean;
        articles: { articleId: number; pinned: boolean }[];
      };
    // Where each article was filed, read from the store the commands wrote.
    const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.PANTAU_DATA_DIR });
    const issueOf = new Map<number, number>();
    try {
      for (const a of exported) {
        const membership = await findMembership(store.db, a.id);
        if (membership) issueOf.set(a.id, membership.issueId);
      }
    } finally {
      await store.close();
    }
    expect(issueOf.size).toBe(exported.length);
    const stories = new Map<number, Set<number>>();
    for (const a of exported) {
      if (a.storyId === null) continue;
      const set = stories.get(a.storyId) ?? new Set<number>();
      set.add(issueOf.get(a.id) as number);
      stories.set(a.storyId, set);
    }
    for (const issues of stories.values()) expect(issues.size).toBe(1);

    const [a, b] = listed;
    const renamed = await runCli(
      ['issues', 'rename', String(a.id), 'Banjir', 'dan', 'genangan', '--as', 'rina@humas.example'],
      env,
    );
    expect(renamed.stdout).toContain('sekarang bernama: Banjir dan genangan');
    const moving = (await show(b.id)).articles[0].articleId;
    const moved = await runCli(
      ['issues', 'move', String(moving), String(a.id), '--as', 'rina@humas.example'],
      env,
    );
    expect(moved.code).toBe(0);
    expect((await runCli(['reanalyze'], env)).code).toBe(0);
    const after = await show(a.id);
    expect(after).toMatchObject({ label: 'Banjir dan genangan', manual: true });
    expect(after.articles.find((x) => x.articleId === moving)?.pinned).toBe(true);
    const analysed = JSON.parse((await runCli(['analysis', String(moving), '--json'], env)).stdout);
    expect(analysed.issue).toMatchObject({ id: a.id, label: 'Banjir dan genangan', pinned: true });
    // The article may also carry a tone correction from the test before; the move is one correction.
    expect(analysed.corrections.filter((c: { kind: string }) => c.kind === 'issue')).toEqual([
      expect.objectContaining({ kind: 'issue', value: a.id, actor: 'Rina' }),
    ]);
    const unknown = await runCli(
      ['issues', 'move', String(moving), '999999', '--as', 'rina@humas.example'],
      env,
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Isu #999999 tidak ditemukan/);
  });
});
