// robots.txt per origin (RFC 9309): downloaded once, cached for a while, asked before every request;
// a missing file allows everything, one answered with a server error disallows everything until we
// look again, and a site that does not answer at all is reported as unreachable, with the cause.
import robotsModule from 'robots-parser';
import { FetchError } from '../../domain/errors.ts';
import type { FetchResponse } from './types.ts';

// The package is CommonJS whose typings claim an ES default export; at runtime the import is the function.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;
type Robot = ReturnType<typeof robotsParser>;

type Verdict =
  | { kind: 'rules'; robot: Robot }
  | { kind: 'allow_all' }
  | { kind: 'unreachable'; detail: string }
  // No answer at all (refused, DNS, timeout): the site is down or we are offline, robots.txt says nothing.
  | { kind: 'no_answer'; error: FetchError };

interface Entry {
  verdict: Verdict;
  expiresAt: number;
}

export type RobotsDownload = (robotsUrl: string) => Promise<FetchResponse>;

const FOUND_TTL_MS = 24 * 60 * 60 * 1000;
// Short, so a site whose robots.txt was briefly down is crawled again soon after it recovers.
const UNREACHABLE_TTL_MS = 10 * 60 * 1000;
const MAX_ORIGINS = 5000;

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();

  constructor(
    private readonly download: RobotsDownload,
    private readonly userAgent: string,
  ) {}

  /**
   * Throws `robots_disallowed` when robots.txt forbids `url` for our user agent; otherwise returns
   * the crawl delay the site asks for (0 when none).
   */
  async check(url: URL): Promise<{ crawlDelayMs: number }> {
    const entry = await this.entryFor(url.origin);
    const { verdict } = entry;
    if (verdict.kind === 'allow_all') return { crawlDelayMs: 0 };
    if (verdict.kind === 'no_answer') {
      const { error } = verdict;
      throw new FetchError(
        error.code,
        `Situs tidak dapat dihubungi (jaringan, DNS atau waktu habis): ${error.message}`,
        url.href,
        { retryable: true, cause: error },
      );
    }
    if (verdict.kind === 'unreachable') {
      throw new FetchError(
        'robots_disallowed',
        `robots.txt dijawab dengan galat (${verdict.detail}); situs dirayapi lagi setelah robots.txt terbaca — robots.txt answered ${verdict.detail}, treating as disallow for now`,
        url.href,
        { retryable: true },
      );
    }
    if (verdict.robot.isDisallowed(url.href, this.userAgent)) {
      throw new FetchError(
        'robots_disallowed',
        `Dilarang oleh robots.txt: ${url.pathname} — disallowed by robots.txt for ${this.userAgent.split('/')[0]}`,
        url.href,
      );
    }
    const seconds = Number(verdict.robot.getCrawlDelay(this.userAgent) ?? 0);
    return { crawlDelayMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0 };
  }

  private async entryFor(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > Date.now()) return cached;
    let inFlight = this.pending.get(origin);
    if (!inFlight) {
      inFlight = this.load(origin).finally(() => this.pending.delete(origin));
      this.pending.set(origin, inFlight);
    }
    return inFlight;
  }

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const verdict = await this.fetchVerdict(robotsUrl);
    const entry = {
      verdict,
      expiresAt:
        Date.now() +
        (verdict.kind === 'unreachable' || verdict.kind === 'no_answer' ? UNREACHABLE_TTL_MS : FOUND_TTL_MS),
    };
    if (this.entries.size >= MAX_ORIGINS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(origin);
    this.entries.set(origin, entry);
    return entry;
  }

  private async fetchVerdict(robotsUrl: string): Promise<Verdict> {
    try {
      const response = await this.download(robotsUrl);
      return { kind: 'rules', robot: robotsParser(robotsUrl, response.body.toString('utf8')) };
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      const status = error.httpStatus;
      // RFC 9309 §2.3.1: 4xx means "no robots.txt"; 429 is really the server saying it is overloaded.
      if (
        error.code === 'http_status' &&
        status !== undefined &&
        status >= 400 &&
        status < 500 &&
        status !== 429
      ) {
        return { kind: 'allow_all' };
      }
      if (error.code === 'too_many_redirects' || error.code === 'unsupported_content')
        return { kind: 'allow_all' };
      if (error.code === 'blocked_address') throw error;
      if (error.code === 'network' || error.code === 'timeout') return { kind: 'no_answer', error };
      return { kind: 'unreachable', detail: status ? `HTTP ${status}` : error.code };
    }
  }
}

/** The sitemaps a robots.txt names (`Sitemap:` lines): where a site without feed links lists its news. */
export function sitemapsOf(robotsUrl: string, text: string): string[] {
  return robotsParser(robotsUrl, text).getSitemaps();
}
