// Workspaces on both stores: reading never creates one, several are told apart by a default, and
// administrators rename and remove them (each change audited; others are refused).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { listAuditTrail } from '../audit/audit.service.ts';
import { addSource, listSources } from '../sources/sources.service.ts';
import { actorOf } from '../users/accounts.ts';
import { grantRole } from '../users/users.service.ts';
import {
  defaultWorkspace,
  listWorkspaces,
  removeWorkspace,
  renameWorkspace,
  resolveWorkspace,
  setDefaultWorkspace,
  workspaceForActor,
  workspaceRemoval,
} from './workspaces.service.ts';

describe.each(DIALECTS)('workspaces on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => t.dispose());

  test('a read on a fresh install creates no workspace and says how to create one', async () => {
    await expect(listSources(systemCtx(t.store))).rejects.toThrow(/pantau workspace create/);
    await expect(resolveWorkspace(t.store)).rejects.toThrow(/pantau workspace create/);
    expect(await listWorkspaces(t.store)).toEqual([]);
  });

  test('a source added before any workspace exists is refused with how to make one, and nothing is made', async () => {
    await expect(
      addSource(systemCtx(t.store), { url: 'https://contoh-media.id/rss', name: 'Contoh Media' }),
    ).rejects.toThrow(/Belum ada workspace; buat dulu: pantau workspace create/);
    expect(await listWorkspaces(t.store)).toEqual([]);
    await buildWorkspace(t.store, { slug: 'kota' });
    await addSource(systemCtx(t.store), { url: 'https://contoh-media.id/rss', name: 'Contoh Media' });
    expect((await listSources(systemCtx(t.store))).map((s) => s.name)).toEqual(['Contoh Media']);
  });

  test('with several workspaces, commands naming none use the default once it is set', async () => {
    const kota = await buildWorkspace(t.store, { slug: 'kota' });
    await buildWorkspace(t.store, { slug: 'kabupaten' });
    const admin = systemCtx(t.store);
    await expect(resolveWorkspace(t.store)).rejects.toThrow(/pantau workspace default/);
    expect(await defaultWorkspace(admin)).toBeNull();

    await setDefaultWorkspace(admin, 'kota');
    expect((await resolveWorkspace(t.store)).id).toBe(kota.id);
    expect((await workspaceForActor(t.store, admin.actor)).id).toBe(kota.id);
    await setDefaultWorkspace(admin, 'kabupaten');
    expect((await resolveWorkspace(t.store)).slug).toBe('kabupaten');

    // A member of several workspaces lands in the default when it is one of theirs.
    const member = await buildUser(t.store, { role: 'analyst', workspace: kota });
    await grantRole(admin, { email: member.user.email, role: 'analyst', workspace: 'kabupaten' });
    const actor = await actorOf(t.store, member.user.id, 'cli');
    if (!actor) throw new Error('member not found');
    expect((await workspaceForActor(t.store, actor)).slug).toBe('kabupaten');
  });

  test('rename changes the name and slug; remove needs nothing else, deletes the contents, keeps the audit', async () => {
    const admin = systemCtx(t.store);
    await buildWorkspace(t.store, { slug: 'kota', name: 'Pemkot' });
    const other = await buildWorkspace(t.store, { slug: 'lain' });
    await setDefaultWorkspace(admin, 'kota');
    await addSource(admin, { url: 'https://contoh-media.id/rss', workspace: 'kota' });
    await addSource(admin, { url: 'https://contoh-media.id/rss', workspace: 'lain' });

    await expect(renameWorkspace(admin, 'kota', { slug: 'lain' })).rejects.toThrow(/sudah ada/);
    const renamed = await renameWorkspace(admin, 'kota', {
      name: 'Pemerintah Kota Tangerang',
      slug: 'Tangerang',
    });
    expect(renamed).toMatchObject({ slug: 'tangerang', name: 'Pemerintah Kota Tangerang' });
    expect((await resolveWorkspace(t.store)).slug).toBe('tangerang');

    const preview = await workspaceRemoval(admin, 'tangerang');
    expect(preview.contents).toMatchObject({ sources: 1, articles: 0 });
    expect((await listWorkspaces(t.store)).length).toBe(2);

    await removeWorkspace(admin, 'tangerang');
    expect((await listWorkspaces(t.store)).map((w) => w.slug)).toEqual(['lain']);
    // The other workspace's source is untouched, and it is now the only (so default) one.
    expect((await listSources(admin)).map((s) => s.workspaceId)).toEqual([other.id]);
    expect((await defaultWorkspace(admin))?.slug).toBe('lain');

    const actions = (await listAuditTrail(admin, {})).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['workspaces.default', 'workspaces.rename', 'workspaces.remove']),
    );
  });

  test('only installation administrators rename, remove or choose the default', async () => {
    const kota = await buildWorkspace(t.store, { slug: 'kota' });
    const lead = await buildUser(t.store, { role: 'team_lead', workspace: kota });
    await expect(renameWorkspace(lead.ctx, 'kota', { name: 'X' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(removeWorkspace(lead.ctx, 'kota')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setDefaultWorkspace(lead.ctx, 'kota')).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listWorkspaces(t.store)).map((w) => w.name)).toEqual([kota.name]);
  });
});
