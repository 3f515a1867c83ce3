import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.ts';

const registrable = (url: string) => new URL(url).hostname.split('.').slice(-2).join('.');

describe('default catalogue', () => {
  it('lists at least 40 outlets, national and regional', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(CATALOGUE.filter((e) => e.scope === 'national').length).toBeGreaterThanOrEqual(20);
    expect(CATALOGUE.filter((e) => e.scope === 'regional').length).toBeGreaterThanOrEqual(20);
  });

  it('has unique slug keys and unique feed URLs', () => {
    for (const e of CATALOGUE) expect(e.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(CATALOGUE.map((e) => e.key)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((e) => e.url)).size).toBe(CATALOGUE.length);
  });

  it('uses valid https URLs, each feed on its outlet’s own domain', () => {
    for (const e of CATALOGUE) {
      expect(new URL(e.url).protocol, e.key).toBe('https:');
      expect(new URL(e.homepage).protocol, e.key).toBe('https:');
      expect(registrable(e.url), e.key).toBe(registrable(e.homepage));
    }
  });

  it('names a region exactly for regional editions', () => {
    for (const e of CATALOGUE) {
      if (e.scope === 'regional') expect(e.region, e.key).toMatch(/\S/);
      else expect(e.region, e.key).toBeNull();
      expect(['rss', 'atom', 'sitemap']).toContain(e.format);
      expect(e.outlet.trim()).not.toBe('');
    }
  });

  it('covers the Tribun and ANTARA regional networks', () => {
    expect(CATALOGUE.filter((e) => e.key.startsWith('tribun-')).length).toBeGreaterThanOrEqual(10);
    expect(CATALOGUE.filter((e) => e.key.startsWith('antara-')).length).toBeGreaterThanOrEqual(5);
  });
});
