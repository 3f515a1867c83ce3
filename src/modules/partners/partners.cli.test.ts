// The stable CLI contract of the partner media registry on both stores: an operator adds an outlet
// with its newsroom address and two hosts, then `pantau partners list --json` gives it back as
// scripts read it, and the plain list shows a readable Indonesian table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { runCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';

const SLOW = { timeout: 120_000 };

describe.each(DIALECTS)('pantau partners on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli([...args, '--workspace', 'kab-trenggalek'], env);

  beforeAll(async () => {
    t = await openTestStore(dialect);
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    await buildWorkspace(t.store, { slug: 'kab-trenggalek', region: 'Kabupaten Trenggalek' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  test('partners add, then list --json and the readable table', SLOW, async () => {
    const empty = await cli('partners', 'list', '--json');
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual([]);

    const added = await cli(
      'partners',
      'add',
      '--name',
      'Kabar Trenggalek',
      '--newsroom-email',
      'redaksi@kabar.example',
      '--host',
      'https://www.kabar.example/',
      '--host',
      'kabar-tv.example',
      '--verification',
      'administrative',
      '--verified-on',
      '2024-02-01',
      // Long past: listed as expired, whatever day the test runs.
      '--valid-until',
      '2025-02-01',
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(
      /^Mitra media #\d+ ditambahkan: Kabar Trenggalek \(kabar-tv\.example, kabar\.example\)/,
    );

    const listed = await cli('partners', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const [partner, ...rest] = JSON.parse(listed.stdout);
    expect(rest).toEqual([]);
    expect(partner).toMatchObject({
      id: expect.any(Number),
      name: 'Kabar Trenggalek',
      mediaType: 'online',
      newsroomEmail: 'redaksi@kabar.example',
      hosts: ['kabar-tv.example', 'kabar.example'],
      verification: { status: 'administrative', verifiedOn: '2024-02-01', validUntil: '2025-02-01' },
      active: true,
    });
    expect(partner.warnings).toEqual([
      expect.objectContaining({ kind: 'verification', expiresOn: '2025-02-01', expired: true }),
    ]);

    const table = await cli('partners', 'list');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Verifikasi Dewan Pers');
    expect(table.stdout).toContain('administratif s.d. 1 Februari 2025');
    expect(table.stdout).toContain('Perlu diperpanjang:');

    const bad = await cli('partners', 'add', '--name', 'Radio Suara', '--host', 'bukan host');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Nama host tidak sah');
  });
});
