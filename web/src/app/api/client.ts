// The one way the app talks to the Pantau API: same-origin cookies, the user's language for error
// messages, the CSRF token on every change, problem+json turned into ApiError, and a sign-in
// redirect when the session has ended.
import i18n from 'i18next';
import { csrfToken, rememberCsrfToken } from './csrf.ts';
import { ApiError, NetworkError } from './problem.ts';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 here is an answer (wrong password, not signed in yet), not a reason to leave the page. */
  expectUnauthorized?: boolean;
  /** Told the share of the body sent so far (0–1), for a large upload on a slow line. */
  onUploadProgress?: (fraction: number) => void;
}

const listeners = new Set<() => void>();

/** Called when any request finds the session gone; the app sends the user to the sign-in page. */
export function onSessionEnded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `/api/v1/x?a=1&b=2,3`: empty values are left out, lists become comma lists. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function language(): string {
  return i18n.language === 'en' ? 'en, id;q=0.5' : 'id, en;q=0.5';
}

/** Statuses whose response may not carry a body (a Response built with one throws). */
const NO_BODY = new Set([101, 204, 205, 304]);

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * The same request through XMLHttpRequest, the one browser API that reports how much of a body
 * has been sent (fetch does not); its answer is turned into a Response so the rest is shared.
 */
function sendWithProgress(
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined; signal?: AbortSignal },
  onProgress: (fraction: number) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method, url);
    xhr.responseType = 'arraybuffer';
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () =>
      resolve(
        new Response(NO_BODY.has(xhr.status) ? null : (xhr.response as ArrayBuffer), {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: responseHeaders(xhr),
        }),
      );
    xhr.onerror = () => reject(new TypeError('Failed to send'));
    xhr.onabort = () => reject(new DOMException('The upload was stopped', 'AbortError'));
    if (init.signal?.aborted) return xhr.abort();
    init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(init.body);
  });
}

async function send(path: string, req: ApiRequest, csrf: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language() };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  const method = req.method ?? 'GET';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  try {
    if (req.onUploadProgress)
      return await sendWithProgress(
        apiUrl(path, req.query),
        { method, headers, body, signal: req.signal },
        req.onUploadProgress,
      );
    return await fetch(apiUrl(path, req.query), {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: req.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status alone must do.
  }
  return new ApiError(res.status, body);
}

/** Asks the server for the session's CSRF token again (e.g. after a reload cleared it). */
export async function refreshCsrfToken(): Promise<string | null> {
  const res = await send('/api/v1/auth/me', {}, null);
  if (!res.ok) return null;
  const me = (await res.json()) as { csrfToken: string | null };
  rememberCsrfToken(me.csrfToken);
  return me.csrfToken;
}

export async function api<T>(path: string, req: ApiRequest = {}): Promise<T> {
  const mutating = (req.method ?? 'GET') !== 'GET';
  let csrf = mutating ? (csrfToken() ?? (await refreshCsrfToken())) : null;
  let res = await send(path, req, csrf);
  if (mutating && res.status === 403) {
    const problem = await problemOf(res.clone());
    // The token was stale (another tab signed in again): fetch the current one and try once more.
    if (problem.code === 'csrf') {
      csrf = await refreshCsrfToken();
      res = await send(path, req, csrf);
    }
  }
  if (res.status === 401 && !req.expectUnauthorized) {
    rememberCsrfToken(null);
    for (const listener of listeners) listener();
  }
  if (!res.ok) throw await problemOf(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await res.json()) as T;
}
