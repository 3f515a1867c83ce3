// Live updates over real HTTP on both stores: an open page hears of an article collected and an
// alert raised in its workspace, and of nothing in another; only staff of the workspace may listen.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { buildApp } from '../../main/app.ts';
import { insertAlert } from '../alerts/alerts.repo.ts';
import { insertDiscoveredArticles } from '../articles/articles.repo.ts';

type StreamEvent = { event: string; data: unknown };

/** A server-sent event stream read in steps: each `until` reads on until its condition holds. */
function eventStream(res: Response) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async until(done: (events: StreamEvent[]) => boolean): Promise<StreamEvent[]> {
      const events: StreamEvent[] = [];
      const deadline = Date.now() + 15_000;
      while (!done(events) && Date.now() < deadline) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
          end = buffer.indexOf('\n\n');
        }
      }
      return events;
    },
    close: () => reader.cancel(),
  };
}

const titles = (events: StreamEvent[]) =>
  events.filter((e) => e.event === 'article').map((e) => (e.data as { title: string }).title);

describe.each(DIALECTS)('live updates on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ANALYST = '';
  let OFFICER = '';
  let wsId = 0;
  let otherId = 0;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'sukamaju' });
    const other = await buildWorkspace(t.store, { slug: 'lain' });
    wsId = ws.id;
    otherId = other.id;
    ANALYST = (await buildUser(t.store, { role: 'analyst', workspace: ws })).token;
    await buildAgency(t.store, ws);
    OFFICER = (await buildUser(t.store, { role: 'agency_officer', workspace: ws, agency: 'Dinas PUPR' }))
      .token;
    app = await buildApp({ store: t.store, webApp: false, eventPollMs: 100 });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  const listen = (token: string | null, query = '') =>
    fetch(`${base}/api/v1/events${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('a new article and a new alert reach the open page; another workspace stays silent', async () => {
    const res = await listen(ANALYST, '?workspace=sukamaju');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    setTimeout(async () => {
      await storeArticles(t.store, otherId, [
        { url: 'https://lain.test/1', title: 'Berita kota lain', text: 'Isi.' },
      ]);
      await storeArticles(t.store, wsId, [
        { url: 'https://warta.test/1', title: 'Banjir di Cibeureum', text: 'Isi.' },
      ]);
      await insertAlert(t.store, {
        id: 'uji-1',
        workspaceId: wsId,
        scopeType: 'subject',
        scopeId: '1',
        scopeLabel: 'Wali Kota',
        kind: 'negative_spike',
        level: 'krisis',
        reason: 'Lonjakan berita negatif',
        payload: '{}',
        createdAt: new Date().toISOString(),
      });
    }, 300);
    // Articles and alerts are read by separate queries, so they may arrive in different ticks.
    const stream = eventStream(res);
    const events = await stream.until(
      (e) => e.some((x) => x.event === 'alert') && e.some((x) => x.event === 'article'),
    );
    await stream.close();
    expect(events[0]).toEqual({ event: 'ready', data: { workspace: 'sukamaju' } });
    expect(titles(events)).toEqual(['Banjir di Cibeureum']);
    expect(events.find((e) => e.event === 'alert')?.data).toMatchObject({
      level: 'krisis',
      scope: 'Wali Kota',
    });
  });

  test('an article whose transaction commits after a newer one was told about still reaches the page', async () => {
    const stream = eventStream(await listen(ANALYST, '?workspace=sukamaju'));
    await stream.until((e) => e.some((x) => x.event === 'ready'));
    await storeArticles(t.store, wsId, [{ url: 'https://warta.test/2', title: 'Jalan rusak', text: 'Isi.' }]);
    const first = await stream.until((e) => titles(e).includes('Jalan rusak'));
    // What was already collected when the page opened is not news to it.
    expect(titles(first)).toEqual(['Jalan rusak']);
    const told = first.find((e) => e.event === 'article')?.data as { at: string };
    // A crawl that stamped its article before the one above, but committed only now.
    const [late] = await insertDiscoveredArticles(t.store, wsId, null, [
      {
        url: 'https://warta.test/3',
        urlKey: 'https://warta.test/3',
        outlet: null,
        feedTitle: 'Pasar terbakar',
        feedSummary: null,
        feedPublishedAt: null,
      },
    ]);
    await t.store.db
      .updateTable('article')
      .set({
        status: 'fetched',
        title: 'Pasar terbakar',
        fetched_at: new Date(Date.parse(told.at) - 2000).toISOString(),
      })
      .where('id', '=', late)
      .execute();
    const later = await stream.until((e) => titles(e).includes('Pasar terbakar'));
    await stream.close();
    expect(titles(later)).toEqual(['Pasar terbakar']);
  });

  test('refused without sign-in and to an agency officer', async () => {
    expect((await listen(null)).status).toBe(401);
    expect((await listen(OFFICER)).status).toBe(403);
  });
});
