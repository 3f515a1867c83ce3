// The issue list's trend on both stores: each issue's articles per local day of the workspace, the
// day an article counts on being the one its publication (else its collection) falls in on the
// workspace's clock — 01:30 WIB is that day, not the UTC day before — with analysts' moves counted
// in the issue the article was moved to, oldest day first, quiet days as 0.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { TimeZoneName } from '../../domain/workspace.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { moveArticleToIssue } from './issue-edits.service.ts';
import { fileArticleInIssue } from './issue-filing.service.ts';
import { findMembership } from './issues.repo.ts';
import { listIssues, TREND_DAYS } from './issues.service.ts';

/** Two topics no article of the other could join. */
const TOPICS = {
  flood: {
    title: 'Banjir merendam Kelurahan Cibeureum',
    keyphrases: ['banjir Cibeureum', 'tanggul jebol', 'pengungsi banjir'],
    entities: [{ canonical: 'Cibeureum', type: 'LOC' }],
  },
  road: {
    title: 'Perbaikan Jalan Merdeka molor',
    keyphrases: ['perbaikan jalan', 'Jalan Merdeka', 'jalan berlubang'],
    entities: [{ canonical: 'Dinas PUPR', type: 'ORG' }],
  },
} as const;

interface Seed {
  topic: keyof typeof TOPICS;
  /** When it was published; null: never said, so it counts when it was collected (`fetchedAt`). */
  publishedAt: string | null;
  fetchedAt?: string;
}

// "Now" is Saturday 14 June 2025, 10:00 WIB: the 7-day trend runs from 8 to 14 June (local days).
const NOW = new Date('2025-06-14T10:00:00+07:00');
const WEEK = [
  '2025-06-08',
  '2025-06-09',
  '2025-06-10',
  '2025-06-11',
  '2025-06-12',
  '2025-06-13',
  '2025-06-14',
];

describe.each(DIALECTS)('issue trends on %s', (dialect) => {
  let t: TestStore;

  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  /** A workspace whose articles are stored and filed into issues by topic; their ids in order. */
  async function workspaceWith(slug: string, timeZone: TimeZoneName, seeds: Seed[]) {
    const wsId = (await insertWorkspace(t.store, { slug, name: slug, region: 'Sukamaju', timeZone })).id;
    const ids = await storeArticles(
      t.store,
      wsId,
      seeds.map((s, i) => ({
        url: `https://berita.test/${slug}/${i}`,
        title: TOPICS[s.topic].title,
        text: `${TOPICS[s.topic].title}. Berita ke-${i}.`,
        outlet: 'Warta Sukamaju',
        publishedAt: s.publishedAt,
      })),
    );
    for (const [i, s] of seeds.entries()) {
      const at = s.publishedAt ?? (s.fetchedAt as string);
      if (s.fetchedAt) {
        await sql`UPDATE article SET fetched_at = ${s.fetchedAt} WHERE id = ${ids[i]}`.execute(t.store.db);
      }
      await fileArticleInIssue(
        t.store,
        {
          articleId: ids[i],
          workspaceId: wsId,
          storyId: null,
          ...TOPICS[s.topic],
          keyphrases: [...TOPICS[s.topic].keyphrases],
          entities: [...TOPICS[s.topic].entities],
          publishedAt: new Date(at),
          tone: 'neutral',
          outlet: 'Warta Sukamaju',
        },
        { now: NOW },
      );
    }
    const issueOf = async (i: number) => (await findMembership(t.store.db, ids[i]))?.issueId as number;
    return { ids, issueOf };
  }

  test("counts each issue's articles per WIB day, 01:30 WIB on its own day, a moved article where it was moved", async () => {
    const { ids, issueOf } = await workspaceWith('kota', 'WIB', [
      /* 0 */ { topic: 'flood', publishedAt: '2025-06-10T09:00:00+07:00' },
      // 01:30 WIB on 12 June is still 11 June in UTC: it counts on the 12th.
      /* 1 */ { topic: 'flood', publishedAt: '2025-06-12T01:30:00+07:00' },
      /* 2 */ { topic: 'flood', publishedAt: '2025-06-12T15:00:00+07:00' },
      /* 3 */ { topic: 'flood', publishedAt: '2025-06-14T07:00:00+07:00' },
      /* 4 */ { topic: 'flood', publishedAt: '2025-06-14T08:00:00+07:00' },
      // Never said when it was published: it counts when collected, 03:00 WIB on the 14th.
      /* 5 */ { topic: 'flood', publishedAt: null, fetchedAt: '2025-06-13T20:00:00.000Z' },
      // 23:30 WIB on 7 June: within the list's last 7×24 hours, but before the trend's first day.
      /* 6 */ { topic: 'flood', publishedAt: '2025-06-07T23:30:00+07:00' },
      /* 7 */ { topic: 'road', publishedAt: '2025-06-09T10:00:00+07:00' },
      /* 8 */ { topic: 'road', publishedAt: '2025-06-13T10:00:00+07:00' },
      // Filed with the road works, then moved by an analyst to the flood.
      /* 9 */ { topic: 'road', publishedAt: '2025-06-13T12:00:00+07:00' },
    ]);
    const flood = await issueOf(0);
    const road = await issueOf(7);
    expect(new Set(await Promise.all([0, 1, 2, 3, 4, 5, 6].map(issueOf)))).toEqual(new Set([flood]));
    expect(new Set(await Promise.all([7, 8, 9].map(issueOf)))).toEqual(new Set([road]));
    expect(road).not.toBe(flood);
    await moveArticleToIssue(t.store, { articleId: ids[9], issueId: flood, by: 'Rina (Humas)' });

    const list = await listIssues(t.store, { workspace: 'kota', days: 7, now: NOW });
    const byId = new Map(list.map((i) => [i.id, i]));
    const floodRow = byId.get(flood);
    const roadRow = byId.get(road);
    //                                  8  9 10 11 12 13 14 June
    expect(floodRow?.daily).toEqual([0, 0, 1, 0, 2, 1, 3]);
    expect(roadRow?.daily).toEqual([0, 1, 0, 0, 0, 1, 0]);
    expect(floodRow?.daily[WEEK.indexOf('2025-06-11')]).toBe(0);
    // The trend counts the articles the list counts, less the one before its first day.
    expect(floodRow?.articleCount).toBe(8);
    expect(roadRow?.articleCount).toBe(2);
    expect(floodRow?.daily.reduce((n, x) => n + x, 0)).toBe(7);

    // One day: today only. Half a day later (00:30 WIB on the 15th) today is the 15th, still empty.
    expect((await listIssues(t.store, { workspace: 'kota', days: 1, now: NOW })).map((i) => i.daily)).toEqual(
      expect.arrayContaining([[3], [0]]),
    );
    const later = await listIssues(t.store, {
      workspace: 'kota',
      days: 2,
      now: new Date('2025-06-15T00:30:00+07:00'),
    });
    expect(later.find((i) => i.id === flood)?.daily).toEqual([3, 0]);
  });

  test(`a longer period shows its last ${TREND_DAYS} days`, async () => {
    const { issueOf } = await workspaceWith('kota', 'WIB', [
      { topic: 'flood', publishedAt: '2025-03-16T09:00:00+07:00' }, // the 91st day back: left out
      { topic: 'flood', publishedAt: '2025-03-17T09:00:00+07:00' }, // the 90th: the trend's first day
      { topic: 'flood', publishedAt: '2025-06-14T09:00:00+07:00' }, // today, after weeks of quiet
    ]);
    const list = await listIssues(t.store, { workspace: 'kota', days: 365, now: NOW });
    expect(list.map((i) => i.daily.length)).toEqual([TREND_DAYS, TREND_DAYS]);
    const byId = new Map(list.map((i) => [i.id, i]));
    const old = byId.get(await issueOf(0));
    expect(await issueOf(1)).toBe(old?.id);
    expect(old?.articleCount).toBe(2);
    expect(old?.daily[0]).toBe(1);
    expect(old?.daily.reduce((n, x) => n + x, 0)).toBe(1);
    const fresh = byId.get(await issueOf(2));
    expect(fresh?.daily[TREND_DAYS - 1]).toBe(1);
    expect(fresh?.daily.reduce((n, x) => n + x, 0)).toBe(1);
  });

  test("days follow the workspace's own zone: 23:30 WIB is already the next day in WIT", async () => {
    const at = '2025-06-12T23:30:00+07:00'; // 01:30 WIT on 13 June
    await workspaceWith('jayapura', 'WIT', [{ topic: 'flood', publishedAt: at }]);
    await workspaceWith('bandung', 'WIB', [{ topic: 'flood', publishedAt: at }]);
    const [wit] = await listIssues(t.store, { workspace: 'jayapura', days: 7, now: NOW });
    const [wib] = await listIssues(t.store, { workspace: 'bandung', days: 7, now: NOW });
    expect(wit.daily).toEqual([0, 0, 0, 0, 0, 1, 0]);
    expect(wib.daily).toEqual([0, 0, 0, 0, 1, 0, 0]);
  });
});
