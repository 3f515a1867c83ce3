// The demo's fetcher: the crawler's own (robots.txt, retries, size limits, the address guard) with
// exactly one internal address let through — the demo site's loopback origin — and no politeness
// delay towards it, since the site is ours. Any other URL is refused before a request is made, so
// the demo never opens fetching to loopback or the intranet in general.
import { Fetcher, type FetchRequest, type FetchResponse } from '../../collect/fetch/index.ts';
import { FetchError } from '../../domain/errors.ts';

export class DemoSiteFetcher extends Fetcher {
  readonly #origin: string;

  constructor(origin: string, options: { budgetMs: number; concurrency: number }) {
    const { hostname } = new URL(origin);
    super({
      allowHosts: [hostname],
      hostDelayMs: 0,
      hostConcurrency: options.concurrency,
      totalTimeoutMs: options.budgetMs,
      retryBaseDelayMs: 200,
    });
    this.#origin = new URL(origin).origin;
  }

  override fetch(request: FetchRequest): Promise<FetchResponse> {
    let origin: string | null = null;
    try {
      origin = new URL(request.url).origin;
    } catch {
      // Not a URL at all: refused below like any other address outside the demo site.
    }
    if (origin !== this.#origin) {
      return Promise.reject(
        new FetchError(
          'blocked_address',
          `Demo hanya mengambil dari situs demonya sendiri (${this.#origin}): ${request.url} — the demo fetches only its own site`,
          request.url,
        ),
      );
    }
    return super.fetch(request);
  }
}
