// Use cases for workspaces: create, list, and find the one a command is about.
import { PantauError } from '../../domain/errors.ts';
import { isTimeZoneName, type Workspace } from '../../domain/workspace.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { findWorkspaceBySlug, insertWorkspace, listWorkspaces } from './workspaces.repo.ts';

export interface NewWorkspaceInput {
  name: string;
  region: string;
  timeZone?: string;
  slug?: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export async function createWorkspace(store: Store, input: NewWorkspaceInput): Promise<Workspace> {
  const name = input.name.trim();
  const region = input.region.trim();
  if (!name) throw new PantauError('validation', 'Nama workspace wajib diisi — name is required');
  if (!region) throw new PantauError('validation', 'Wilayah wajib diisi — region is required');
  const timeZone = (input.timeZone ?? 'WIB').toUpperCase();
  if (!isTimeZoneName(timeZone)) {
    throw new PantauError('validation', `Zona waktu harus WIB, WITA atau WIT — got "${input.timeZone}"`);
  }
  const slug = input.slug ? slugify(input.slug) : slugify(name);
  if (!slug) throw new PantauError('validation', 'Slug workspace tidak valid — invalid slug');
  return insertWorkspace(store, { slug, name, region, timeZone });
}

export { listWorkspaces };

/**
 * The workspace a command acts on: the one named, else the only one there is; a fresh install
 * gets a default workspace so the first `sources add` just works.
 */
export async function resolveWorkspace(store: Store, slug?: string | null): Promise<Workspace> {
  if (slug) {
    const found = await findWorkspaceBySlug(store, slug);
    if (!found) throw new PantauError('not_found', `Workspace "${slug}" tidak ditemukan — not found`);
    return found;
  }
  const all = await listWorkspaces(store);
  if (all.length === 1) return all[0];
  if (all.length === 0) {
    return (
      (await findWorkspaceBySlug(store, 'utama')) ??
      insertWorkspace(store, {
        slug: 'utama',
        name: 'Pemantauan Utama',
        region: 'Indonesia',
        timeZone: 'WIB',
      }).catch(
        // Another process created it at the same moment.
        async () => (await findWorkspaceBySlug(store, 'utama')) as Workspace,
      )
    );
  }
  throw new PantauError(
    'validation',
    `Ada ${all.length} workspace; pilih dengan --workspace (${all.map((w) => w.slug).join(', ')}) — choose one`,
  );
}
