// What analysis reads from a workspace (subjects, learnt entities, places, the tone model) is the
// same for thousands of articles in a row, so each process keeps it briefly. A change made in this
// process forgets it at once; a change made by another process (a CLI command while `pantau serve`
// runs) is picked up within MAX_AGE_MS.
import type { Store } from '../../kernel/db/connect.ts';

const MAX_AGE_MS = 10_000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const cacheOf = (store: Store) => store.caches.get('workspace-analysis', () => new Map<number, Entry>());

export function cachedWorkspaceAnalysis<T>(
  store: Store,
  workspaceId: number,
  load: () => Promise<T>,
  now = Date.now(),
): Promise<T> {
  const map = cacheOf(store);
  const entry = map.get(workspaceId);
  if (entry && now - entry.at < MAX_AGE_MS) return entry.value as Promise<T>;
  const value = load();
  map.set(workspaceId, { at: now, value });
  // A failed read is not kept: the next article tries again.
  value.catch(() => {
    if (map.get(workspaceId)?.value === value) map.delete(workspaceId);
  });
  return value;
}

/** Called by every use case that changes what analysis reads, so the next article sees it. */
export function forgetWorkspaceAnalysis(store: Store, workspaceId: number): void {
  cacheOf(store).delete(workspaceId);
}
