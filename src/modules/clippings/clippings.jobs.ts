// The clipping's reading job: OCR or the text layer, page by page, in the sandbox. A file is read
// once; its key keeps one clipping from being read by two workers at once.
import { z } from 'zod';
import { defineJob } from '../../kernel/jobs/definitions.ts';

export const readClippingJob = defineJob({
  name: 'read-clipping',
  payload: z.object({ clippingId: z.number().int().positive() }),
  // A 40-page scanned PDF at ~10 s a page, with room; the sandbox ends a file that takes longer.
  retry: { retries: 1, timeoutSeconds: 900 },
  key: ({ clippingId }) => `clipping:${clippingId}`,
});
