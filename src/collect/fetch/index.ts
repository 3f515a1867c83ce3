// The fetcher's public surface for the crawler.
export { AddressGuard, blockedReason } from './address-guard.ts';
export { HttpStatusError } from './fetch-errors.ts';
export { Fetcher } from './fetcher.ts';
export { sitemapsOf } from './robots.ts';
export { DEFAULT_USER_AGENT, type FetcherOptions, type FetchRequest, type FetchResponse } from './types.ts';
