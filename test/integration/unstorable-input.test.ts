// API input no store can keep — a NUL character (PostgreSQL refuses it) or a lone UTF-16 surrogate —
// answers 400 problem+json naming the field, in the body, the query string or the path, on both
// stores; never a 500, never a stack trace, and nothing is stored.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workspace } from '../../src/domain/workspace.ts';
import { buildApp } from '../../src/main/app.ts';
import { type BuiltUser, buildUser, buildWorkspace } from '../factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('unstorable characters in API input on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let analyst: BuiltUser;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina' });
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${analyst.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body,
    });

  async function expectFieldError(res: Response, path: string, language: RegExp = /NUL/) {
    const text = await res.text();
    expect(res.status, text).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+|stack/i);
    const problem = JSON.parse(text) as Json;
    expect(problem.code).toBe('validation');
    expect(problem.errors).toEqual([{ path, message: expect.stringMatching(language) }]);
  }

  test('a NUL in a JSON body field answers 400 naming the field, not 500', async () => {
    const res = await fetch(`${base}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `rina\u0000${analyst.user.email}`, password: analyst.password }),
    });
    await expectFieldError(res, 'email');
  });

  test('a NUL or lone surrogate deep in a body is named by its path and nothing is stored', async () => {
    const nul = await call(
      'POST',
      '/api/v1/subjects',
      JSON.stringify({ name: 'Banjir', query: 'banjir', aliases: ['genangan', 'rob\u0000'] }),
    );
    await expectFieldError(nul, 'aliases.1');
    // A lone surrogate travels in JSON as an escape ("\ud800"), which JSON.parse turns back into one.
    const surrogate = await call(
      'POST',
      '/api/v1/subjects',
      JSON.stringify({ name: 'Banjir \ud800', query: 'banjir' }),
      { 'accept-language': 'en' },
    );
    await expectFieldError(surrogate, 'name', /surrogate/);
    const listed = (await (await call('GET', '/api/v1/subjects')).json()) as Json;
    expect(listed.subjects).toEqual([]);
  });

  test('a NUL in the query string or the path answers 400 too', async () => {
    await expectFieldError(await call('GET', '/api/v1/articles?q=banjir%00'), 'q');
    const res = await call('GET', '/api/v1/articles/1%00');
    await expectFieldError(res, 'id');
  });

  test('the message is in the caller’s language', async () => {
    const id = (await (
      await call('GET', '/api/v1/articles?q=%00', undefined, { 'accept-language': 'id' })
    ).json()) as Json;
    const en = (await (
      await call('GET', '/api/v1/articles?q=%00', undefined, { 'accept-language': 'en' })
    ).json()) as Json;
    expect(id.errors[0].message).toMatch(/karakter NUL/);
    expect(en.errors[0].message).toMatch(/NUL character/);
  });
});
