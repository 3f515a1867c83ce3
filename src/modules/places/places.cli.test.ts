// `pantau places` as a PR office fills in its region: add one, import a list, see them, remove one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createWorkspace, jsonLines, runCli } from '../../../test/support/cli.ts';

let dataDir = '';
let env: Record<string, string> = {};
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-places-'));
  env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

test('pantau places add, import, list and remove', { timeout: 180_000 }, async () => {
  const added = await runCli(
    ['places', 'add', 'Cipadung', 'Kidul', '--kind', 'kelurahan', '--parent', 'Cibiru'],
    env,
  );
  expect(added.code).toBe(0);
  expect(added.stdout).toContain('ditambahkan: Cipadung Kidul (kelurahan/desa)');
  expect(added.stdout).toContain('pantau reanalyze');
  const again = await runCli(['places', 'add', 'Cipadung Kidul', '--kind', 'kelurahan'], env);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('sudah ada');

  const file = path.join(dataDir, 'wilayah.csv');
  await writeFile(file, 'nama,jenis\nCibiru,kecamatan\nCipadung Kidul,kelurahan\nPasar Ujungberung\n');
  const imported = await runCli(['places', 'import', file], env);
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain('Dibaca 3 tempat: 2 ditambahkan, 1 sudah ada.');

  const list = jsonLines<{ id: number; name: string; kind: string }>(
    (await runCli(['places', 'list', '--json'], env)).stdout,
  );
  expect(list.map((p) => `${p.kind}:${p.name}`)).toEqual([
    'district:Cibiru',
    'place:Pasar Ujungberung',
    'village:Cipadung Kidul',
  ]);
  const removed = await runCli(['places', 'remove', String(list[1].id)], env);
  expect(removed.stdout).toContain('(Pasar Ujungberung) dihapus');
  expect((await runCli(['places', 'list'], env)).stdout).not.toContain('Pasar Ujungberung');

  const bad = await runCli(['places', 'add', 'Jawa', '--kind', 'pulau'], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('Jenis tempat harus');
  const missing = await runCli(['places', 'import', path.join(dataDir, 'tidak-ada.csv')], env);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('tidak dapat dibaca');
});
