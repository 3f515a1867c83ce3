// The stable CLI contract of the register on both stores: an operator records an incoming and an
// outgoing letter with `pantau register add`, and `pantau register list --json` gives them back with
// their agenda numbers, filtered by direction and year; without --json, a table in Indonesian.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { runCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';

const SLOW = { timeout: 120_000 };

describe.each(DIALECTS)('pantau register on %s', (dialect) => {
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

  test('register add, then list as JSON and as a table', SLOW, async () => {
    const incoming = await cli(
      'register',
      'add',
      '--direction',
      'masuk',
      '--number',
      '005/412/35.03.01/2026',
      '--date',
      '2026-11-30',
      '--received',
      '2026-12-01',
      '--counterpart',
      'Sekretariat DPRD',
      '--subject',
      'Undangan rapat dengar pendapat tarif PDAM',
      '--summary',
      'Diskominfo diminta memaparkan rencana sosialisasi.',
      '--nature',
      'segera',
      '--classification',
      '005',
      '--srikandi',
      'SRK-2026-000981',
    );
    expect(incoming.code, incoming.stderr).toBe(0);
    expect(incoming.stdout).toContain('nomor agenda M-2026/0001');
    const outgoing = await cli(
      'register',
      'add',
      '--direction',
      'keluar',
      '--number',
      '480/77/406.012/2025',
      '--date',
      '2025-12-29',
      '--received',
      '2025-12-30',
      '--counterpart',
      'Radio Swara Trenggalek',
      '--subject',
      'Penayangan iklan layanan masyarakat akhir tahun',
      '--public-class',
      'berkala',
    );
    expect(outgoing.code, outgoing.stderr).toBe(0);

    const all = await cli('register', 'list', '--json');
    expect(all.code, all.stderr).toBe(0);
    const letters = JSON.parse(all.stdout);
    expect(letters).toHaveLength(2);
    expect(letters[0]).toEqual({
      id: expect.any(Number),
      agendaNumber: 'M-2026/0001',
      direction: 'masuk',
      letterNumber: '005/412/35.03.01/2026',
      letterDate: '2026-11-30',
      counterpart: 'Sekretariat DPRD',
      nature: 'segera',
      subject: 'Undangan rapat dengar pendapat tarif PDAM',
      summary: 'Diskominfo diminta memaparkan rencana sosialisasi.',
      classification: '005',
      publicClass: 'setiap_saat',
      srikandiRef: 'SRK-2026-000981',
      registeredAt: expect.any(String),
    });
    expect(letters[1]).toMatchObject({
      agendaNumber: 'K-2025/0001',
      direction: 'keluar',
      publicClass: 'berkala',
    });

    const keluar = JSON.parse((await cli('register', 'list', '--json', '--direction', 'keluar')).stdout);
    expect(keluar.map((l: { agendaNumber: string }) => l.agendaNumber)).toEqual(['K-2025/0001']);
    const in2026 = JSON.parse((await cli('register', 'list', '--json', '--year', '2026')).stdout);
    expect(in2026.map((l: { agendaNumber: string }) => l.agendaNumber)).toEqual(['M-2026/0001']);

    const table = await cli('register', 'list');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('No. Agenda');
    expect(table.stdout).toMatch(
      /M-2026\/0001\s+2026-12-01\s+005\/412\/35\.03\.01\/2026\s+Sekretariat DPRD\s+Segera\s+Undangan/,
    );
    expect(table.stdout).toContain('2 surat');

    const bad = await cli('register', 'list', '--direction', 'samping');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--direction harus salah satu dari masuk, keluar');
  });
});
