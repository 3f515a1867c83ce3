// Authentication hangs on the route the router matched, not on how the URL was spelled: every
// protected route, sent anonymously with percent-encoding, dot segments, doubled slashes, an
// absolute-form target, mixed case or an encoded slash, is refused, and nothing changes.
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { systemCtx } from '../../src/kernel/ctx.ts';
import { buildApp } from '../../src/main/app.ts';
import { addSource } from '../../src/modules/sources/sources.service.ts';
import { buildUser, buildWorkspace } from '../factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

/** Sends the request target exactly as given (fetch would normalise it). */
function raw(port: number, method: string, target: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: target,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const encodeFirst = (segment: string) =>
  segment ? `%${segment.charCodeAt(0).toString(16).toUpperCase()}${segment.slice(1)}` : segment;

function spellings(path: string, port: number): string[] {
  const segments = path.split('/');
  return [
    segments.map(encodeFirst).join('/'), // /%61pi/%761/%73ources
    path.replace('/api/v1/', '/api/v1/../v1/'),
    path.replace('/api/', '/api/./'),
    path.replace(/\//g, '//'),
    `http://127.0.0.1:${port}${path}`,
    `http://localhost:${port}${path}`,
    path.replace('/api/v1', '/API/V1'),
    path.replace('/api/v1/', '/api%2Fv1%2F'),
    `${path}/`,
    `${path};x=1`,
    `${path}%00`,
    `${path}?workspace=..%2F`,
  ];
}

describe.each(DIALECTS)('URL spellings on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let port = 0;
  let sourceId = 0;
  let userId = 0;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store);
    sourceId = (
      await addSource({ ...systemCtx(t.store), workspace: ws }, { url: 'https://media.example/rss' })
    ).id;
    userId = (await buildUser(t.store, { role: 'viewer', workspace: ws })).user.id;
    app = await buildApp({ store: t.store });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  test('every protected route, however spelled, refuses an anonymous caller and changes nothing', async () => {
    const auditBefore = await t.store.db.selectFrom('audit_log').select('id').execute();
    const leaks: string[] = [];
    let tried = 0;
    for (const route of app.accessTable.filter((r) => r.access !== 'public')) {
      const path = route.url.replace(
        ':id',
        String(route.url.startsWith('/api/v1/users') ? userId : sourceId),
      );
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : '{"enabled":false}';
      for (const target of [path, ...spellings(path, port)]) {
        const status = await raw(port, route.method, target, body);
        tried++;
        if (status < 400 || ![400, 401, 404].includes(status))
          leaks.push(`${route.method} ${target} → ${status}`);
      }
    }
    expect(tried).toBeGreaterThan(500);
    expect(leaks).toEqual([]);
    // Nothing was changed by any of them.
    expect(await t.store.db.selectFrom('audit_log').select('id').execute()).toEqual(auditBefore);
    const source = await t.store.db
      .selectFrom('source')
      .select(['id', 'enabled'])
      .where('id', '=', sourceId)
      .executeTakeFirst();
    expect(source).toEqual({ id: sourceId, enabled: 1 });
  });
});
