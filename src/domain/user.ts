// People who use Pantau, the roles the two SOPs give them, and who is acting in a use case.

/**
 * Roles from the SOPs. A user holds one role per workspace; what each role may do is declared by
 * each module's policy, never here.
 */
export const ROLES = [
  'analyst', // penelaah teknis / pranata humas / fungsional
  'reviewer', // pemeriksa laporan
  'team_lead', // ketua tim kerja
  'head', // kepala bagian / kepala bidang
  'assistant', // asisten
  'secretary', // sekretaris daerah / sekretaris dinas
  'leader', // wali kota / bupati / kepala dinas
  'agency_officer', // petugas OPD
  'admin', // administrator workspace
  'viewer', // hanya membaca
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  analyst: { id: 'Analis (penelaah teknis / pranata humas)', en: 'Analyst' },
  reviewer: { id: 'Pemeriksa', en: 'Reviewer' },
  team_lead: { id: 'Ketua tim kerja', en: 'Team lead' },
  head: { id: 'Kepala bagian / bidang', en: 'Head of bureau / division' },
  assistant: { id: 'Asisten', en: 'Assistant' },
  secretary: { id: 'Sekretaris', en: 'Secretary' },
  leader: { id: 'Pimpinan (wali kota / bupati / kepala dinas)', en: 'Leader' },
  agency_officer: { id: 'Petugas OPD', en: 'Agency officer' },
  admin: { id: 'Administrator', en: 'Administrator' },
  viewer: { id: 'Pembaca', en: 'Read-only viewer' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface User {
  id: number;
  email: string;
  name: string;
  /** Administrator of the whole installation (creates users and workspaces, reads the audit trail). */
  isAdmin: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
  language: 'id' | 'en';
  createdAt: string;
}

export interface Membership {
  userId: number;
  workspaceId: number;
  workspaceSlug: string;
  role: Role;
  agencyId: number | null;
}

/**
 * Who is acting. A user (signed in, or through one of their API tokens, or the CLI acting as
 * them) or the system itself for scheduled work. `role` and `agencyId` are the ones the user holds
 * in the workspace the use case is about.
 */
export type Actor =
  | {
      kind: 'user';
      userId: number;
      name: string;
      email: string;
      isAdmin: boolean;
      via: 'session' | 'token' | 'cli';
      tokenId?: number;
      memberships: Membership[];
    }
  | { kind: 'system'; name: string };

export const SYSTEM_ACTOR: Actor = { kind: 'system', name: 'sistem' };

/** The system, or an administrator of the whole installation (every workspace, users, audit). */
export function isInstallationAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || actor.isAdmin;
}

export function actorLabel(actor: Actor): string {
  return actor.kind === 'system' ? actor.name : actor.email;
}

/** The role the actor holds in a workspace: an installation administrator acts as its admin. */
export function roleIn(actor: Actor, workspaceId: number): Role | null {
  if (actor.kind === 'system') return 'admin';
  const m = actor.memberships.find((x) => x.workspaceId === workspaceId);
  if (m) return m.role;
  return actor.isAdmin ? 'admin' : null;
}

export function agencyIn(actor: Actor, workspaceId: number): number | null {
  if (actor.kind === 'system') return null;
  return actor.memberships.find((x) => x.workspaceId === workspaceId)?.agencyId ?? null;
}
