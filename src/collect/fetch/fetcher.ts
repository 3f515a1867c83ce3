// The polite, safe HTTP client of the crawler: SSRF guard, robots.txt, per-host queue, conditional
// GET, bounded redirects and retries, behind one `fetch(request)` call.
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import pRetry, { AbortError } from 'p-retry';
import { FetchError } from '../../domain/errors.ts';
import { AddressGuard } from './address-guard.ts';
import { BudgetExceededError, HttpStatusError, parseRetryAfter } from './fetch-errors.ts';
import { HostLimiter } from './host-limiter.ts';
import { sendHop } from './http-request.ts';
import { followRedirect, isRedirect } from './redirects.ts';
import { shouldRetryNow, sleep } from './retry-policy.ts';
import { RobotsCache } from './robots.ts';
import {
  type FetcherOptions,
  type FetchRequest,
  type FetchResponse,
  type ResolvedOptions,
  resolveOptions,
} from './types.ts';

const MAX_CRAWL_DELAY_MS = 30_000;
// RFC 9309 asks crawlers to read at least the first 500 KiB of a robots.txt.
const ROBOTS_MAX_BYTES = 512 * 1024;
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export class Fetcher {
  private readonly options: ResolvedOptions;
  private readonly guard: AddressGuard;
  private readonly limiter: HostLimiter;
  private readonly robots: RobotsCache;
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly lifetime = new AbortController();

  constructor(options?: FetcherOptions) {
    this.options = resolveOptions(options);
    this.guard = new AddressGuard(this.options.allowHosts);
    this.limiter = new HostLimiter(this.options.hostConcurrency);
    // Every queued fetch listens for close(); thousands at once are normal for a crawler, not a leak.
    setMaxListeners(0, this.lifetime.signal);
    // `timeout` only ever closes idle pooled sockets, so a quiet crawler lets go of servers.
    const agentOptions = { keepAlive: true, timeout: 30_000, maxFreeSockets: 64 };
    this.agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
    this.robots = new RobotsCache(
      (robotsUrl) =>
        this.attempt(
          { url: robotsUrl, accept: 'text/plain', maxBytes: ROBOTS_MAX_BYTES, skipRobots: true },
          true,
          { deadline: null },
        ),
      this.options.userAgent,
    );
  }

  async fetch(request: FetchRequest): Promise<FetchResponse> {
    const started = Date.now();
    // One budget for the whole fetch, retries included: otherwise a trickling server is given it
    // once per attempt and every source queued behind it waits that many times longer.
    const budget: Budget = { deadline: null };
    const spent = () => budget.deadline !== null && Date.now() >= budget.deadline;
    const response = await pRetry(
      async () => {
        if (spent()) throw new AbortError(new BudgetExceededError(request.url, this.options.totalTimeoutMs));
        try {
          return await this.attempt(request, false, budget);
        } catch (error) {
          if (error instanceof BudgetExceededError || !shouldRetryNow(error, this.options.maxRetryAfterMs)) {
            throw new AbortError(error as Error);
          }
          throw error;
        }
      },
      {
        retries: this.options.retries,
        factor: 2,
        minTimeout: this.options.retryBaseDelayMs,
        maxTimeout: this.options.retryBaseDelayMs * 16,
        randomize: true,
        signal: this.lifetime.signal,
        // p-retry has no per-attempt delay, so the server's Retry-After is waited for here, before its backoff.
        onFailedAttempt: async (error) => {
          if (error instanceof HttpStatusError && error.retryAfterMs) {
            // Waiting past the budget would only end in a budget error: give the server's answer now.
            if (budget.deadline !== null && Date.now() + error.retryAfterMs >= budget.deadline) throw error;
            await sleep(error.retryAfterMs, this.lifetime.signal);
          }
        },
      },
    );
    return { ...response, elapsedMs: Date.now() - started };
  }

  /**
   * Whether this fetcher would be let fetch `url` by its site's robots.txt (read, or taken from the
   * cache, as a fetch would): a source preview warns of listed articles the crawl will never fetch.
   * 'unknown' when robots.txt could not be read; always 'allowed' when robots.txt is not honoured.
   */
  async robotsVerdict(url: string): Promise<'allowed' | 'disallowed' | 'unknown'> {
    if (!this.options.respectRobots) return 'allowed';
    try {
      const target = parseUrl(url);
      this.guard.checkUrl(target);
      await this.robots.check(target);
      return 'allowed';
    } catch (error) {
      // A robots.txt answered with a server error is "disallowed for now" (retryable), not a rule.
      const ruled = error instanceof FetchError && error.code === 'robots_disallowed' && !error.retryable;
      return ruled ? 'disallowed' : 'unknown';
    }
  }

  /** Fails queued requests and closes pooled keep-alive sockets so a CLI process can exit. */
  async close(): Promise<void> {
    if (this.lifetime.signal.aborted) return;
    this.lifetime.abort(
      new FetchError('network', 'Pengambil data sudah ditutup — fetcher closed', '', { retryable: true }),
    );
    this.limiter.close();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async attempt(
    request: FetchRequest,
    truncateBody: boolean,
    budget: Budget,
  ): Promise<FetchResponse> {
    if (this.lifetime.signal.aborted) throw this.lifetime.signal.reason;
    let current = parseUrl(request.url);
    const redirects: string[] = [];
    const headers = this.headersFor(request);
    const maxBytes = request.maxBytes ?? this.options.maxBytes;
    const checkRobots = this.options.respectRobots && !request.skipRobots;

    for (;;) {
      this.guard.checkUrl(current);
      const { crawlDelayMs } = checkRobots ? await this.robots.check(current) : { crawlDelayMs: 0 };
      const gapMs = Math.max(this.options.hostDelayMs, Math.min(crawlDelayMs, MAX_CRAWL_DELAY_MS));
      const target = current;
      const hop = await this.limiter.run(target.hostname, gapMs, () => {
        // The clock starts with the first request, not while waiting politely in the host queue.
        budget.deadline ??= Date.now() + this.options.totalTimeoutMs;
        const deadline = budget.deadline;
        return sendHop({
          url: target,
          headers,
          agents: this.agents,
          guard: this.guard,
          connectTimeoutMs: this.options.connectTimeoutMs,
          readTimeoutMs: this.options.readTimeoutMs,
          deadline,
          totalTimeoutMs: this.options.totalTimeoutMs,
          maxBytes,
          truncateBody,
        });
      });

      if (isRedirect(hop.status)) {
        current = followRedirect(
          current,
          hop.headers.location,
          redirects,
          request.url,
          this.options.maxRedirects,
        );
        continue;
      }
      const status = hop.status;
      if (status !== 304 && (status < 200 || status >= 300)) {
        throw new HttpStatusError(
          current.href,
          status,
          parseRetryAfter(header(hop.headers['retry-after']) ?? undefined),
        );
      }
      const notModified = status === 304;
      return {
        url: current.href,
        status,
        notModified,
        contentType: header(hop.headers['content-type']),
        headers: flattenHeaders(hop.headers),
        body: hop.body,
        // A 304 may omit validators; the caller's ones are still the right ones to keep.
        etag: header(hop.headers.etag) ?? (notModified ? (request.etag ?? null) : null),
        lastModified:
          header(hop.headers['last-modified']) ?? (notModified ? (request.lastModified ?? null) : null),
        redirects,
        elapsedMs: 0,
      };
    }
  }

  private headersFor(request: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: request.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'id-ID,id;q=0.9,en;q=0.5',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    return headers;
  }
}

/** When the fetch's time runs out: fixed by its first request, shared by its retries and redirects. */
interface Budget {
  deadline: number | null;
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new FetchError('validation', `URL tidak valid: ${text} — invalid URL`, text);
  }
}

function header(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const text = header(value);
    if (text !== null) flat[name] = text;
  }
  return flat;
}
