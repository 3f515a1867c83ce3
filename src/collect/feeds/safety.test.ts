import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PantauError } from '../../domain/errors.ts';
import { parseFeed } from './parse.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

function errorOf(fn: () => unknown): PantauError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PantauError) return e;
    throw e;
  }
  throw new Error('expected a PantauError');
}

describe('hostile XML', () => {
  it('refuses a billion-laughs document instead of expanding it', () => {
    const before = process.memoryUsage().heapUsed;
    const error = errorOf(() => parseFeed(fixture('billion-laughs.xml')));
    expect(error.code).toBe('malformed_feed');
    expect(error.message).toMatch(/ENTITY/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses external entities (XXE) instead of reading local files', () => {
    const error = errorOf(() => parseFeed(fixture('xxe-external-entity.xml')));
    expect(error.code).toBe('malformed_feed');
  });

  it('leaves undeclared entity references as text rather than expanding anything', () => {
    const feed = parseFeed('<rss><channel><title>A &rahasia; B</title></channel></rss>');
    expect(feed.title).toBe('A &rahasia; B');
  });

  it('rejects input over 20 MB before parsing it', () => {
    const huge = `<rss><channel>${' '.repeat(20 * 1024 * 1024)}</channel></rss>`;
    expect(errorOf(() => parseFeed(huge)).code).toBe('too_large');
  });

  it('reports absurdly deep nesting as a malformed feed', () => {
    const deep = `<rss><channel>${'<a>'.repeat(500)}${'</a>'.repeat(500)}</channel></rss>`;
    expect(errorOf(() => parseFeed(deep)).code).toBe('malformed_feed');
  });

  it('reads a feed whose undeclared prefixes name members of a JavaScript object', () => {
    // "constructor:" once resolved to Object's constructor function as a namespace and failed the feed.
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Warta</title>
      <item><title>Banjir di Sukamaju</title><link>https://warta.example/a</link>
      <constructor:note>x</constructor:note><toString:x>y</toString:x></item></channel></rss>`;
    expect(parseFeed(xml).entries.map((e) => e.title)).toEqual(['Banjir di Sukamaju']);
  });
});
