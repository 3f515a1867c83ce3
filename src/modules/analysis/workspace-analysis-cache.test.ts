// The workspace's analysis inputs are read once and kept while they are unchanged, so the page
// threads are not sent tens of thousands of places again; a change from this or another process
// is seen.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { moveAnalysisVersion } from './analysis.repo.ts';
import { cachedWorkspaceAnalysis, forgetWorkspaceAnalysis } from './workspace-analysis-cache.ts';

describe.each(DIALECTS)('workspace analysis inputs on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
  });
  afterAll(() => t.dispose());

  test('kept as the same object while unchanged; re-read after a change here or elsewhere', async () => {
    let loads = 0;
    const load = async () => ({ read: ++loads });
    const at = (now: number) => cachedWorkspaceAnalysis(t.store, ws.id, load, now);

    const first = await at(1_000);
    expect(await at(2_000)).toBe(first);
    // Past the check interval with nothing changed: the very same settings, not a fresh read.
    expect(await at(30_000)).toBe(first);
    expect(loads).toBe(1);

    // Another process (a CLI command beside the server) changed a place: seen at the next check.
    await moveAnalysisVersion(t.store, ws.id);
    expect(await at(31_000)).toBe(first);
    const afterElsewhere = await at(45_000);
    expect(afterElsewhere).toEqual({ read: 2 });

    // A change made in this process is seen by the very next article.
    await forgetWorkspaceAnalysis(t.store, ws.id);
    expect(await at(45_001)).toEqual({ read: 3 });
  });
});
