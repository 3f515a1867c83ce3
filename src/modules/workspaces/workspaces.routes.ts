// /api/v1/workspaces: the workspaces the user belongs to; installation administrators create,
// rename and remove them and choose the default one.
import type { FastifyInstance } from 'fastify';
import { route } from '../../kernel/http/route.ts';
import { workspacesPolicy } from './workspaces.policy.ts';
import {
  defaultWorkspaceBody,
  newWorkspaceBody,
  workspaceListResponse,
  workspaceParams,
  workspaceRemovalResponse,
  workspaceRenameBody,
  workspaceResponse,
} from './workspaces.schema.ts';
import {
  createWorkspace,
  defaultWorkspace,
  removeWorkspace,
  renameWorkspace,
  setDefaultWorkspace,
  workspacesOf,
} from './workspaces.service.ts';

export function workspaceRoutes(app: FastifyInstance) {
  const tags = ['workspaces'];
  route(app, {
    method: 'GET',
    url: '/api/v1/workspaces',
    access: 'self',
    tags,
    summary: 'Workspace saya',
    response: workspaceListResponse,
    handler: async (ctx) => {
      const workspaces = await workspacesOf(ctx);
      const chosen = await defaultWorkspace(ctx);
      // The default is named only to those who may open it.
      const named = chosen && workspaces.some((w) => w.id === chosen.id) ? chosen.slug : null;
      return { workspaces, default: named };
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/workspaces',
    access: workspacesPolicy.can('manage'),
    scope: 'global',
    tags,
    summary: 'Buat workspace',
    body: newWorkspaceBody,
    status: 201,
    response: workspaceResponse,
    handler: async (ctx, { body }) => ({ workspace: await createWorkspace(ctx, body) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/workspaces/default',
    access: workspacesPolicy.can('manage'),
    scope: 'global',
    tags,
    summary: 'Tetapkan workspace bawaan (untuk permintaan yang tidak menyebut workspace)',
    body: defaultWorkspaceBody,
    response: workspaceResponse,
    handler: async (ctx, { body }) => ({ workspace: await setDefaultWorkspace(ctx, body.slug) }),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/workspaces/:slug',
    access: workspacesPolicy.can('manage'),
    scope: 'global',
    tags,
    summary: 'Ubah nama dan/atau slug workspace',
    params: workspaceParams,
    body: workspaceRenameBody,
    response: workspaceResponse,
    handler: async (ctx, { params, body }) => ({
      workspace: await renameWorkspace(ctx, params.slug, body),
    }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/workspaces/:slug',
    access: workspacesPolicy.can('manage'),
    scope: 'global',
    tags,
    summary: 'Hapus workspace beserta semua sumber, artikel, subjek, isu dan peringatannya',
    params: workspaceParams,
    response: workspaceRemovalResponse,
    handler: async (ctx, { params }) => {
      const { workspace, contents } = await removeWorkspace(ctx, params.slug);
      return { workspace, removed: contents };
    },
  });
}
