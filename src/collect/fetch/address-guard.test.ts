// Which addresses the SSRF guard lets through, with and without an allow-list.
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { AddressGuard, blockedReason } from './address-guard.ts';

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.3.4', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.1.1', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['::7f00:1', 'reserved'],
    ['64:ff9b::a00:5', 'private'],
    ['2002:a9fe:a9fe::1', 'linkLocal'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(blockedReason(ipaddr.process(address))).toBe(reason);
  });

  it.each(['103.10.20.30', '8.8.8.8', '2404:6800:4003::200e', '64:ff9b::808:808'])(
    'allows public %s',
    (address) => {
      expect(blockedReason(ipaddr.process(address))).toBeNull();
    },
  );
});

describe('AddressGuard', () => {
  const url = 'http://contoh.go.id/';

  it('explains a refusal in Indonesian first, with the technical reason', () => {
    const error = new AddressGuard().refusal('10.0.0.5', url);
    expect(error?.code).toBe('blocked_address');
    expect(error?.message).toBe('Alamat diblokir (jaringan internal): 10.0.0.5 — blocked private address');
  });

  it('sees through IPv4-mapped IPv6', () => {
    expect(new AddressGuard().refusal('::ffff:169.254.169.254', url)?.code).toBe('blocked_address');
  });

  it('lets allow-listed ranges and names through, and only those', () => {
    const guard = new AddressGuard(['127.0.0.0/8', '::1', 'intranet.go.id', '::ffff:10.1.0.0/112']);
    expect(guard.refusal('127.0.0.9', url)).toBeNull();
    expect(guard.refusal('::1', url)).toBeNull();
    expect(guard.refusal('10.1.2.3', url)).toBeNull();
    expect(guard.refusal('10.2.0.1', url)?.code).toBe('blocked_address');
    expect(guard.refusal('169.254.169.254', url)?.code).toBe('blocked_address');
    expect(guard.isAllowedName('intranet.go.id')).toBe(true);
    expect(guard.isAllowedName('berita.intranet.go.id.')).toBe(true);
    expect(guard.isAllowedName('bukanintranet.go.id')).toBe(false);
  });

  it('refuses schemes other than http and https, and internal IP literals before any connection', () => {
    const guard = new AddressGuard();
    expect(() => guard.checkUrl(new URL('file:///etc/passwd'))).toThrow(/Skema URL tidak didukung/);
    expect(() => guard.checkUrl(new URL('http://[::ffff:7f00:1]/'))).toThrow(/loopback/);
    expect(() => guard.checkUrl(new URL('http://2130706433/'))).toThrow(/127\.0\.0\.1/);
    expect(() => guard.checkUrl(new URL('https://103.10.20.30/'))).not.toThrow();
  });
});
