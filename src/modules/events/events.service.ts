// Live updates: one watcher per workspace and process asks the store every few seconds what was
// collected and raised since it last asked, and tells every open page of that workspace. The store
// is the only thing processes share (an API process does not see the worker's memory), so it asks
// the store; one watcher, not one per page, keeps that cost flat in the number of pages open.
import { authorize } from '../../kernel/auth/policy.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { EventCursor } from './event-cursor.ts';
import { eventsPolicy } from './events.policy.ts';
import { alertsRaisedSince, articlesCollectedSince } from './events.repo.ts';

export type WorkspaceEvent =
  | { type: 'article'; data: Awaited<ReturnType<typeof articlesCollectedSince>>[number] }
  | { type: 'alert'; data: Awaited<ReturnType<typeof alertsRaisedSince>>[number] };

type Listener = (event: WorkspaceEvent) => void;

export const EVENT_POLL_MS = 3000;

class WorkspaceWatch {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private readonly articles = new EventCursor<number>(Date.now());
  private readonly alerts = new EventCursor<string>(Date.now());
  private busy = false;

  constructor(
    private readonly store: Store,
    private readonly workspaceId: number,
    private readonly intervalMs: number,
    private readonly onIdle: () => void,
  ) {}

  add(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.timer) {
      // Read at once, so what is already there when the page opens is known before anything new.
      void this.tick();
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || !this.timer) return;
      clearInterval(this.timer);
      this.timer = null;
      this.onIdle();
    };
  }

  private async tick(): Promise<void> {
    // A slow store must not stack ticks on top of each other.
    if (this.busy) return;
    this.busy = true;
    try {
      const [articles, alerts] = await Promise.all([
        articlesCollectedSince(this.store, this.workspaceId, this.articles.since(), this.articles.skip()),
        alertsRaisedSince(this.store, this.workspaceId, this.alerts.since(), this.alerts.skip()),
      ]);
      for (const a of this.articles.take(articles)) this.emit({ type: 'article', data: a });
      for (const a of this.alerts.take(alerts)) this.emit({ type: 'alert', data: a });
    } catch {
      // The store is briefly unreachable: the next tick asks again from the same point.
    } finally {
      this.busy = false;
    }
  }

  private emit(event: WorkspaceEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

const watches = new Map<string, WorkspaceWatch>();
/** Stores by their connection (a use case's context copies the store, the connection is shared). */
const storeIds = new WeakMap<object, number>();
let nextStoreId = 0;

function watchFor(store: Store, workspaceId: number, intervalMs: number): WorkspaceWatch {
  let storeId = storeIds.get(store.db);
  if (storeId === undefined) {
    storeId = ++nextStoreId;
    storeIds.set(store.db, storeId);
  }
  const key = `${storeId}:${workspaceId}`;
  let watch = watches.get(key);
  if (!watch) {
    watch = new WorkspaceWatch(store, workspaceId, intervalMs, () => watches.delete(key));
    watches.set(key, watch);
  }
  return watch;
}

/** Calls `listener` with the workspace's new articles and alerts until the returned function is called. */
export async function watchWorkspace(
  ctx: Ctx,
  workspace: string | null | undefined,
  listener: Listener,
  intervalMs = EVENT_POLL_MS,
): Promise<{ workspace: string; stop: () => void }> {
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, eventsPolicy.can('read'), ws.id);
  return { workspace: ws.slug, stop: watchFor(ctx, ws.id, intervalMs).add(listener) };
}
