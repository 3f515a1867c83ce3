// The accounts and audit commands as an administrator uses them, on both stores: users with
// one-time passwords, roles, personal tokens printed once and working against the API, an audit
// row for every command that changes something, and `audit verify` naming an altered or a
// deleted row.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/main/app.ts';
import { runCli } from '../support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON printed by the commands under test
type Json = any;

describe.each(DIALECTS)('accounts and audit commands on %s', (dialect) => {
  let t: TestStore;
  let env: Record<string, string>;
  const cli = async (...args: string[]) => {
    const r = await runCli(args, env);
    return r;
  };

  beforeAll(async () => {
    t = await openTestStore(dialect);
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    expect(
      (
        await cli(
          'workspace',
          'create',
          '--name',
          'Pemerintah Kota Sukamaju',
          '--region',
          'Kota Sukamaju',
          '--slug',
          'sukamaju',
        )
      ).code,
    ).toBe(0);
  });
  afterAll(async () => t.dispose());

  // About twenty `pantau` processes, a second or more each: the default 30 s is too tight on a busy machine.
  test('users, roles and tokens from the command line', { timeout: 180_000 }, async () => {
    const agency = await cli(
      'agencies',
      'add',
      '--name',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      '--short',
      'Dinas PUPR',
      '--head',
      'Ir. Sutrisno',
    );
    expect(agency.code, agency.stderr).toBe(0);
    const created = await cli(
      'users',
      'create',
      '--email',
      'Rina@Humas.example',
      '--name',
      'Rina Wulandari',
      '--role',
      'analyst',
      '--workspace',
      'sukamaju',
    );
    expect(created.code, created.stderr).toBe(0);
    const password = /Kata sandi sekali pakai[^:]*: (\S+)/.exec(created.stdout)?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const officer = await cli(
      'users',
      'create',
      '--email',
      'opd@pupr.example',
      '--name',
      'Petugas PUPR',
      '--role',
      'agency_officer',
      '--agency',
      'dinas pupr',
    );
    expect(officer.code, officer.stderr).toBe(0);
    const noAgency = await cli(
      'users',
      'create',
      '--email',
      'opd2@x.example',
      '--name',
      'Tanpa OPD',
      '--role',
      'agency_officer',
    );
    expect(noAgency.code).toBe(2);
    expect(noAgency.stderr).toMatch(/harus terhubung ke satu OPD/);
    expect(
      (await cli('users', 'create', '--email', 'x@y.example', '--name', 'X', '--role', 'walikota')).stderr,
    ).toMatch(/Peran "walikota" tidak dikenal/);

    const listed = JSON.parse((await cli('users', 'list', '--json')).stdout) as Json[];
    const rina = listed.find((u) => u.email === 'rina@humas.example');
    expect(rina).toMatchObject({ name: 'Rina Wulandari', isAdmin: false, mustChangePassword: true });
    expect(rina.memberships).toEqual([
      expect.objectContaining({ workspaceSlug: 'sukamaju', role: 'analyst', agencyId: null }),
    ]);
    expect(listed.find((u) => u.email === 'opd@pupr.example').memberships[0].agencyId).toEqual(
      expect.any(Number),
    );
    expect(JSON.stringify(listed)).not.toMatch(/argon2|password_hash/);

    // A token made as Rina is printed once, on stdout alone, and acts as Rina in the API.
    const token = await cli('tokens', 'create', '--name', 'skrip laporan', '--as', 'rina@humas.example');
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/^pat_[\w-]{40,}\n$/);
    const app = await buildApp({ store: t.store });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const me = (await (
        await fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } })
      ).json()) as Json;
      expect(me.user.email).toBe('rina@humas.example');
      expect(
        (await fetch(`${base}/api/v1/users`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } }))
          .status,
      ).toBe(403);
    } finally {
      await app.close();
    }
    const tokens = await cli('tokens', 'list', '--as', 'rina@humas.example');
    expect(tokens.stdout).toContain('skrip laporan');
    expect(tokens.stdout).not.toContain(token.stdout.trim());

    // An analyst cannot manage users; revoking and disabling work for the administrator.
    const refused = await cli(
      'users',
      'create',
      '--email',
      'z@y.example',
      '--name',
      'Z',
      '--as',
      'rina@humas.example',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/tidak mengizinkan users\.manage/);
    expect((await cli('users', 'grant', 'rina@humas.example', 'team_lead')).stdout).toContain(
      'team_lead@sukamaju',
    );
    expect((await cli('users', 'revoke', 'rina@humas.example')).stdout).toContain('tanpa peran');
    expect((await cli('users', 'reset-password', 'rina@humas.example')).stdout).toMatch(
      /Kata sandi sekali pakai baru untuk rina@humas\.example: \S+/,
    );
    expect((await cli('users', 'disable', 'rina@humas.example')).code).toBe(0);
    const asDisabled = await cli('tokens', 'list', '--as', 'rina@humas.example');
    expect(asDisabled.code).toBe(1);
  });

  // About twenty `pantau` processes, a second or more each: the default 30 s is too tight on a busy machine.
  test('every change made by a command is in the audit trail, with who did it', {
    timeout: 180_000,
  }, async () => {
    const rows = JSON.parse((await cli('audit', 'list', '--json', '--limit', '500')).stdout) as Json[];
    const actions = rows.map((r) => `${r.action} by ${r.actor}`);
    for (const expected of [
      'workspaces.create by admin@pantau.local',
      'agencies.create by admin@pantau.local',
      'users.create by admin@pantau.local',
      'tokens.create by rina@humas.example',
      'users.grant by admin@pantau.local',
      'users.revoke by admin@pantau.local',
      'users.reset_password by admin@pantau.local',
      'users.disable by admin@pantau.local',
    ]) {
      expect(actions).toContain(expected);
    }
    const reset = rows.find((r) => r.action === 'users.reset_password');
    expect(JSON.stringify(reset)).not.toMatch(/[a-z2-9]{4}-[a-z2-9]{4}-/); // no password in the trail
    const byRecord = JSON.parse(
      (
        await cli(
          'audit',
          'list',
          '--json',
          '--record',
          `agency:${rows.find((r) => r.action === 'agencies.create').recordId}`,
        )
      ).stdout,
    ) as Json[];
    expect(byRecord).toHaveLength(1);
    expect(byRecord[0].changes.after).toMatchObject({ shortName: 'Dinas PUPR', head: 'Ir. Sutrisno' });
  });

  // About twenty `pantau` processes, a second or more each: the default 30 s is too tight on a busy machine.
  test('audit verify: intact, then names an altered row, then a row after a deleted one', {
    timeout: 180_000,
  }, async () => {
    const intact = await cli('audit', 'verify');
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/Jejak audit utuh: \d+ baris/);

    // The application's own connection cannot rewrite history.
    await expect(
      sql`UPDATE audit_log SET actor = 'orang lain' WHERE id = 2`.execute(t.store.db),
    ).rejects.toThrow(/append-only/);

    // Someone with the database itself can; the chain shows it.
    await dropAppendOnly();
    await sql`UPDATE audit_log SET actor = 'orang lain' WHERE id = 3`.execute(t.store.db);
    const altered = await cli('audit', 'verify');
    expect(altered.code).not.toBe(0);
    expect(altered.stderr).toMatch(/baris #3 telah diubah/);

    await restoreRow3();
    await sql`DELETE FROM audit_log WHERE id = 5`.execute(t.store.db);
    const deleted = await cli('audit', 'verify');
    expect(deleted.code).not.toBe(0);
    expect(deleted.stderr).toMatch(/baris sebelum #6 telah dihapus/);
  });

  async function dropAppendOnly() {
    if (dialect === 'sqlite') {
      await sql`DROP TRIGGER audit_log_no_update`.execute(t.store.db);
      await sql`DROP TRIGGER audit_log_no_delete`.execute(t.store.db);
    } else {
      await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(t.store.db);
    }
  }
  /** Puts the altered row's actor back (so the next check sees only the deletion). */
  async function restoreRow3() {
    await sql`UPDATE audit_log SET actor = (SELECT actor FROM audit_log WHERE id = 2) WHERE id = 3`.execute(
      t.store.db,
    );
  }
});
