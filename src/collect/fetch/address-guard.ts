// SSRF guard: decides which resolved IP addresses the fetcher may connect to, and supplies the DNS
// lookup that enforces it so a name can never smuggle us onto an internal network.

import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import dns from 'node:dns';
import ipaddr from 'ipaddr.js';
import { FetchError } from '../../domain/errors.ts';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

const REASONS: Record<string, [id: string, en: string]> = {
  loopback: ['jaringan lokal/loopback', 'loopback'],
  private: ['jaringan internal', 'private'],
  uniqueLocal: ['jaringan internal', 'private (unique local)'],
  carrierGradeNat: ['jaringan internal CGNAT', 'carrier-grade NAT'],
  linkLocal: ['link-local/metadata cloud', 'link-local'],
  unspecified: ['alamat tidak spesifik', 'unspecified'],
  multicast: ['multicast', 'multicast'],
  broadcast: ['broadcast', 'broadcast'],
};

// Only globally routable IPv6 (2000::/3) is public; this also rules out the deprecated IPv4-compatible
// ::a.b.c.d form, which ipaddr.js classifies as plain unicast.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** Why an address is not public, or null when it is an ordinary internet address. */
export function blockedReason(address: Address): string | null {
  if (address.kind() === 'ipv6') {
    const v6 = address as ipaddr.IPv6;
    const range = v6.range();
    // NAT64 and 6to4 carry an IPv4 address inside: judge the address they really lead to.
    if (range === 'rfc6052') return blockedReason(ipaddr.IPv4.parse(v6.toByteArray().slice(12).join('.')));
    if (range === '6to4') return blockedReason(ipaddr.IPv4.parse(v6.toByteArray().slice(2, 6).join('.')));
    if (range === 'unicast' && v6.match(GLOBAL_UNICAST_V6)) return null;
    return range === 'unicast' ? 'reserved' : range;
  }
  const range = address.range();
  return range === 'unicast' ? null : range;
}

function parseAddress(text: string): Address | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare)) return null;
  // process() turns IPv4-mapped IPv6 (::ffff:10.0.0.1) into the IPv4 address it really is.
  return ipaddr.process(bare);
}

export class AddressGuard {
  private readonly allowedNames: string[] = [];
  private readonly allowedRanges: Array<[Address, number]> = [];

  constructor(allowHosts: readonly string[] = []) {
    for (const raw of allowHosts) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      if (ipaddr.isValidCIDR(entry)) {
        const [base, bits] = ipaddr.parseCIDR(entry);
        const address = ipaddr.process(base.toString());
        // A mapped ::ffff:a.b.c.d/n range becomes the IPv4 range it stands for.
        const prefix = address.kind() !== base.kind() ? bits - 96 : bits;
        this.allowedRanges.push([address, prefix]);
        continue;
      }
      const address = parseAddress(entry);
      if (address) this.allowedRanges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      else this.allowedNames.push(entry.replace(/\.$/, ''));
    }
  }

  /** A host named in the allow-list (or a subdomain of one) is trusted whatever it resolves to. */
  isAllowedName(hostname: string): boolean {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    return this.allowedNames.some((name) => host === name || host.endsWith(`.${name}`));
  }

  private isAllowedAddress(address: Address): boolean {
    return this.allowedRanges.some(
      ([base, bits]) => base.kind() === address.kind() && address.match(base, bits),
    );
  }

  /** The error to raise for this address, or null when we may connect to it. */
  refusal(addressText: string, url: string): FetchError | null {
    const address = parseAddress(addressText);
    if (!address) return blocked(url, addressText, ['alamat tidak dikenal', 'unparseable']);
    if (this.isAllowedAddress(address)) return null;
    const reason = blockedReason(address);
    if (reason === null) return null;
    return blocked(url, address.toString(), REASONS[reason] ?? ['alamat khusus', `${reason}`]);
  }

  /**
   * Checks what can be checked before DNS: the scheme, and IP literals (Node connects to those
   * directly without calling our lookup).
   */
  checkUrl(url: URL): void {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError(
        'blocked_address',
        `Skema URL tidak didukung: ${url.protocol} — only http and https may be fetched`,
        url.href,
      );
    }
    if (this.isAllowedName(url.hostname)) return;
    if (parseAddress(url.hostname)) {
      const refusal = this.refusal(url.hostname, url.href);
      if (refusal) throw refusal;
    }
  }

  /**
   * For clients that resolve names themselves (the global fetch used for webhooks): refuses the
   * URL when any address its name resolves to is internal and not allowed. A name could still be
   * re-pointed between this check and the connection; crawling uses lookupFor, which has no gap.
   */
  async assertAllowed(url: URL): Promise<void> {
    this.checkUrl(url);
    if (this.isAllowedName(url.hostname) || parseAddress(url.hostname)) return;
    const addresses = await dns.promises.lookup(url.hostname, { all: true });
    for (const a of addresses) {
      const refusal = this.refusal(a.address, url.href);
      if (refusal) throw refusal;
    }
  }

  /** A dns.lookup replacement that only ever hands Node addresses we are allowed to connect to. */
  lookupFor(url: string) {
    return (
      hostname: string,
      options: LookupOneOptions | LookupAllOptions,
      callback: LookupCallback,
    ): void => {
      dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
        if (err) return callback(err, []);
        const trusted = this.isAllowedName(hostname);
        const usable = trusted ? addresses : addresses.filter((a) => this.refusal(a.address, url) === null);
        if (usable.length === 0) {
          const first = addresses[0]?.address ?? hostname;
          return callback(this.refusal(first, url) ?? blocked(url, hostname, ['tidak ada alamat', 'no']), []);
        }
        if (options.all) return callback(null, usable);
        return callback(null, usable[0].address, usable[0].family);
      });
    };
  }
}

function blocked(url: string, address: string, [id, en]: [string, string]): FetchError {
  return new FetchError(
    'blocked_address',
    `Alamat diblokir (${id}): ${address} — blocked ${en} address`,
    url,
  );
}
