// `--workspace SLUG` on the commands about one workspace's records, as an office with two regions
// uses it, on both stores: given the kabupaten, a command acts on the kabupaten's article, issue,
// story, source or alerts and finds none of the kota's (nothing of the kota changes); an unknown
// slug is named in a clear error; checking every workspace's alerts is the installation's, one
// workspace's is its monitoring team's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workspace } from '../../src/domain/workspace.ts';
import { systemCtx, withWorkspace } from '../../src/kernel/ctx.ts';
import { createPageAnalyser } from '../../src/kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle } from '../../src/modules/analysis/analysis.service.ts';
import { findArticle } from '../../src/modules/articles/articles.repo.ts';
import { currentCorrections } from '../../src/modules/corrections/corrections.repo.ts';
import { findIssueRow, findMembership } from '../../src/modules/issues/issues.repo.ts';
import { addSource, listSources } from '../../src/modules/sources/sources.service.ts';
import { insertSubject } from '../../src/modules/subjects/subjects.repo.ts';
import { buildUser, buildWorkspace } from '../factories/index.ts';
import { storeArticles } from '../support/articles.ts';
import { runCli } from '../support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

// Each `pantau` process takes seconds on a loaded machine.
const SLOW = { timeout: 300_000 };
const ANALYST = 'analis@kab-sukamaju.example';

describe.each(DIALECTS)('--workspace on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);
  let kota: Workspace;
  let kab: Workspace;
  const ids = { kotaArticle: 0, kabArticle: 0, kotaIssue: 0, kabIssue: 0, kotaStory: 0, kotaSource: 0 };

  beforeAll(async () => {
    t = await openTestStore(dialect);
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    kota = await buildWorkspace(t.store, { slug: 'kota', name: 'Pemerintah Kota Sukamaju' });
    kab = await buildWorkspace(t.store, { slug: 'kab', name: 'Pemerintah Kabupaten Sukamaju' });
    await buildUser(t.store, { role: 'analyst', workspace: kab, email: ANALYST, name: 'Sari' });
    await insertSubject(t.store, {
      workspaceId: kota.id,
      name: 'Wali Kota',
      kind: 'leader',
      query: '"wali kota"',
    });
    await insertSubject(t.store, { workspaceId: kab.id, name: 'Bupati', kind: 'leader', query: 'bupati' });
    [ids.kotaArticle] = await storeArticles(t.store, kota.id, [
      {
        url: 'https://warta-kota.example/genangan-merdeka',
        title: 'Wali Kota tinjau genangan di Jalan Merdeka',
        text: 'Wali Kota Sukamaju meninjau genangan di Jalan Merdeka. Warga mengeluhkan saluran air yang tersumbat sejak pekan lalu.',
        publishedAt: new Date().toISOString(),
      },
    ]);
    [ids.kabArticle] = await storeArticles(t.store, kab.id, [
      {
        url: 'https://suara-kab.example/jembatan-cibeureum',
        title: 'Bupati resmikan jembatan Cibeureum',
        text: 'Bupati Sukamaju meresmikan jembatan baru di Desa Cibeureum. Jembatan itu menghubungkan dua kecamatan.',
        publishedAt: new Date().toISOString(),
      },
    ]);
    const pages = createPageAnalyser({ processes: 0 });
    await analyzeStoredArticle(t.store, pages, ids.kotaArticle);
    await analyzeStoredArticle(t.store, pages, ids.kabArticle);
    await pages.close();
    ids.kotaIssue = (await findMembership(t.store.db, ids.kotaArticle))?.issueId as number;
    ids.kabIssue = (await findMembership(t.store.db, ids.kabArticle))?.issueId as number;
    ids.kotaStory = (await findArticle(t.store, ids.kotaArticle))?.storyId as number;
    ids.kotaSource = (
      await addSource(withWorkspace(systemCtx(t.store), kota), { url: 'https://warta-kota.example/rss' })
    ).id;
    expect(ids.kotaIssue).toBeGreaterThan(0);
    expect(ids.kotaStory).toBeGreaterThan(0);
  });
  afterAll(async () => t.dispose());

  test("given --workspace kab, commands find the kab's records and none of the kota's", SLOW, async () => {
    const foreign = await cli('analysis', String(ids.kotaArticle), '--workspace', 'kab');
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(`Artikel #${ids.kotaArticle} tidak ditemukan`);
    const own = await cli('analysis', String(ids.kabArticle), '--workspace', 'kab');
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toContain(`Artikel #${ids.kabArticle}`);

    const wrongTone = await cli('correct', String(ids.kotaArticle), 'positif', '--workspace', 'kab');
    expect(wrongTone.code).toBe(1);
    expect(wrongTone.stderr).toContain('tidak ditemukan');
    expect(await currentCorrections(t.store, ids.kotaArticle)).toEqual([]);
    const tone = await cli('correct', String(ids.kabArticle), 'negatif', '--workspace', 'kab');
    expect(tone.code, tone.stderr).toBe(0);
    expect((await currentCorrections(t.store, ids.kabArticle)).map((c) => [c.kind, c.value])).toEqual([
      ['tone', 'negative'],
    ]);

    const kotaLabel = (await findIssueRow(t.store.db, ids.kotaIssue))?.label;
    const wrongIssue = await cli('issues', 'rename', String(ids.kotaIssue), 'Genangan', '--workspace', 'kab');
    expect(wrongIssue.code).toBe(1);
    expect(wrongIssue.stderr).toContain(`Isu #${ids.kotaIssue} tidak ditemukan`);
    expect((await findIssueRow(t.store.db, ids.kotaIssue))?.label).toBe(kotaLabel);
    const renamed = await cli(
      'issues',
      'rename',
      String(ids.kabIssue),
      'Jembatan',
      'Cibeureum',
      '--workspace',
      'kab',
    );
    expect(renamed.code, renamed.stderr).toBe(0);
    expect((await findIssueRow(t.store.db, ids.kabIssue))?.label).toBe('Jembatan Cibeureum');

    const story = await cli('stories', 'show', String(ids.kotaStory), '--workspace', 'kab');
    expect(story.code).toBe(1);
    expect(story.stderr).toContain(`Cerita #${ids.kotaStory} tidak ditemukan`);

    const source = await cli('sources', 'remove', String(ids.kotaSource), '--workspace', 'kab');
    expect(source.code).toBe(1);
    expect((await listSources(systemCtx(t.store), 'kota')).map((s) => s.id)).toEqual([ids.kotaSource]);
  });

  test(
    "`alerts check --workspace kab` checks the kab's subjects only; every workspace is for administrators",
    SLOW,
    async () => {
      const everywhere = await cli('alerts', 'check', '--as', ANALYST);
      expect(everywhere.code).toBe(1);
      expect(everywhere.stderr).toContain('tidak mengizinkan alerts.check');

      const checked = await cli('alerts', 'check', '--workspace', 'kab', '--as', ANALYST);
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.stdout).toContain('Subjek: Bupati');
      expect(checked.stdout).not.toContain('Wali Kota');
      const states = await t.store.db
        .selectFrom('alert_state')
        .select(['workspace_id', 'scope_type'])
        .execute();
      expect(states.filter((s) => s.workspace_id === kota.id)).toEqual([]);
      expect(states.filter((s) => s.workspace_id === kab.id && s.scope_type === 'subject')).toHaveLength(1);
    },
  );

  test('an unknown workspace is a clear error naming it', SLOW, async () => {
    for (const args of [
      ['tone-model', '--workspace', 'tidak-ada'],
      ['issues', 'show', String(ids.kabIssue), '--workspace', 'tidak-ada'],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('Workspace "tidak-ada" tidak ditemukan');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
