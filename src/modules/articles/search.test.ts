// Searching collected articles speaks the subject query language on both stores, through the
// service, the API and the CLI: OR, brackets, title:, exclusions over the whole query, errors that
// say where the query went wrong, and bounded work for a query that repeats or piles up words.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildArticle, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { jsonLines, runCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { buildApp } from '../../main/app.ts';
import { searchArticles } from './search.service.ts';

const ARTICLES = [
  { title: 'Banjir rendam tiga desa', text: 'BPBD Kabupaten Sukamaju mendata rumah yang terendam banjir.' },
  {
    title: 'Genangan di jalan protokol',
    text: 'Dinas PUPR Kota Sukamaju menyedot genangan setelah hujan deras.',
  },
  {
    title: 'Wali kota resmikan pasar',
    text: 'Pasar rakyat diresmikan wali kota. Pedagang berharap pasar ramai.',
  },
  { title: 'Banjir surut di Kota Sukamaju', text: 'Warga kota membersihkan rumah; kota kembali normal.' },
  { title: 'Perbaikan jalan dimulai', text: 'Dinas PUPR memperbaiki jalan rusak di Kecamatan Cibeureum.' },
];

function errorOf(promise: Promise<unknown>): Promise<PantauError> {
  return promise.then(
    () => {
      throw new Error('the search was accepted');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(PantauError);
      expect((e as PantauError).code).toBe('validation');
      return e as PantauError;
    },
  );
}

describe.each(DIALECTS)('article search on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  let analyst: BuiltUser;
  let ids: number[] = [];
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'sukamaju' });
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws });
    ids = [];
    for (const [i, a] of ARTICLES.entries()) {
      ids.push(await buildArticle(t.store, ws, { ...a, url: `https://warta.example/${i}` }));
    }
    app = await buildApp({ store: t.store });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  /** Which of ARTICLES a query finds, by position, ascending. */
  async function found(query: string): Promise<number[]> {
    const hits = await searchArticles(analyst.ctx, { query, limit: 50 });
    return hits.map((h) => ids.indexOf(h.article.id)).sort((a, b) => a - b);
  }

  test("the README's example excludes the regency from every alternative", async () => {
    expect(await found('banjir OR genangan -"Kabupaten Sukamaju"')).toEqual([1, 3]);
  });

  test('OR, lower-case or, brackets and title: find what they say', async () => {
    expect(await found('banjir OR pasar')).toEqual([0, 2, 3]);
    expect(await found('pasar or genangan')).toEqual([1, 2]);
    expect(await found('(banjir OR genangan) "Kota Sukamaju"')).toEqual([1, 3]);
    expect(await found('title:jalan')).toEqual([1, 4]);
    expect(await found('title:(banjir -surut)')).toEqual([0]);
    expect(await found('diperbaiki')).toEqual([4]);
  });

  test('a search that only excludes lists every other article', async () => {
    expect(await found('-banjir')).toEqual([1, 2, 4]);
  });

  test('a query that cannot be read is an error naming the position, not an empty result', async () => {
    const bracket = await errorOf(found('(banjir OR genangan'));
    expect(bracket.message).toMatch(/^Kueri tidak valid pada posisi 1: .+ — invalid query at position 1: /);
    expect((await errorOf(found('banjir OR'))).message).toContain('posisi 10:');
    expect((await errorOf(found('banjir "wali kota'))).message).toContain('posisi 8:');
  });

  test('a word repeated many times is searched once and highlighted once', async () => {
    const hits = await searchArticles(analyst.ctx, { query: 'kota '.repeat(125), limit: 50 });
    const single = await searchArticles(analyst.ctx, { query: 'kota', limit: 50 });
    expect(hits.map((h) => h.article.id)).toEqual(single.map((h) => h.article.id));
    const surut = hits.find((h) => h.article.id === ids[3]);
    expect(surut?.snippet).toBe('Warga «kota» membersihkan rumah; «kota» kembali normal.');
  });

  test('snippets mark the words the query matched, in their written form', async () => {
    const [hit] = await searchArticles(analyst.ctx, { query: 'diperbaiki -banjir', limit: 50 });
    expect(hit.snippet).toBe('Dinas PUPR «memperbaiki» jalan rusak di Kecamatan Cibeureum.');
  });

  test('too many different words is a clear error', async () => {
    const words = Array.from({ length: 65 }, (_, i) => `kata${i}`).join(' ');
    const error = await errorOf(found(words));
    expect(error.message).toContain('terlalu banyak kata yang berbeda (maksimum 64)');
  });

  test('the API answers with the same articles, and a 400 naming the position', async () => {
    const get = (q: string) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/articles?q=${encodeURIComponent(q)}`,
        headers: { authorization: `Bearer ${analyst.token}` },
      });
    const ok = await get('banjir OR genangan -"Kabupaten Sukamaju"');
    expect(ok.statusCode).toBe(200);
    const urls = (ok.json() as { results: { article: { url: string } }[] }).results.map((r) => r.article.url);
    expect(urls.sort()).toEqual(['https://warta.example/1', 'https://warta.example/3']);
    const bad = await get('banjir) OR genangan');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation' });
    expect((bad.json() as { detail: string }).detail).toMatch(/^Kueri tidak valid pada posisi 7: /);
  });

  test('the CLI reads a query given as one argument or as several', { timeout: 180_000 }, async () => {
    const env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    const search = (...args: string[]) =>
      runCli(['search', ...args, '--workspace', 'sukamaju', '--json'], env);
    const urls = (stdout: string) =>
      jsonLines<{ url: string }>(stdout)
        .map((r) => r.url)
        .sort();

    const oneArgument = await search('(banjir OR genangan) -"Kabupaten Sukamaju"');
    expect(oneArgument.stderr).toBe('');
    expect(urls(oneArgument.stdout)).toEqual(['https://warta.example/1', 'https://warta.example/3']);
    // What the shell passes for: pantau search banjir OR genangan -"Kabupaten Sukamaju"
    const several = await search('banjir', 'OR', 'genangan', '-Kabupaten Sukamaju');
    expect(urls(several.stdout)).toEqual(['https://warta.example/1', 'https://warta.example/3']);

    const bad = await search('title:(banjir OR');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Kueri tidak valid pada posisi 17:');
  });
});
