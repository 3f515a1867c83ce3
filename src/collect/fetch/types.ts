// The fetcher's public shapes: how it is configured, what a caller asks for and what it gets back.

export interface FetcherOptions {
  userAgent?: string;
  /** Hosts or CIDRs (e.g. '127.0.0.0/8', '::1', 'intranet.go.id') exempt from the SSRF guard. */
  allowHosts?: string[];
  /** Parallel requests per host, default 2. */
  hostConcurrency?: number;
  /** Minimum gap between request starts to one host, default 1000; robots Crawl-delay raises it (≤ 30 s). */
  hostDelayMs?: number;
  maxRedirects?: number;
  connectTimeoutMs?: number;
  /** Longest silence between bytes, default 15 s. */
  readTimeoutMs?: number;
  /**
   * Time budget of one fetch — every attempt, redirect and body, from its first request — default
   * 60 s: a server trickling bytes (never idle) ends here, and is not tried again.
   */
  totalTimeoutMs?: number;
  /** Decoded body cap, default 10 MB (also stops decompression bombs). */
  maxBytes?: number;
  /** Retries on 5xx, 429 and timeouts/resets, never on other 4xx; default 2. */
  retries?: number;
  /** First retry waits about this long, doubling with jitter after; default 1000. */
  retryBaseDelayMs?: number;
  /** Longest Retry-After we wait for inside one fetch; longer ones fail for the crawler to reschedule. Default 30 s. */
  maxRetryAfterMs?: number;
  respectRobots?: boolean;
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  maxBytes?: number;
  skipRobots?: boolean;
}

export interface FetchResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** A 304 to a conditional GET. */
  notModified: boolean;
  contentType: string | null;
  headers: Record<string, string>;
  /** Decompressed bytes, empty on 304. */
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  redirects: string[];
  elapsedMs: number;
}

export const DEFAULT_USER_AGENT =
  'PantauBot/0.1 (+https://github.com/pantau-id/pantau; pemantauan media pemerintah daerah)';

export type ResolvedOptions = Required<Omit<FetcherOptions, 'allowHosts'>> & { allowHosts: string[] };

export function resolveOptions(options: FetcherOptions = {}): ResolvedOptions {
  return {
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    allowHosts: options.allowHosts ?? [],
    hostConcurrency: Math.max(1, options.hostConcurrency ?? 2),
    hostDelayMs: Math.max(0, options.hostDelayMs ?? 1000),
    maxRedirects: Math.max(0, options.maxRedirects ?? 5),
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    readTimeoutMs: options.readTimeoutMs ?? 15_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 60_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    retries: Math.max(0, options.retries ?? 2),
    retryBaseDelayMs: Math.max(0, options.retryBaseDelayMs ?? 1000),
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    respectRobots: options.respectRobots ?? true,
  };
}
