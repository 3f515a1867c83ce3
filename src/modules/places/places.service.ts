// A workspace's own places (kecamatan, kelurahan/desa, local names): added, imported from a list,
// removed, and handed to the analysis as plain gazetteer entries so mentions are read as places.
import type { GazetteerEntry } from '../../analyze/entities/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { PLACE_KINDS, type WorkspacePlace, type WorkspacePlaceKind } from '../../domain/place.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { forgetWorkspaceAnalysis } from '../analysis/workspace-analysis-cache.ts';
import { recordChange } from '../audit/audit.service.ts';
import { findWorkspace } from '../workspaces/workspaces.repo.ts';
import { inWorkspaceNamed, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { placesPolicy } from './places.policy.ts';
import {
  deletePlace,
  findPlace,
  insertPlaces,
  listPlaces as listPlaceRows,
  type NewPlace,
} from './places.repo.ts';
import {
  matchRegencies,
  type Regency,
  readRegencies,
  readRegionPlaces,
  searchRegencies,
} from './region-data.ts';

/** The words users write for the kinds, Indonesian first. */
const KIND_WORDS: Record<string, WorkspacePlaceKind> = {
  kecamatan: 'district',
  kec: 'district',
  distrik: 'district',
  district: 'district',
  kelurahan: 'village',
  kel: 'village',
  desa: 'village',
  nagari: 'village',
  gampong: 'village',
  village: 'village',
  tempat: 'place',
  lainnya: 'place',
  place: 'place',
};

export function parsePlaceKind(value: string | null | undefined): WorkspacePlaceKind {
  if (!value?.trim()) return 'place';
  const word = value.trim().toLowerCase();
  // Own keys only: "constructor" must not pass as a kind.
  const kind = Object.hasOwn(KIND_WORDS, word) ? KIND_WORDS[word] : undefined;
  if (!kind)
    throw new PantauError(
      'validation',
      `Jenis tempat harus kecamatan, kelurahan, desa atau tempat — got "${value}" (${PLACE_KINDS.join(', ')})`,
    );
  return kind;
}

/** A place name as the recogniser matches it: words separated by single spaces. */
function placeName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name) throw new PantauError('validation', 'Nama tempat wajib diisi — name is required');
  if (name.length > 100)
    throw new PantauError('validation', `Nama tempat terlalu panjang: "${name.slice(0, 40)}…"`);
  return name;
}

export async function addPlace(
  on: Store | Ctx,
  input: { workspace?: string | null; name: string; kind?: string | null; parent?: string | null },
): Promise<WorkspacePlace> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, placesPolicy.can('manage'), ws.id);
  const place: NewPlace = {
    name: placeName(input.name),
    kind: parsePlaceKind(input.kind),
    parent: input.parent?.trim() || null,
  };
  const inserted = await tx(ctx, async (t) => {
    const [row] = await insertPlaces(t, ws.id, [place]);
    if (!row)
      throw new PantauError('conflict', `Tempat "${place.name}" (${place.kind}) sudah ada — already listed`);
    await recordChange(t, {
      action: 'places.create',
      recordType: 'place',
      recordId: row.id,
      after: { ...place },
      workspaceId: ws.id,
    });
    return row;
  });
  await forgetWorkspaceAnalysis(ctx, ws.id);
  return inserted;
}

/**
 * Reads a list of places: one name per line, or CSV "nama,jenis[,induk]" (a header line naming the
 * columns is skipped); blank lines and lines starting with # are ignored.
 */
export function parsePlaceList(text: string): NewPlace[] {
  const out: NewPlace[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cells = line.split(/[,;\t]/).map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim(),
    );
    if (i === 0 && /^(nama|name)$/i.test(cells[0] ?? '')) continue;
    try {
      out.push({ name: placeName(cells[0] ?? ''), kind: parsePlaceKind(cells[1]), parent: cells[2] || null });
    } catch (e) {
      throw new PantauError('validation', `Baris ${i + 1}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Imports a list; names already there are skipped. Nothing is stored when any line is invalid. */
export async function importPlaces(on: Store | Ctx, input: { workspace?: string | null; text: string }) {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, placesPolicy.can('manage'), ws.id);
  const places = parsePlaceList(input.text);
  const added = await tx(ctx, async (t) => {
    const rows = await insertPlaces(t, ws.id, places);
    await recordChange(t, {
      action: 'places.import',
      recordType: 'place',
      recordId: null,
      after: { read: places.length, added: rows.map((r) => r.name) },
      workspaceId: ws.id,
    });
    return rows;
  });
  await forgetWorkspaceAnalysis(ctx, ws.id);
  return { read: places.length, added: added.length, skipped: places.length - added.length };
}

/**
 * The regencies and cities of the official list whose name, province or code hold the words. The
 * list is public reference data: any signed-in user reads it, before any workspace exists too (the
 * first-run screen picks the new workspace's region from it).
 */
export async function findRegions(
  _on: Store | Ctx,
  input: { workspace?: string | null; query?: string | null },
): Promise<Regency[]> {
  return searchRegencies(await readRegencies(), input.query ?? '');
}

export interface RegionLoad {
  region: Regency;
  /** Districts and villages added now. */
  districts: number;
  villages: number;
  /** The region's places the workspace had already. */
  skipped: number;
}

const regionLabel = (r: Regency) => `${r.name} (${r.code}, ${r.province})`;
const listed = (regions: Regency[], more: string) =>
  regions.length > 8
    ? `${regions.slice(0, 8).map(regionLabel).join('; ')}; ${more.replace('N', String(regions.length - 8))}`
    : regions.map(regionLabel).join('; ');

/** The one regency or city a code or name means; refuses an unknown or ambiguous one, naming candidates. */
async function regionNamed(text: string): Promise<Regency> {
  const q = text.trim();
  const { exact, similar } = matchRegencies(await readRegencies(), q);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1)
    throw new PantauError(
      'validation',
      `"${q}" bisa berarti ${exact.length} wilayah; sebutkan nama lengkap atau kodenya: ${listed(exact, 'dan N lainnya')}` +
        ` — "${q}" may mean ${exact.length} regions; give the full name or the code: ${listed(exact, 'and N more')}`,
    );
  throw new PantauError(
    'not_found',
    similar.length > 0
      ? `Kabupaten/kota "${q}" tidak ada dalam daftar resmi. Mungkin maksud Anda: ${listed(similar, 'dan N lainnya')}` +
          ` — no regency or city "${q}" in the official list. Did you mean: ${listed(similar, 'and N more')}`
      : `Kabupaten/kota "${q}" tidak ada dalam daftar resmi; cari namanya dengan pantau places regions <nama>` +
          ` — no regency or city "${q}" in the official list; search it with pantau places regions <name>`,
  );
}

/**
 * Loads a regency's or city's districts (kecamatan) and villages (kelurahan/desa) from the official
 * list as the workspace's places, each village under its district. Places already there are
 * skipped, so loading again adds nothing. A village name found in two districts is one place.
 */
export async function loadRegion(
  on: Store | Ctx,
  input: { workspace?: string | null; region: string },
): Promise<RegionLoad> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, placesPolicy.can('manage'), ws.id);
  const region = await regionNamed(input.region);
  const { districts, villages } = await readRegionPlaces(region);
  const parents = new Map<string, string[]>();
  for (const v of villages) parents.set(v.name, [...(parents.get(v.name) ?? []), v.district]);
  const places: NewPlace[] = [
    ...[...new Set(districts.map((d) => d.name))].map((name) => ({ name, kind: 'district' as const })),
    ...[...parents].map(([name, of]) => ({
      name,
      kind: 'village' as const,
      parent: [...new Set(of)].join(', '),
    })),
  ];
  const added = await tx(ctx, async (t) => {
    const rows = await insertPlaces(t, ws.id, places);
    await recordChange(t, {
      action: 'places.region',
      recordType: 'place',
      recordId: null,
      after: { region: region.code, name: region.name, read: places.length, added: rows.map((r) => r.name) },
      workspaceId: ws.id,
    });
    return rows;
  });
  await forgetWorkspaceAnalysis(ctx, ws.id);
  return {
    region,
    districts: added.filter((p) => p.kind === 'district').length,
    villages: added.filter((p) => p.kind === 'village').length,
    skipped: places.length - added.length,
  };
}

export async function listPlaces(on: Store | Ctx, workspace?: string | null): Promise<WorkspacePlace[]> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, placesPolicy.can('read'), ws.id);
  return listPlaceRows(ctx, ws.id);
}

export async function removePlace(
  on: Store | Ctx,
  id: number,
  workspace?: string | null,
): Promise<WorkspacePlace> {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  const place = await tx(ctx, async (t) => {
    const found = await findPlace(t, id);
    if (!found || !sameWorkspace(t, found.workspaceId)) {
      throw new PantauError('not_found', `Tempat #${id} tidak ditemukan — place not found`);
    }
    authorize(t.actor, placesPolicy.can('manage'), found.workspaceId);
    await deletePlace(t, id);
    await recordChange(t, {
      action: 'places.delete',
      recordType: 'place',
      recordId: id,
      before: { name: found.name, kind: found.kind, parent: found.parent },
      workspaceId: found.workspaceId,
    });
    return found;
  });
  await forgetWorkspaceAnalysis(ctx, place.workspaceId);
  return place;
}

/**
 * The workspace's own region as a place: "Wali Kota Sukamaju Arief Wicaksono" then reads as a role,
 * a place and a person even when the region is missing from the shipped list (a new regency, a
 * spelling the office uses).
 */
export function regionEntry(region: string): GazetteerEntry[] {
  const m = /^(kota|kabupaten|kab\.?|provinsi)\s+(.+)$/i.exec(region.trim());
  const name = (m ? m[2] : region).trim();
  if (name.length < 3 || /^(kota|kabupaten|provinsi)$/i.test(name)) return [];
  const head = m?.[1].toLowerCase() ?? 'kota';
  return [{ name, kind: head.startsWith('kab') ? 'regency' : head === 'provinsi' ? 'province' : 'city' }];
}

/** The workspace's places as the analysis takes them: plain entries, clonable to the page processes. */
export async function workspaceGazetteerEntries(
  store: Store,
  workspaceId: number,
): Promise<GazetteerEntry[]> {
  const ws = await findWorkspace(store, workspaceId);
  const own = (await listPlaceRows(store, workspaceId)).map((p) => ({ name: p.name, kind: p.kind }));
  return [...(ws ? regionEntry(ws.region) : []), ...own];
}
