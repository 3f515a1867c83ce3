// URL normalisation for articles: one spelling per article whatever tracking parameters, AMP or mobile
// variant a feed or share link used. Site-agnostic rules only.
import { PantauError } from '../../domain/errors.ts';

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  's_cid',
  'wt.mc_id',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  'spm',
  'share',
  'utm',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

/** Host prefixes that name a variant of the same site, not a different site. */
const VARIANT_HOST_PREFIXES = ['amp.', 'm.', 'mobile.'];

export function normalizeUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    throw new PantauError('validation', `URL tidak valid: "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new PantauError('validation', `Hanya URL http(s) yang didukung: "${url}"`);
  }
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.hostname = canonicalHost(parsed.hostname);
  parsed.pathname = withoutAmpPath(parsed.pathname);
  const kept = [...parsed.searchParams].filter(
    ([name, value]) => !isTrackingParam(name) && !isAmpParam(name, value),
  );
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}

/**
 * A key that is the same for every variant of one article URL: normalised, then scheme, `www.` and a
 * trailing slash dropped (sites serve both, and feeds mix them).
 */
export function articleKey(url: string): string {
  const parsed = new URL(normalizeUrl(url));
  const host = parsed.hostname.replace(/^www\./, '');
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${parsed.search}`;
}

function canonicalHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (const prefix of VARIANT_HOST_PREFIXES) {
    const rest = host.slice(prefix.length);
    // Keep at least a registrable-looking name: "m.id" is a domain, not a mobile variant.
    if (host.startsWith(prefix) && rest.includes('.')) host = rest;
  }
  return host;
}

function withoutAmpPath(pathname: string): string {
  const segments = pathname.split('/');
  const kept = segments.filter((s, i) => i === 0 || s.toLowerCase() !== 'amp');
  const last = kept.length - 1;
  if (last > 0) kept[last] = kept[last].replace(/\.amp(\.html?)?$/i, '$1');
  const path = kept.join('/');
  return path === '' ? '/' : path;
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

function isAmpParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'amp' || lower === '_amp') return value === '' || /^(1|true|yes)$/i.test(value);
  return lower === 'outputtype' && value.toLowerCase() === 'amp';
}
