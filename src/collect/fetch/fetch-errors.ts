// The fetcher's failures as FetchError values: Indonesian first, technical detail after, and an
// honest `retryable` so the crawler knows whether backing off can help.
import { FetchError } from '../../domain/errors.ts';

export type TimeoutPhase = 'connect' | 'read';

const PHASE_TEXT: Record<TimeoutPhase, [string, string]> = {
  connect: ['tidak bisa tersambung', 'connect timeout'],
  read: ['server berhenti mengirim data', 'read timeout'],
};

export function timeoutError(url: string, phase: TimeoutPhase, ms: number): FetchError {
  const [id, en] = PHASE_TEXT[phase];
  return new FetchError('timeout', `Waktu habis (${id}) setelah ${ms} md — ${en} after ${ms} ms`, url, {
    retryable: true,
  });
}

/**
 * The whole fetch (every attempt, redirect and body) ran past its budget. A server that trickles
 * never goes quiet, so only this ends it; trying again would only spend the budget once more.
 */
export class BudgetExceededError extends FetchError {
  constructor(url: string, budgetMs: number) {
    super(
      'timeout',
      `Waktu habis (unduhan terlalu lama): ${url} melewati batas ${budgetMs} md — ${url} exceeded its total time budget of ${budgetMs} ms`,
      url,
      { retryable: true },
    );
    this.name = 'BudgetExceededError';
  }
}

export function tooLargeError(url: string, maxBytes: number, detail: string): FetchError {
  return new FetchError(
    'too_large',
    `Ukuran isi melebihi batas ${maxBytes} bita — body too large (${detail})`,
    url,
  );
}

// Connection failures worth trying again in a moment (a reset or a refused connection usually passes).
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

/** Wraps a socket/TLS/DNS error from Node in a FetchError, passing our own errors through. */
export function networkError(url: string, error: unknown): FetchError {
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const dnsFailure = code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  const tlsFailure = /CERT|SELF_SIGNED|ERR_TLS|ERR_SSL/.test(code);
  const id = dnsFailure
    ? 'nama domain tidak ditemukan'
    : tlsFailure
      ? 'sertifikat TLS tidak sah'
      : 'koneksi gagal';
  return new FetchError('network', `Gagal mengambil (${id}) — ${code ? `${code}: ` : ''}${message}`, url, {
    retryable: TRANSIENT_CODES.has(code),
    cause: error,
  });
}

/** A non-2xx answer; `retryAfterMs` carries the server's Retry-After so the crawler can honour it too. */
export class HttpStatusError extends FetchError {
  readonly retryAfterMs: number | null;

  constructor(url: string, status: number, retryAfterMs: number | null) {
    super('http_status', `Server menjawab HTTP ${status} — unexpected HTTP status ${status}`, url, {
      httpStatus: status,
      retryable: status >= 500 || status === 429 || status === 408,
    });
    this.name = 'HttpStatusError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** Retry-After as milliseconds from `now`: either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
