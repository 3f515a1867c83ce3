// Re-analysing a workspace asked for from the web app: one job per run, worked by `pantau worker`
// (or `pantau serve` with workers). The run row, not the queue, is what staff see.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

export const reanalyzeWorkspaceJob = defineJob({
  name: 'reanalyze-workspace',
  payload: z.object({ runId: z.number().int().positive() }),
  // Not retried: a failure is shown on the run, and staff start another when the cause is fixed.
  // A dead worker is noticed by the run's heartbeat within minutes (reanalysis.service.ts), not by
  // this timeout, which only has to outlast a large workspace's run on a small server.
  retry: { retries: 0, timeoutSeconds: 6 * 3600 },
  key: ({ runId }) => `reanalyze-workspace:${runId}`,
});
