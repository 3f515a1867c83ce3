// Which failures are worth a second try inside one fetch, and the abortable wait between tries.
import { FetchError } from '../../domain/errors.ts';
import { HttpStatusError } from './fetch-errors.ts';

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/**
 * Timeouts, dropped connections, 5xx and 429 are retried now; other 4xx, guards and caps never are.
 * A Retry-After longer than we are willing to wait is left for the crawler's own schedule.
 */
export function shouldRetryNow(error: unknown, maxRetryAfterMs: number): boolean {
  if (!(error instanceof FetchError)) return false;
  if (error.code === 'timeout') return true;
  if (error.code === 'network') {
    const code = (error.cause as NodeJS.ErrnoException | undefined)?.code;
    return code !== undefined && RESET_CODES.has(code);
  }
  if (error instanceof HttpStatusError) {
    const status = error.httpStatus ?? 0;
    if (status < 500 && status !== 429) return false;
    return error.retryAfterMs === null || error.retryAfterMs <= maxRetryAfterMs;
  }
  return false;
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
