// What analysis reads from a workspace (subjects, learnt entities, places, the tone model) is the
// same for thousands of articles in a row, so each process keeps it. A change made in this process
// forgets it at once; a change made by another process (a CLI command while `pantau serve` runs)
// moves the workspace's analysis version, which is looked at every MAX_AGE_MS.
//
// Unchanged inputs keep the same object: the page pool sends a workspace's settings (up to ~80,000
// places) to each thread once per object, so reloading them on a timer re-sent and recompiled them
// every few seconds for nothing.
import type { Store } from '../../kernel/db/connect.ts';
import { analysisVersionOf, moveAnalysisVersion } from './analysis.repo.ts';

const MAX_AGE_MS = 10_000;

interface Entry {
  checkedAt: number;
  /** The analysis version the value was read at; null until the check has answered. */
  version: number | null;
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
  const held = map.get(workspaceId);
  if (held && now - held.checkedAt < MAX_AGE_MS) return held.value as Promise<T>;
  const entry: Entry = { checkedAt: now, version: null, value: Promise.resolve() };
  entry.value = (async () => {
    const version = await analysisVersionOf(store, workspaceId);
    entry.version = version;
    if (held && held.version === version) return held.value;
    return load();
  })();
  map.set(workspaceId, entry);
  // A failed read is not kept: the next article tries again.
  entry.value.catch(() => {
    if (map.get(workspaceId) === entry) map.delete(workspaceId);
  });
  return entry.value as Promise<T>;
}

/** Called by every use case that changes what analysis reads, so the next article everywhere sees it. */
export async function forgetWorkspaceAnalysis(store: Store, workspaceId: number): Promise<void> {
  cacheOf(store).delete(workspaceId);
  await moveAnalysisVersion(store, workspaceId);
}
