// Upgrading a database an earlier release filled: the image and canonical links it stored in other
// schemes than http(s) are gone; http(s) links and everything else stay as they were.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { createThrowawayDatabase, DIALECTS } from '../../../test/support/stores.ts';
import { openStore } from './connect.ts';

describe.each(DIALECTS)('on %s', (dialect) => {
  test('links in other schemes than http(s) stored by an earlier release are removed', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-links-'));
    const database = dialect === 'postgres' ? await createThrowawayDatabase() : null;
    const where = { dataDir, databaseUrl: database?.url ?? null };
    try {
      const old = await openStore({ ...where, migrateTo: '011-unfollowed-sitemaps' });
      const now = '2026-12-01T02:00:00.000Z';
      await sql`INSERT INTO workspace (slug, name, region, time_zone, created_at)
        VALUES ('kota', 'Pemerintah Kota Sukamaju', 'Kota Sukamaju', 'WIB', ${now})`.execute(old.db);
      const rows: [string, string | null, string | null][] = [
        ['https://warta.example/a', 'javascript:alert(document.cookie)', 'https://warta.example/a'],
        ['https://warta.example/b', 'HTTPS://cdn.warta.example/b.jpg', 'intent://warta.example/b#Intent;end'],
        ['https://warta.example/c', 'data:image/png;base64,AAAA', null],
      ];
      for (const [url, image, canonical] of rows)
        await sql`INSERT INTO article (workspace_id, url, url_key, status, discovered_at, image, canonical_url, title)
          VALUES ((SELECT id FROM workspace), ${url}, ${url}, 'fetched', ${now}, ${image}, ${canonical}, 'Judul')`.execute(
          old.db,
        );
      await old.close();

      const upgraded = await openStore(where);
      const read = await upgraded.db
        .selectFrom('article')
        .select(['url', 'image', 'canonical_url', 'title'])
        .orderBy('url')
        .execute();
      await upgraded.close();
      expect(read).toEqual([
        {
          url: 'https://warta.example/a',
          image: null,
          canonical_url: 'https://warta.example/a',
          title: 'Judul',
        },
        {
          url: 'https://warta.example/b',
          image: 'HTTPS://cdn.warta.example/b.jpg',
          canonical_url: null,
          title: 'Judul',
        },
        { url: 'https://warta.example/c', image: null, canonical_url: null, title: 'Judul' },
      ]);
    } finally {
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
