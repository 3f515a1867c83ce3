// Sources whose servers trickle a byte a second must not hold up the others: on both stores, the
// articles of a normal outlet are fetched while four trickling polls are still running, and each
// trickling poll ends at the fetch budget with an error naming the source and the budget.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NewsNetwork } from '../fixtures/news-network.ts';
import { createWorkspace, jsonLines, runCli } from './support/cli.ts';
import { crawlEnvironment } from './support/crawl-env.ts';
import { DIALECTS } from './support/stores.ts';

const BUDGET_MS = 30_000;
/** As many trickling sources as the poll lane once had slots. */
const TRICKLING = 4;

interface Trickler {
  server: http.Server;
  origin: string;
  timers: Set<NodeJS.Timeout>;
  /** When the feed was first asked for: its poll's budget runs out no sooner than BUDGET_MS later. */
  firstFeedRequestAt: number | null;
}

/** Has no robots.txt; answers the feed with headers at once, then one byte a second, forever. */
async function startTrickler(host: string): Promise<Trickler> {
  const timers = new Set<NodeJS.Timeout>();
  const trickler: Trickler = { server: http.createServer(), origin: '', timers, firstFeedRequestAt: null };
  const server = trickler.server;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url === '/robots.txt') {
      res.writeHead(404);
      return res.end();
    }
    trickler.firstFeedRequestAt ??= Date.now();
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<');
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 1000);
    timers.add(timer);
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  trickler.origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return trickler;
}

// The two stores side by side: each mostly waits out its trickling budget, and the waits overlap.
describe.concurrent('slow sources', () => {
  describe.each(DIALECTS)('slow sources on %s', (dialect) => {
    let network: NewsNetwork;
    let env: Record<string, string>;
    let dispose: () => Promise<void>;
    const tricklers: Trickler[] = [];

    beforeAll(async () => {
      ({ network, env, dispose } = await crawlEnvironment(dialect, {
        outlets: 1,
        articlesPerOutlet: 12,
        seed: 3,
      }));
      env.PANTAU_FETCH_BUDGET_MS = String(BUDGET_MS);
      for (let i = 0; i < TRICKLING; i++) tricklers.push(await startTrickler(`127.0.0.${40 + i}`));
    });
    afterAll(async () => {
      for (const t of tricklers) {
        for (const timer of t.timers) clearInterval(timer);
        t.server.closeAllConnections();
        t.server.close();
      }
      await dispose();
    });

    test('a normal outlet is collected while trickling polls still run', { timeout: 300_000 }, async () => {
      await createWorkspace(env);
      // The trickling sources come first, so they are the first polls taken.
      for (const t of tricklers) {
        const added = await runCli(['sources', 'add', `${t.origin}/rss`], env);
        expect(added.code, added.stderr).toBe(0);
      }
      const outlet = network.outlets[0];
      expect((await runCli(['sources', 'add', outlet.feedUrl, '--name', outlet.name], env)).code).toBe(0);

      const crawl = await runCli(['crawl', '--once'], env);
      expect(crawl.code).toBe(0);
      expect(crawl.stdout).toContain(`Selesai: ${network.articles.length} artikel baru`);

      const exported = jsonLines<{ url: string; fetchedAt: string }>(
        (await runCli(['export', '--format', 'jsonl'], env)).stdout,
      );
      expect(exported.map((a) => a.url).sort()).toEqual(network.articles.map((a) => a.url).sort());
      // The trickling polls cannot end before the budget; the normal outlet's pages were all in long
      // before (measured from the trickling requests, not from the start of a slow-booting process).
      const tricklingSince = Math.min(
        ...tricklers.map((t) => t.firstFeedRequestAt ?? Number.POSITIVE_INFINITY),
      );
      expect(Number.isFinite(tricklingSince)).toBe(true);
      for (const article of exported) {
        expect(Date.parse(article.fetchedAt) - tricklingSince, article.url).toBeLessThan((BUDGET_MS * 2) / 3);
      }

      const sources = JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout) as {
        url: string;
        lastError: string | null;
      }[];
      for (const t of tricklers) {
        const source = sources.find((s) => s.url.startsWith(t.origin));
        expect(source?.lastError).toContain(`${BUDGET_MS} md`);
        expect(source?.lastError).toContain(t.origin);
      }
      expect(sources.find((s) => s.url === outlet.feedUrl)?.lastError).toBeNull();
    });
  });
});
