// `pantau places regions` and `pantau places region` as an office sets up: find its city in the
// official list, load its kecamatan and kelurahan/desa, load again (nothing new), and be told which
// name it meant when the name fits two regions.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createWorkspace, jsonLines, runCli } from '../../../test/support/cli.ts';

let dataDir = '';
let env: Record<string, string> = {};
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-region-'));
  env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env, 'Pemerintah Kota Sabang', 'Kota Sabang');
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

test('pantau places regions and pantau places region', { timeout: 180_000 }, async () => {
  const found = await runCli(['places', 'regions', 'kota', 'aceh'], env);
  expect(found.code).toBe(0);
  expect(found.stdout.split('\n')).toContain('11.72\tKota Sabang\tAceh');
  expect((await runCli(['places', 'regions', 'tidak-ada-wilayah'], env)).stdout).toBe(
    'Tidak ada kabupaten/kota yang cocok.\n',
  );

  const loaded = await runCli(['places', 'region', 'Kota', 'Sabang'], env);
  expect(loaded.code).toBe(0);
  expect(loaded.stdout).toBe(
    'Kota Sabang (11.72, Aceh): 3 kecamatan dan 18 kelurahan/desa ditambahkan, 0 sudah ada.\n' +
      'Jalankan `pantau reanalyze` agar artikel lama ikut dikenali.\n',
  );
  const again = await runCli(['places', 'region', '11.72', '--json'], env);
  expect(JSON.parse(again.stdout)).toEqual({
    region: { code: '11.72', name: 'Kota Sabang', province: 'Aceh' },
    districts: 0,
    villages: 0,
    skipped: 21,
  });
  expect((await runCli(['places', 'region', '1172'], env)).stdout).toBe(
    'Kota Sabang (11.72, Aceh): tidak ada tempat baru, 21 tempat sudah ada.\n',
  );
  const list = jsonLines<{ name: string; kind: string; parent: string | null }>(
    (await runCli(['places', 'list', '--json'], env)).stdout,
  );
  expect(list).toHaveLength(21);
  expect(list).toContainEqual(
    expect.objectContaining({ name: 'Iboih', kind: 'village', parent: 'Sukamakmue' }),
  );

  const ambiguous = await runCli(['places', 'region', 'Mojokerto'], env);
  expect(ambiguous.code).toBe(2);
  expect(ambiguous.stderr).toContain(
    'Kabupaten Mojokerto (35.16, Jawa Timur); Kota Mojokerto (35.76, Jawa Timur)',
  );
  const unknown = await runCli(['places', 'region', 'Sabag'], env);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('Mungkin maksud Anda: Kota Sabang (11.72, Aceh)');
});
