// End to end through the CLI on both stores: sources added, one crawl pass over a loopback news
// network, every article stored once with its metadata, syndicated copies grouped into stories,
// and a second pass costing only conditional GETs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NewsNetwork } from '../fixtures/news-network.ts';
import { createWorkspace, jsonLines, runCli } from './support/cli.ts';
import { crawlEnvironment } from './support/crawl-env.ts';
import { DIALECTS } from './support/stores.ts';

describe.each(DIALECTS)('crawl on %s', (dialect) => {
  let network: NewsNetwork;
  let env: Record<string, string>;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ network, env, dispose } = await crawlEnvironment(dialect, {
      outlets: 4,
      articlesPerOutlet: 15,
      seed: 7,
      wireShare: 0.3,
    }));
  });
  afterAll(async () => dispose());

  test('one pass collects every article once, grouped into stories', { timeout: 120_000 }, async () => {
    await createWorkspace(env);
    for (const outlet of network.outlets) {
      const added = await runCli(['sources', 'add', outlet.feedUrl, '--name', outlet.name], env);
      expect(added.stderr).toBe('');
      expect(added.stdout).toContain('ditambahkan');
    }
    const crawl = await runCli(['crawl', '--once'], env);
    expect(crawl.stderr).not.toContain('Galat');
    expect(crawl.code).toBe(0);
    expect(crawl.stdout).toMatch(new RegExp(`Selesai: ${network.articles.length} artikel baru, 0 gagal`));

    const exported = jsonLines<{
      url: string;
      title: string;
      outlet: string;
      published: string;
      storyId: number;
      text: string;
    }>((await runCli(['export', '--format', 'jsonl'], env)).stdout);
    expect(exported).toHaveLength(network.articles.length);
    expect(new Set(exported.map((a) => a.url)).size).toBe(network.articles.length);
    const byUrl = new Map(exported.map((a) => [a.url, a]));
    for (const truth of network.articles) {
      const got = byUrl.get(truth.url);
      expect(got, truth.url).toBeDefined();
      expect(got?.title).toBe(truth.title);
      expect(got?.outlet).toBe(truth.outlet);
      expect(got?.published?.slice(0, 16)).toBe(new Date(truth.published).toISOString().slice(0, 16));
      expect(got?.text.length).toBeGreaterThan(400);
    }
    // Syndicated copies of one wire story share a story; different stories never do.
    const storyOf = (url: string) => byUrl.get(url)?.storyId;
    const groups = new Map<string, Set<number | undefined>>();
    for (const truth of network.articles) {
      const set = groups.get(truth.storyKey) ?? new Set();
      set.add(storyOf(truth.url));
      groups.set(truth.storyKey, set);
    }
    for (const [key, stories] of groups) expect(stories.size, key).toBe(1);
    const distinctStories = new Set(exported.map((a) => a.storyId));
    expect(distinctStories.size).toBe(groups.size);

    const listed = await runCli(['sources', 'list', '--json'], env);
    const sources = JSON.parse(listed.stdout) as { articleCount: number; lastError: string | null }[];
    expect(sources.map((s) => s.articleCount).reduce((a, b) => a + b, 0)).toBe(network.articles.length);
    expect(sources.every((s) => s.lastError === null)).toBe(true);

    // Users see which stories several outlets carried, and why each copy was filed with the others.
    const multi = [...groups.values()].filter((g) => {
      const [id] = [...g];
      return exported.filter((a) => a.storyId === id).length > 1;
    });
    const listing = await runCli(['stories', '--min-outlets', '2', '--limit', '100'], env);
    expect(listing.stdout.trim().split('\n')).toHaveLength(multi.length);
    const firstId = /^#(\d+)/.exec(listing.stdout)?.[1] as string;
    const shown = await runCli(['stories', 'show', firstId], env);
    expect(shown.stdout).toMatch(/mirip \d+% dengan #\d+; bagian yang sama: “.{40,}”/);

    const word = network.articles[0].title.split(' ').find((w) => w.length > 6) as string;
    const search = jsonLines<{ url: string }>((await runCli(['search', '--json', word], env)).stdout);
    expect(search.map((r) => r.url)).toContain(network.articles[0].url);
    // A quoted phrase stays a phrase through the shell; a leading minus excludes.
    const phrase = network.articles[0].title.split(' ').slice(0, 3).join(' ');
    const byPhrase = jsonLines<{ url: string }>((await runCli(['search', '--json', phrase], env)).stdout);
    expect(byPhrase.map((r) => r.url)).toContain(network.articles[0].url);
    const excluded = jsonLines<{ url: string }>(
      (await runCli(['search', '--json', word, `-${word}`], env)).stdout,
    );
    expect(excluded).toEqual([]);
  });

  test('a second pass costs one conditional GET per feed and stores nothing new', {
    timeout: 180_000,
  }, async () => {
    const before = network.requests().length;
    const crawl = await runCli(['crawl', '--once'], env);
    expect(crawl.stdout).toContain('Selesai: 0 artikel baru');
    const requests = network.requests().slice(before);
    const feedRequests = requests.filter((r) =>
      network.outlets.some(
        (o) => o.feedUrl.endsWith(new URL(r.url, 'http://x').pathname) && r.host === o.host,
      ),
    );
    expect(feedRequests).toHaveLength(network.outlets.length);
    expect(feedRequests.every((r) => r.headers['if-none-match'] || r.headers['if-modified-since'])).toBe(
      true,
    );
    expect(requests.filter((r) => !r.url.includes('robots.txt')).length).toBe(network.outlets.length);
  });
});
