// The context every use case takes: who is acting, in which workspace and role, on which executor
// (database or transaction), with the request's id and address for the audit trail.
import { PantauError } from '../domain/errors.ts';
import { type Actor, type Role, roleIn, SYSTEM_ACTOR } from '../domain/user.ts';
import type { Workspace } from '../domain/workspace.ts';
import type { Store } from './db/connect.ts';
import { type AfterCommit, afterCommit, type Executor, inTransaction } from './db/tx.ts';
import type { Language } from './i18n/messages.ts';

export interface Ctx extends Executor {
  actor: Actor;
  /** The workspace the use case is about (null for installation-wide ones: users, audit). */
  workspace: Workspace | null;
  requestId: string | null;
  address: string | null;
  language: Language;
  now(): Date;
}

export function createCtx(store: Store, init: Partial<Omit<Ctx, keyof Store>> & { actor: Actor }): Ctx {
  return {
    ...store,
    workspace: null,
    requestId: null,
    address: null,
    language: 'id',
    now: () => new Date(),
    ...init,
  };
}

/** The system acting on its own (scheduled checks, jobs). */
export function systemCtx(store: Store, workspace: Workspace | null = null): Ctx {
  return createCtx(store, { actor: SYSTEM_ACTOR, workspace });
}

/** The workspace a workspace-scoped use case works in; refused when the caller named none. */
export function workspaceOf(ctx: Ctx): Workspace {
  if (!ctx.workspace) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  return ctx.workspace;
}

export function withWorkspace(ctx: Ctx, workspace: Workspace): Ctx {
  return { ...ctx, workspace };
}

/** The actor's role in the context's workspace. */
export function ctxRole(ctx: Ctx): Role | null {
  return ctx.workspace ? roleIn(ctx.actor, ctx.workspace.id) : ctx.actor.kind === 'system' ? 'admin' : null;
}

export function tx<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return inTransaction(ctx, (trx) => fn(trx));
}

export function onCommit(ctx: Ctx, hook: AfterCommit): Promise<void> {
  return afterCommit(ctx, hook);
}

/**
 * A use case called with a bare store (the pipeline, tests, maintenance code) runs as the system;
 * the API and the CLI always pass a context with the real actor.
 */
export function asCtx(s: Store | Ctx): Ctx {
  return 'actor' in s ? s : systemCtx(s);
}

/** A record of another workspace is "not found", exactly as one that does not exist. */
export function sameWorkspace(ctx: Ctx, recordWorkspaceId: number | null | undefined): boolean {
  return !ctx.workspace || ctx.workspace.id === recordWorkspaceId;
}

/** The context bound to a transaction some repository helper opened itself (e.g. under a lock). */
export function joined(ctx: Ctx, trx: Store['db']): Ctx {
  return { ...ctx, db: trx, pending: [] };
}

/**
 * The name recorded as who made an edit (issue edits, corrections): the acting user's name; for
 * the system acting on a caller's behalf (maintenance code, tests), the name that caller gives.
 */
export function editorName(ctx: Ctx, given?: string | null): string {
  if (ctx.actor.kind === 'user') return ctx.actor.name;
  const name = given?.trim();
  return name || ctx.actor.name;
}
