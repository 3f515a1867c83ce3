// Live updates over real HTTP on both stores: an open page hears of an article collected and an
// alert raised in its workspace, and of nothing in another; only staff of the workspace may listen.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAgency, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { buildApp } from '../../main/app.ts';
import { insertAlert } from '../alerts/alerts.repo.ts';

/** Reads a server-sent event stream until `until` holds for the events read so far. */
async function readEvents(res: Response, until: (events: { event: string; data: unknown }[]) => boolean) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  const deadline = Date.now() + 15_000;
  while (!until(events) && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
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
  await reader.cancel();
  return events;
}

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
    const events = await readEvents(res, (e) => e.some((x) => x.event === 'alert'));
    expect(events[0]).toEqual({ event: 'ready', data: { workspace: 'sukamaju' } });
    const articles = events
      .filter((e) => e.event === 'article')
      .map((e) => (e.data as { title: string }).title);
    expect(articles).toEqual(['Banjir di Cibeureum']);
    expect(events.find((e) => e.event === 'alert')?.data).toMatchObject({
      level: 'krisis',
      scope: 'Wali Kota',
    });
  });

  test('refused without sign-in and to an agency officer', async () => {
    expect((await listen(null)).status).toBe(401);
    expect((await listen(OFFICER)).status).toBe(403);
  });
});
