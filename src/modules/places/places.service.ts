// A workspace's own places (kecamatan, kelurahan/desa, local names): added, imported from a list,
// removed, and handed to the analysis as plain gazetteer entries so mentions are read as places.
import type { GazetteerEntry } from '../../analyze/entities/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { PLACE_KINDS, type WorkspacePlace, type WorkspacePlaceKind } from '../../domain/place.ts';
import type { Store } from '../../kernel/db/connect.ts';
import {
  deletePlace,
  findPlace,
  insertPlaces,
  listPlaces as listPlaceRows,
  type NewPlace,
} from './places.repo.ts';
import { findWorkspace } from '../workspaces/workspaces.repo.ts';
import { forgetWorkspaceAnalysis } from '../analysis/workspace-analysis-cache.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';

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
  const kind = KIND_WORDS[value.trim().toLowerCase()];
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
  store: Store,
  input: { workspace?: string | null; name: string; kind?: string | null; parent?: string | null },
): Promise<WorkspacePlace> {
  const ws = await resolveWorkspace(store, input.workspace);
  const place: NewPlace = {
    name: placeName(input.name),
    kind: parsePlaceKind(input.kind),
    parent: input.parent?.trim() || null,
  };
  const [inserted] = await insertPlaces(store, ws.id, [place]);
  forgetWorkspaceAnalysis(store, ws.id);
  if (!inserted)
    throw new PantauError('conflict', `Tempat "${place.name}" (${place.kind}) sudah ada — already listed`);
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
export async function importPlaces(store: Store, input: { workspace?: string | null; text: string }) {
  const ws = await resolveWorkspace(store, input.workspace);
  const places = parsePlaceList(input.text);
  const added = await insertPlaces(store, ws.id, places);
  forgetWorkspaceAnalysis(store, ws.id);
  return { read: places.length, added: added.length, skipped: places.length - added.length };
}

export async function listPlaces(store: Store, workspace?: string | null): Promise<WorkspacePlace[]> {
  const ws = await resolveWorkspace(store, workspace);
  return listPlaceRows(store, ws.id);
}

export async function removePlace(store: Store, id: number): Promise<WorkspacePlace> {
  const place = await findPlace(store, id);
  if (!place) throw new PantauError('not_found', `Tempat #${id} tidak ditemukan — place not found`);
  await deletePlace(store, id);
  forgetWorkspaceAnalysis(store, place.workspaceId);
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

/** The workspace's places as the analysis takes them: plain entries, clonable to worker threads. */
export async function workspaceGazetteerEntries(
  store: Store,
  workspaceId: number,
): Promise<GazetteerEntry[]> {
  const ws = await findWorkspace(store, workspaceId);
  const own = (await listPlaceRows(store, workspaceId)).map((p) => ({ name: p.name, kind: p.kind }));
  return [...(ws ? regionEntry(ws.region) : []), ...own];
}
