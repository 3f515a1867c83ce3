// The accounts API contract: sign-in, the signed-in user, users and roles, personal API tokens.
import { z } from 'zod';
import { ROLES } from '../../domain/user.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

export const signInBody = z.object({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const membershipSchema = z.object({
  workspaceId: z.number(),
  workspaceSlug: z.string(),
  role: z.enum(ROLES),
  agencyId: z.number().nullable(),
});

export const userSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  language: z.enum(['id', 'en']),
  createdAt: z.string(),
  memberships: z.array(membershipSchema),
});

export const meResponse = z.object({ user: userSchema, csrfToken: z.string().nullable() });

export const newUserBody = z.object({
  email: z.string().min(3).max(320),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES).optional(),
  workspace: workspaceSlug,
  agency: z.string().min(1).max(100).optional().describe('Nama singkat OPD, untuk petugas OPD'),
  administrator: z.boolean().optional(),
});

export const grantBody = z.object({
  role: z.enum(ROLES),
  workspace: workspaceSlug,
  agency: z.string().min(1).max(100).optional(),
});

export const userPatchBody = z.object({ disabled: z.boolean() });

export const passwordBody = z.object({
  current: z.string().min(1).max(1000),
  next: z.string().min(1).max(1000),
});

export const tokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const newTokenBody = z.object({
  name: z.string().min(1).max(100),
  expiresAt: z.string().datetime({ offset: true }).optional(),
});
