// What a newcomer sees on the command line, on both stores: a read on a fresh install creates no
// workspace and says how to create one; removing a workspace without --yes only says what would go.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { addSource } from '../sources/sources.service.ts';
import { createWorkspace, listWorkspaces } from './workspaces.service.ts';

// Each `pantau` process takes seconds on a loaded machine; this file runs only a handful.
const SLOW = { timeout: 240_000 };

describe.each(DIALECTS)('workspace commands on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    t = await openTestStore(dialect);
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
  });
  afterAll(async () => t.dispose());

  test(
    '`sources list` before `workspace create` creates nothing and says how to create one',
    SLOW,
    async () => {
      const sources = await cli('sources', 'list');
      expect(sources.code).not.toBe(0);
      expect(sources.stderr).toContain('pantau workspace create');
      expect(sources.stderr).not.toMatch(/\n\s+at /);
      expect(await listWorkspaces(t.store)).toEqual([]);
    },
  );

  test('`workspace remove` without --yes names what would be deleted and deletes nothing', SLOW, async () => {
    await createWorkspace(systemCtx(t.store), {
      name: 'Pemerintah Kota Tangerang',
      region: 'Kota Tangerang',
      slug: 'tangerang',
    });
    await createWorkspace(systemCtx(t.store), {
      name: 'Kabupaten Sukamaju',
      region: 'Kab. Sukamaju',
      slug: 'sukamaju',
    });
    await addSource(systemCtx(t.store), { url: 'https://contoh-media.id/rss', workspace: 'tangerang' });

    const ambiguous = await cli('sources', 'list');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('pantau workspace default');

    const refused = await cli('workspace', 'remove', 'tangerang');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('1 sumber, 0 artikel');
    expect(refused.stderr).toContain('--yes');
    expect((await listWorkspaces(t.store)).map((w) => w.slug)).toEqual(['tangerang', 'sukamaju']);

    const removed = await cli('workspace', 'remove', 'tangerang', '--yes');
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain('Workspace dihapus: tangerang');
    expect((await listWorkspaces(t.store)).map((w) => w.slug)).toEqual(['sukamaju']);
  });
});
