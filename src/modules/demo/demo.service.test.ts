// The demo built end to end on both stores, as a new user would find it: hundreds of articles from
// all seven outlets over the period, wire stories carried by several outlets, the mayor's words
// attributed to him, issues that each hold one event, a crisis alert on the Cibeureum flood, the
// demo user able to sign in — and not one request outside the demo's own loopback site.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildUser } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { Fetcher } from '../../collect/fetch/index.ts';
import { DAY_MS } from '../../demo/calendar.ts';
import { DEMO_SLUG } from '../../demo/monitoring.ts';
import { writeDemoNews } from '../../demo/news.ts';
import { PantauError } from '../../domain/errors.ts';
import { loadConfig } from '../../kernel/config.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { createLogger } from '../../kernel/logger.ts';
import { listAlerts } from '../alerts/alerts.service.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { exportArticles } from '../articles/export.service.ts';
import { listIssues, showIssue } from '../issues/issues.service.ts';
import { listSources } from '../sources/sources.service.ts';
import { listStories } from '../stories/stories.service.ts';
import { listSubjects, subjectArticles } from '../subjects/subjects.service.ts';
import { signIn } from '../users/auth.service.ts';
import { createWorkspace, listWorkspaces, workspaceForActor } from '../workspaces/workspaces.service.ts';
import { buildDemoWorkspace, type DemoProgress, type DemoResult } from './demo.service.ts';

/** A Sunday afternoon in WIB, some days before the tests run (a crawler refuses dates in its future). */
const NOW = new Date('2026-11-29T08:40:00Z');
const DAYS = 35;
const news = writeDemoNews({ now: NOW, days: DAYS });
const truth = new Map(news.articles.map((a) => [a.path, a]));

interface Exported {
  url: string;
  outlet: string;
  published: string;
  storyId: number;
  analysis: { tone: { label: string } } | null;
}

describe.each(DIALECTS)('pantau demo on %s', (dialect) => {
  let t: TestStore;
  let admin: Ctx;
  let result: DemoResult;
  let fetched: string[];
  const progress: DemoProgress[] = [];
  const inDemo = () => ({ ...admin, workspace: result.workspace });
  const config = () => loadConfig({ PANTAU_DATA_DIR: t.dataDir, PANTAU_EXTRACT_THREADS: '2' });

  beforeAll(async () => {
    t = await openTestStore(dialect);
    admin = (await buildUser(t.store, { admin: true, email: 'admin@pemkot.example' })).ctx;
    const fetch = vi.spyOn(Fetcher.prototype, 'fetch');
    try {
      result = await buildDemoWorkspace(admin, {
        now: NOW,
        days: DAYS,
        config: config(),
        logger: createLogger('error'),
        onProgress: (p) => progress.push(p),
      });
      fetched = fetch.mock.calls.map(([request]) => request.url);
    } finally {
      fetch.mockRestore();
    }
  }, 180_000);
  afterAll(async () => t?.dispose());

  test('every story of the period is collected once, from all seven outlets, dated as published', async () => {
    expect(result.workspace.slug).toBe(DEMO_SLUG);
    expect(result.written).toBe(news.articles.length);
    expect(result.collected).toBe(news.articles.length);
    expect(result.failed).toBe(0);
    expect(result.pollFailures).toEqual([]);
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk) => {
      text += chunk;
    });
    await exportArticles(inDemo(), { format: 'jsonl' }, out);
    const rows = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Exported);
    expect(rows.length).toBeGreaterThan(250);
    expect(rows).toHaveLength(news.articles.length);
    expect(new Set(rows.map((r) => r.outlet)).size).toBe(7);
    for (const row of rows) {
      const written = truth.get(new URL(row.url).pathname);
      expect(written, row.url).toBeDefined();
      expect(row.published.slice(0, 16)).toBe(written?.publishedAt.toISOString().slice(0, 16));
      expect(row.analysis, row.url).not.toBeNull();
    }
    const times = rows.map((r) => Date.parse(r.published));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan((DAYS - 2) * DAY_MS);
    const tones = new Set(rows.map((r) => r.analysis?.tone.label));
    expect([...tones].sort()).toEqual(['negative', 'neutral', 'positive']);
  });

  test('wire stories appear as stories carried by several outlets, one with three copies or more', async () => {
    const stories = await listStories(inDemo(), { minOutlets: 2, limit: 1000 });
    expect(stories.length).toBe(result.syndicatedStories);
    expect(stories.length).toBeGreaterThan(30);
    expect(stories.some((s) => s.outletCount >= 4)).toBe(true);
  });

  test("the mayor's words are attributed to him", async () => {
    const mayor = (await listSubjects(inDemo())).find((s) => s.name === 'Arief Wicaksono');
    if (!mayor) throw new Error('no mayor subject');
    const { articles } = await subjectArticles(inDemo(), mayor.id, 60);
    let quotes = 0;
    for (const a of articles) {
      const analysis = await articleAnalysis(inDemo(), a.articleId);
      quotes += analysis.quotes.filter(
        (q) => q.kind === 'direct' && (q.speakerCanonical ?? q.speaker) === 'Arief Wicaksono',
      ).length;
    }
    expect(quotes).toBeGreaterThanOrEqual(10);
  });

  test('issues each hold one event, and the Cibeureum flood raised a crisis alert on its issue', async () => {
    const issues = await listIssues(inDemo(), { days: DAYS + 1, now: NOW, limit: 200, minArticles: 5 });
    expect(issues.length).toBeGreaterThanOrEqual(8);
    let filed = 0;
    let agreeing = 0;
    for (const issue of issues) {
      const shown = await showIssue(inDemo(), issue.id, { articles: 1000 });
      const events = new Map<string, number>();
      for (const a of shown.articles) {
        const event = truth.get(new URL(a.url).pathname)?.issue ?? '?';
        events.set(event, (events.get(event) ?? 0) + 1);
      }
      filed += shown.articleCount;
      agreeing += Math.max(...events.values());
    }
    expect(agreeing / filed).toBeGreaterThan(0.8);

    const alerts = await listAlerts(inDemo());
    expect(alerts.length).toBe(result.alerts.length);
    const crisis = alerts.filter((a) => a.scopeType === 'issue' && ['siaga', 'krisis'].includes(a.level));
    expect(crisis.length).toBeGreaterThanOrEqual(1);
    const issue = await showIssue(inDemo(), Number(crisis[0].scopeId), { articles: 1000 });
    const flood = issue.articles.filter(
      (a) => truth.get(new URL(a.url).pathname)?.issue === 'banjir-cibeureum',
    );
    expect(flood.length / issue.articles.length).toBeGreaterThan(0.9);
    expect(issue.label).toContain('Cibeureum');
    // Sent nowhere: the demo's recipients are none.
    expect(crisis[0].routedTo).toEqual([]);
  });

  test('the demo user signs in with the printed one-time password; the demo sources are kept, disabled', async () => {
    expect(result.account.email).toBe('demo@sukamaju.demo');
    const signedIn = await signIn(t.store, {
      email: result.account.email,
      password: result.account.password,
      address: null,
      userAgent: 'vitest',
    });
    expect(signedIn.user.email).toBe('demo@sukamaju.demo');
    const sources = await listSources(inDemo());
    expect(sources).toHaveLength(8);
    expect(sources.every((s) => !s.enabled)).toBe(true);
  });

  test('every fetch went to the demo site on loopback, and nowhere else', () => {
    expect(fetched.length).toBeGreaterThan(news.articles.length);
    const origins = new Set(fetched.map((url) => new URL(url).origin));
    expect(origins.size).toBe(1);
    expect([...origins][0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.siteRequests).toBeGreaterThanOrEqual(fetched.length);
  });

  test('progress is reported step by step, the articles as they are analysed', () => {
    expect([...new Set(progress.map((p) => p.step))]).toEqual([
      'write',
      'workspace',
      'collect',
      'alerts',
      'account',
    ]);
    const collect = progress.filter((p) => p.step === 'collect');
    expect(collect.at(-1)).toEqual({
      step: 'collect',
      done: news.articles.length,
      total: news.articles.length,
    });
  });

  test('a workspace that is not a demo is never replaced', async () => {
    await createWorkspace(admin, {
      name: 'Pemerintah Kota Contoh',
      region: 'Kota Contoh',
      slug: 'kota-contoh',
    });
    const before = (await listWorkspaces(admin)).map((w) => w.slug).sort();
    await expect(
      buildDemoWorkspace(admin, {
        slug: 'kota-contoh',
        now: NOW,
        days: 3,
        config: config(),
        logger: createLogger('error'),
      }),
    ).rejects.toThrow(PantauError);
    expect((await listWorkspaces(admin)).map((w) => w.slug).sort()).toEqual(before);
  });
});

describe('beside an office workspace', () => {
  test('the office workspace becomes the default, so commands without --workspace keep using it', async () => {
    const t = await openTestStore('sqlite');
    try {
      const admin = (await buildUser(t.store, { admin: true })).ctx;
      await createWorkspace(admin, { name: 'Pemerintah Kota Asli', region: 'Kota Asli', slug: 'kota-asli' });
      const result = await buildDemoWorkspace(admin, {
        now: NOW,
        days: 3,
        config: loadConfig({ PANTAU_DATA_DIR: t.dataDir }),
        logger: createLogger('error'),
      });
      expect(result.keptDefault).toBe('kota-asli');
      expect((await workspaceForActor(t.store, admin.actor)).slug).toBe('kota-asli');
      expect((await listWorkspaces(admin)).map((w) => w.slug).sort()).toEqual(['demo-sukamaju', 'kota-asli']);
    } finally {
      await t.dispose();
    }
  }, 60_000);
});
