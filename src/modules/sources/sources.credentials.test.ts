// A source URL carrying a user name or password (https://user:pass@host/feed) is refused with a
// clear message instead of being stored without them, and the password never appears anywhere.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { addSource, listSources } from './sources.service.ts';

describe.each(DIALECTS)('source URLs with credentials on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
  });
  afterAll(async () => {
    await t.dispose();
  });
  const ctx = () => ({ ...systemCtx(t.store), workspace: ws });

  test.each([
    ['a feed', { url: 'https://redaksi:rahasia123@media.example/rss' }],
    ['a sitemap', { url: 'https://redaksi:rahasia123@media.example/sitemap.xml.gz', kind: 'sitemap' }],
    ['a user name alone', { url: 'https://rahasia123@media.example/rss' }],
    ['a search feed', { url: 'https://redaksi:rahasia123@cari.example/rss?q={query}', query: 'banjir' }],
  ])('%s is refused, saying why, without echoing the secret', async (_label, input) => {
    const error = await addSource(ctx(), input).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe('validation');
    expect(error?.message).toMatch(/^URL sumber tidak boleh memuat nama pengguna atau kata sandi.* — /);
    expect(error?.message).toMatch(/credentials in URLs are not supported/);
    expect(error?.message).not.toContain('rahasia123');
    expect(await listSources(ctx())).toEqual([]);
  });

  test('the same URL without credentials is added', async () => {
    const source = await addSource(ctx(), { url: 'https://media.example/rss' });
    expect(source.url).toBe('https://media.example/rss');
  });
});
