// The signed-in user and workspaces, typed from the server's own contracts (type-only imports:
// nothing of the server reaches the browser bundle).
import type { z } from 'zod';
import type { meResponse, userSchema } from '../../../../src/modules/users/users.schema.ts';
import type {
  workspaceListResponse,
  workspaceSchema,
} from '../../../../src/modules/workspaces/workspaces.schema.ts';

export type Me = z.infer<typeof meResponse>;
export type User = z.infer<typeof userSchema>;
export type Role = User['memberships'][number]['role'];
export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceList = z.infer<typeof workspaceListResponse>;
