// Issues end to end on both stores: stored articles analysed by the pipeline fall into the issues an
// analyst would expect, stay put when re-analysed, and analysts' edits (move, split, merge, rename,
// lock) are kept with who did them; a second process sees the first one's issues at once.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { issueInput } from '../../analyze/issues/fixtures-input.ts';
import {
  ALL_FIXTURES,
  CORRUPTION_CASE,
  FLOOD_APRIL,
  FLOOD_MARCH,
  ROAD_REPAIR,
} from '../../analyze/keyphrases/news-fixtures.ts';
import { openStore, type Store } from '../../kernel/db/connect.ts';
import { createPageAnalyser, type PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle, reanalyzeWorkspace } from '../analysis/analysis.service.ts';
import { currentCorrections } from '../corrections/corrections.repo.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import {
  lockIssue,
  mergeIssues,
  moveArticleToIssue,
  renameIssue,
  splitIssue,
} from './issue-edits.service.ts';
import { fileArticleInIssue } from './issue-filing.service.ts';
import { findMembership } from './issues.repo.ts';
import { listIssues, showIssue } from './issues.service.ts';

describe.each(DIALECTS)('issues on %s', (dialect) => {
  let t: TestStore;
  let pages: PageAnalyser;
  let wsId = 0;
  /** Fixture id → stored article id. */
  const ids = new Map<string, number>();

  beforeEach(async () => {
    t = await openTestStore(dialect);
    pages = createPageAnalyser({ processes: 0 });
    wsId = (
      await insertWorkspace(t.store, { slug: 'kota', name: 'Kota', region: 'Sukamaju', timeZone: 'WIB' })
    ).id;
    // Publication order, as the crawler would bring them in.
    const ordered = [...ALL_FIXTURES].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const stored = await storeArticles(
      t.store,
      wsId,
      ordered.map((f) => ({
        url: `https://berita.test/${f.id}`,
        title: f.title,
        text: f.text,
        outlet: f.outlet,
        publishedAt: new Date(f.publishedAt).toISOString(),
      })),
    );
    ids.clear();
    for (const [i, f] of ordered.entries()) ids.set(f.id, stored[i]);
    for (const id of stored) await analyzeStoredArticle(t.store, pages, id);
  });
  afterEach(async () => {
    await pages.close();
    await t.dispose();
  });

  const issueOf = async (fixtureId: string) =>
    (await findMembership(t.store.db, ids.get(fixtureId) as number))?.issueId;

  test('groups a five-story corruption case into one issue, apart from floods and road works', async () => {
    const corruption = new Set(await Promise.all(CORRUPTION_CASE.map((f) => issueOf(f.id))));
    expect(corruption.size).toBe(1);
    const [caseId] = corruption;
    expect(await issueOf(FLOOD_MARCH.id)).not.toBe(caseId);
    expect(await issueOf(FLOOD_MARCH.id)).not.toBe(await issueOf(FLOOD_APRIL.id));
    expect(await issueOf(FLOOD_MARCH.id)).not.toBe(await issueOf(ROAD_REPAIR.id));

    const list = await listIssues(t.store, { days: 3650, minArticles: 2 });
    expect(list.map((i) => i.id)).toEqual([caseId]);
    expect(list[0].label).toMatch(/hibah/i);
    expect(list[0].tones.negative).toBeGreaterThanOrEqual(4);

    const issue = await showIssue(t.store, caseId as number);
    expect(issue.articleCount).toBe(5);
    expect(issue.articles.map((a) => a.title)).toContain(CORRUPTION_CASE[0].title);
    expect(issue.topOutlets[0].articles).toBe(2);
    // The summary is one member's own summary, in its words.
    expect(issue.summary.length).toBeGreaterThan(40);
    const central = CORRUPTION_CASE.find((f) => ids.get(f.id) === issue.summaryFrom);
    expect(central?.text).toContain(issue.summary.split(/(?<=\.)\s/)[0].slice(0, 30));
    // One bar per WIB day from the first to the last story, quiet days included.
    expect(issue.timeline[0].period).toBe('2025-05-06');
    expect(issue.timeline.reduce((n, b) => n + b.articles, 0)).toBe(5);
    expect(issue.timeline.some((b) => b.articles === 0)).toBe(true);
  });

  test('articles arriving together are filed as they would be one at a time; one that cannot be stored fails alone', async () => {
    const ordered = [...ALL_FIXTURES].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const workspaceWithNews = async (slug: string) => {
      const id = (await insertWorkspace(t.store, { slug, name: slug, region: 'Sukamaju', timeZone: 'WIB' }))
        .id;
      const articleIds = await storeArticles(
        t.store,
        id,
        ordered.map((f) => ({
          url: `https://berita.test/${f.id}`,
          title: f.title,
          text: f.text,
          outlet: f.outlet,
        })),
      );
      const filings = ordered.map((f, i) => {
        const { id: _fixture, ...input } = issueInput(f);
        return { ...input, articleId: articleIds[i], workspaceId: id, storyId: null };
      });
      return { id, articleIds, filings };
    };
    const now = new Date('2025-06-30T12:00:00+07:00');

    const single = await workspaceWithNews('satu-satu');
    for (const filing of single.filings) await fileArticleInIssue(t.store, filing, { now });

    // The same news arriving all at once, as a busy crawl delivers it: the first filing starts a
    // batch and the rest queue for the next, together with an article that does not exist.
    const busy = await workspaceWithNews('sekaligus');
    const missing = { ...busy.filings[0], articleId: 987_654 };
    const [first, ...rest] = busy.filings;
    const results = await Promise.allSettled([
      fileArticleInIssue(t.store, first, { now }),
      fileArticleInIssue(t.store, missing, { now }),
      ...rest.map((filing) => fileArticleInIssue(t.store, filing, { now })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', ...rest.map(() => 'fulfilled')]);

    const groups = async (articleIds: number[]) => {
      const byIssue = new Map<number | undefined, string[]>();
      for (const [i, f] of ordered.entries()) {
        const issue = (await findMembership(t.store.db, articleIds[i]))?.issueId;
        byIssue.set(issue, [...(byIssue.get(issue) ?? []), f.id]);
      }
      return [...byIssue.values()].map((g) => g.join(' ')).sort();
    };
    const together = await groups(busy.articleIds);
    expect(together).toEqual(await groups(single.articleIds));
    expect(together).toContain(CORRUPTION_CASE.map((f) => f.id).join(' '));
    const list = await listIssues(t.store, { workspace: 'sekaligus', days: 3650, now });
    expect(list.reduce((n, i) => n + i.articleCount, 0)).toBe(ordered.length);
  });

  test('re-analysis keeps every article in its issue', async () => {
    const before = await Promise.all(ALL_FIXTURES.map((f) => issueOf(f.id)));
    await reanalyzeWorkspace(t.store, pages, { workspace: 'kota' });
    expect(await Promise.all(ALL_FIXTURES.map((f) => issueOf(f.id)))).toEqual(before);
    const caseId = (await issueOf(CORRUPTION_CASE[0].id)) as number;
    expect((await showIssue(t.store, caseId)).articleCount).toBe(5);
  });

  test("an analyst's move is pinned, survives re-analysis and is kept as a correction", async () => {
    const march = (await issueOf(FLOOD_MARCH.id)) as number;
    const april = ids.get(FLOOD_APRIL.id) as number;
    await moveArticleToIssue(t.store, { articleId: april, issueId: march, by: 'Rina (Humas)' });
    await reanalyzeWorkspace(t.store, pages, { workspace: 'kota' });
    expect(await issueOf(FLOOD_APRIL.id)).toBe(march);
    const shown = await showIssue(t.store, march);
    expect(shown.articleCount).toBe(2);
    expect(shown.articles.find((a) => a.articleId === april)?.pinned).toBe(true);
    const [correction] = await currentCorrections(t.store, april);
    expect(correction).toMatchObject({ kind: 'issue', value: march, actor: 'Rina (Humas)' });
    await expect(
      moveArticleToIssue(t.store, { articleId: april, issueId: march, by: 'Rina' }),
    ).rejects.toThrow(/sudah berada/);
  });

  test('split, merge and rename are kept; a merged-away issue still resolves', async () => {
    const caseId = (await issueOf(CORRUPTION_CASE[0].id)) as number;
    const trial = [ids.get(CORRUPTION_CASE[3].id), ids.get(CORRUPTION_CASE[4].id)] as number[];
    const split = await splitIssue(t.store, {
      id: caseId,
      articleIds: trial,
      by: 'Budi',
      label: 'Sidang hibah KONI',
    });
    expect(split.label).toBe('Sidang hibah KONI');
    expect((await showIssue(t.store, caseId)).articleCount).toBe(3);
    expect((await showIssue(t.store, split.id)).articleCount).toBe(2);

    const renamed = await renameIssue(t.store, { id: caseId, label: 'Kasus dana hibah KONI', by: 'Budi' });
    expect(renamed.label).toBe('Kasus dana hibah KONI');
    const merged = await mergeIssues(t.store, { into: caseId, from: split.id, by: 'Budi' });
    expect(merged.state.articleCount).toBe(5);
    const viaOldLink = await showIssue(t.store, split.id);
    expect(viaOldLink.id).toBe(caseId);
    expect(viaOldLink.label).toBe('Kasus dana hibah KONI');
    expect(viaOldLink.articleCount).toBe(5);
    const list = await listIssues(t.store, { days: 3650 });
    expect(list.map((i) => i.id)).not.toContain(split.id);
  });

  test('a locked issue takes no new articles; a second process sees new issues at once', async () => {
    const caseId = (await issueOf(CORRUPTION_CASE[0].id)) as number;
    const follow = CORRUPTION_CASE[2];
    const now = new Date('2025-05-20T12:00:00+07:00');
    const [late, other] = await storeArticles(t.store, wsId, [
      { url: 'https://berita.test/susulan', title: follow.title, text: follow.text, outlet: 'Radar' },
      { url: 'https://berita.test/susulan-2', title: follow.title, text: follow.text, outlet: 'Lain' },
    ]);
    const filing = (articleId: number, store: Store) =>
      fileArticleInIssue(
        store,
        {
          articleId,
          workspaceId: wsId,
          storyId: null,
          title: follow.title,
          keyphrases: ['dana hibah', 'korupsi dana hibah', 'KONI Sukamaju'],
          entities: follow.entities,
          publishedAt: new Date('2025-05-19T09:00:00+07:00'),
          tone: 'negative',
          outlet: 'Radar',
        },
        { now },
      );
    await lockIssue(t.store, { id: caseId, locked: true, by: 'Budi' });
    const first = await filing(late, t.store);
    expect(first.issueId).not.toBe(caseId);
    expect(first.created).toBe(true);
    // Another process (its own connection and cache) files a copy: it must find the new issue.
    const second = await openStore({ databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    try {
      const again = await filing(other, second);
      expect(again.issueId).toBe(first.issueId);
      expect(again.reason).toMatch(/^Mirip/);
    } finally {
      await second.close();
    }
  });
});
