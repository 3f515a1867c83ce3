// `pantau users` (accounts and roles) and `pantau tokens` (personal API tokens).
import type { Command } from 'commander';
import { ROLE_LABELS, ROLES } from '../../domain/user.ts';
import { action, parseId, withCtx } from '../../kernel/cli/runtime.ts';
import { createToken, listTokens, revokeToken } from './tokens.service.ts';
import { presentToken, presentUser } from './users.present.ts';
import {
  createUser,
  grantRole,
  listUsers,
  resetPassword,
  revokeRole,
  setUserDisabled,
} from './users.service.ts';

const roleHelp = ROLES.map((r) => `${r} (${ROLE_LABELS[r].id})`).join(', ');

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Kelola pengguna dan peran — manage users and roles');
  users
    .command('create')
    .description('Buat pengguna; kata sandi sekali pakai dicetak sekali — create a user')
    .requiredOption('--email <email>', 'alamat surel (untuk masuk)')
    .requiredOption('--name <name>', 'nama lengkap')
    .option('--role <role>', `peran di workspace: ${roleHelp}`)
    .option('--workspace <slug>', 'workspace untuk peran itu (bawaan: satu-satunya)')
    .option('--agency <short>', 'OPD (nama singkat), untuk petugas OPD')
    .option('--admin', 'administrator instalasi')
    .action(
      action(
        async (opts: {
          email: string;
          name: string;
          role?: string;
          workspace?: string;
          agency?: string;
          admin?: boolean;
        }) => {
          const { user, password } = await withCtx((ctx) =>
            createUser(ctx, { ...opts, administrator: opts.admin }),
          );
          process.stdout.write(
            `Pengguna #${user.id} dibuat: ${user.name} <${user.email}>${user.memberships.map((m) => ` · ${m.role} di ${m.workspaceSlug}`).join('')}\n` +
              `Kata sandi sekali pakai (tampil sekali; gantilah setelah masuk): ${password}\n`,
          );
        },
      ),
    );
  users
    .command('list')
    .description('Daftar pengguna dan perannya — list users')
    .option('--workspace <slug>', 'hanya anggota workspace ini')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { workspace?: string; json?: boolean }) => {
        const list = await withCtx((ctx) => listUsers(ctx));
        const shown = opts.workspace
          ? list.filter((u) => u.memberships.some((m) => m.workspaceSlug === opts.workspace))
          : list;
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(shown.map(presentUser))}\n`);
          return;
        }
        for (const u of shown) {
          const roles = u.memberships.map((m) => `${m.role}@${m.workspaceSlug}`).join(', ') || '—';
          const flags = [u.isAdmin ? 'admin instalasi' : '', u.disabled ? 'NONAKTIF' : '']
            .filter(Boolean)
            .join(', ');
          process.stdout.write(`#${u.id}  ${u.email}  ${u.name}  [${roles}]${flags ? `  (${flags})` : ''}\n`);
        }
      }),
    );
  users
    .command('disable <email>')
    .description('Nonaktifkan pengguna (sesinya berakhir, tokennya berhenti) — disable a user')
    .option('--enable', 'aktifkan kembali')
    .action(
      action(async (email: string, opts: { enable?: boolean }) => {
        const u = await withCtx((ctx) => setUserDisabled(ctx, email, !opts.enable));
        process.stdout.write(`${u.email} ${u.disabled ? 'dinonaktifkan' : 'diaktifkan'}.\n`);
      }),
    );
  users
    .command('reset-password <email>')
    .description('Kata sandi sekali pakai baru; semua sesinya berakhir — reset a password')
    .action(
      action(async (email: string) => {
        const { user, password } = await withCtx((ctx) => resetPassword(ctx, email));
        process.stdout.write(`Kata sandi sekali pakai baru untuk ${user.email}: ${password}\n`);
      }),
    );
  users
    .command('grant <email> <role>')
    .description(`Beri peran di workspace: ${roleHelp}`)
    .option('--workspace <slug>', 'workspace (bawaan: satu-satunya)')
    .option('--agency <short>', 'OPD (nama singkat), untuk petugas OPD')
    .action(
      action(async (email: string, role: string, opts: { workspace?: string; agency?: string }) => {
        const u = await withCtx((ctx) => grantRole(ctx, { email, role, ...opts }));
        process.stdout.write(
          `${u.email}: ${u.memberships.map((m) => `${m.role}@${m.workspaceSlug}`).join(', ')}\n`,
        );
      }),
    );
  users
    .command('revoke <email>')
    .description('Cabut peran pengguna di workspace — revoke a role')
    .option('--workspace <slug>', 'workspace (bawaan: satu-satunya)')
    .action(
      action(async (email: string, opts: { workspace?: string }) => {
        const u = await withCtx((ctx) => revokeRole(ctx, { email, workspace: opts.workspace }));
        process.stdout.write(
          `${u.email}: ${u.memberships.map((m) => `${m.role}@${m.workspaceSlug}`).join(', ') || 'tanpa peran'}\n`,
        );
      }),
    );
}

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('Token API pribadi — personal API tokens');
  tokens
    .command('create')
    .description('Buat token API; dicetak sekali — create a token (shown once)')
    .requiredOption('--name <name>', 'nama token, mis. "skrip laporan harian"')
    .option('--expires <date>', 'kedaluwarsa (tanggal ISO, mis. 2027-06-30)')
    .action(
      action(async (opts: { name: string; expires?: string }) => {
        const made = await withCtx((ctx) => createToken(ctx, { name: opts.name, expiresAt: opts.expires }));
        process.stderr.write(
          `Token #${made.record.id} "${made.record.name}" dibuat; simpan sekarang, tidak ditampilkan lagi:\n`,
        );
        process.stdout.write(`${made.token}\n`);
      }),
    );
  tokens
    .command('list')
    .description('Token API milik pengguna ini — list tokens')
    .option('--json', 'keluaran JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const list = (await withCtx((ctx) => listTokens(ctx))).map(presentToken);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list)}\n`);
          return;
        }
        for (const t of list) {
          const state = t.revokedAt
            ? `dicabut ${t.revokedAt}`
            : t.expiresAt
              ? `berlaku s.d. ${t.expiresAt}`
              : 'aktif';
          process.stdout.write(
            `#${t.id}  ${t.prefix}…  ${t.name}  (${state}; terakhir dipakai ${t.lastUsedAt ?? '—'})\n`,
          );
        }
      }),
    );
  tokens
    .command('revoke <id>')
    .description('Cabut token API — revoke a token')
    .action(
      action(async (id: string) => {
        const t = await withCtx((ctx) => revokeToken(ctx, parseId(id)));
        process.stdout.write(`Token #${t.id} "${t.name}" dicabut.\n`);
      }),
    );
}
