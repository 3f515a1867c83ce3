// Re-analysing a workspace asked for from the web app: one job per run, worked by `pantau worker`
// (or `pantau serve` with workers). The run row, not the queue, is what staff see.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

export const reanalyzeWorkspaceJob = defineJob({
  name: 'reanalyze-workspace',
  payload: z.object({ runId: z.number().int().positive() }),
  // Not retried: a failure is shown on the run, and staff start another when the cause is fixed.
  // A large workspace takes hours on a small server; only after six is the worker presumed dead.
  retry: { retries: 0, timeoutSeconds: 6 * 3600 },
  key: ({ runId }) => `reanalyze-workspace:${runId}`,
});
