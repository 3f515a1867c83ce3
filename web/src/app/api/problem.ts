// An API refusal as the server sent it (RFC 9457 problem+json): a stable code, a message already in
// the user's language (we send Accept-Language), and the field errors of a rejected form.
export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | null;
  readonly fieldErrors: FieldError[];

  constructor(
    status: number,
    body: Partial<{ code: string; title: string; detail: string; errors: FieldError[] }>,
  ) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? body.title ?? 'error';
    this.detail = body.detail ?? null;
    this.fieldErrors = Array.isArray(body.errors) ? body.errors : [];
  }

  /** The error of one form field, if the server named it. */
  fieldError(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path)?.message;
  }
}

/** A failure that never reached the server's error handler: offline, proxy down, cut-off body. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

export const isForbidden = (e: unknown) => e instanceof ApiError && e.status === 403 && e.code !== 'csrf';
export const isNotFound = (e: unknown) => e instanceof ApiError && e.status === 404;
