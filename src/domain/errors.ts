// Typed errors of the domain: the CLI turns them into a clear message and a non-zero exit, HTTP into
// RFC 9457 problem+json, and the crawler records them against the source or article they belong to.

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'locked'
  | 'csrf'
  // fetching
  | 'blocked_address'
  | 'robots_disallowed'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'network'
  | 'unsupported_content'
  // parsing
  | 'malformed_feed'
  | 'malformed_page'
  | 'no_content'
  // reading clippings (scans, photos, PDFs)
  | 'unsupported_format'
  | 'image_too_large'
  | 'corrupt_file'
  | 'pdf_encrypted'
  | 'too_many_pages'
  | 'ocr_failed';

export class PantauError extends Error {
  readonly code: ErrorCode;
  /** HTTP status this error maps to when it reaches the API. */
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PantauError';
    this.code = code;
    this.status = options?.status ?? defaultStatus(code);
  }
}

function defaultStatus(code: ErrorCode): number {
  switch (code) {
    case 'validation':
    case 'malformed_feed':
    case 'malformed_page':
    case 'no_content':
    case 'corrupt_file':
    case 'pdf_encrypted':
      return 400;
    case 'image_too_large':
    case 'too_many_pages':
      return 413;
    case 'unsupported_format':
      return 415;
    case 'ocr_failed':
      return 422;
    case 'unauthorized':
      return 401;
    case 'forbidden':
    case 'csrf':
      return 403;
    case 'locked':
      return 429;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    default:
      return 502;
  }
}

/** An error from fetching a URL; `retryable` says whether backing off and trying again may help. */
export class FetchError extends PantauError {
  readonly url: string;
  readonly retryable: boolean;
  readonly httpStatus?: number;

  constructor(
    code: ErrorCode,
    message: string,
    url: string,
    options?: { retryable?: boolean; httpStatus?: number; cause?: unknown },
  ) {
    super(code, message, { cause: options?.cause });
    this.name = 'FetchError';
    this.url = url;
    this.retryable = options?.retryable ?? false;
    this.httpStatus = options?.httpStatus;
  }
}

export const isPantauError = (e: unknown): e is PantauError => e instanceof PantauError;

/** A one-line description of any thrown value, safe to store and show (no stack, no secrets). */
export function describeError(e: unknown): string {
  if (e instanceof PantauError) return `${e.code}: ${e.message}`;
  if (e instanceof Error) return e.message;
  return String(e);
}
