// Following Location headers: resolve relative targets, stop loops and over-long chains.
import { FetchError } from '../../domain/errors.ts';
import { HttpStatusError } from './fetch-errors.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export const isRedirect = (status: number): boolean => REDIRECT_STATUSES.has(status);

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/**
 * The next URL to request after a redirect from `current`. Appends it to `redirects` (the chain so
 * far) and throws when the chain loops back on itself or grows past `maxRedirects`.
 */
export function followRedirect(
  current: URL,
  location: string | undefined,
  redirects: string[],
  startUrl: string,
  maxRedirects: number,
): URL {
  if (!location) throw new HttpStatusError(current.href, 302, null);
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new FetchError(
      'network',
      `Pengalihan ke alamat tidak valid: ${location} — invalid redirect Location`,
      current.href,
    );
  }
  const visited = [startUrl, ...redirects].map((href) => withoutFragment(new URL(href)));
  if (visited.includes(withoutFragment(next))) {
    throw new FetchError(
      'too_many_redirects',
      `Pengalihan berputar kembali ke ${next.href} — redirect loop`,
      startUrl,
    );
  }
  if (redirects.length >= maxRedirects) {
    throw new FetchError(
      'too_many_redirects',
      `Terlalu banyak pengalihan (lebih dari ${maxRedirects}) — too many redirects`,
      startUrl,
    );
  }
  redirects.push(next.href);
  return next;
}
