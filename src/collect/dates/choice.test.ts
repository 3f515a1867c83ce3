// The choice settings the benchmark fits by cross-validation: each one changes the choice the way
// its name says, and the shipped defaults keep the structured date unless the URL says otherwise
// for a UTC stamp.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../extract/dom.ts';
import { gatherDateCandidates } from './candidates.ts';
import { chooseDate, type DateChoiceSettings, DEFAULT_DATE_CHOICE } from './choice.ts';

const NOW = new Date('2026-12-31T00:00:00Z');
const head = (jsonLd: string | null, meta: string | null) =>
  (jsonLd
    ? `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${jsonLd}"}</script>`
    : '') + (meta ? `<meta property="article:published_time" content="${meta}">` : '');
const candidates = (jsonLd: string | null, meta: string | null, url?: string) =>
  gatherDateCandidates(
    parsePage(`<html lang="id"><head>${head(jsonLd, meta)}</head><body><p>Isi.</p></body></html>`),
    { url, now: NOW },
  );
const choose = (c: ReturnType<typeof candidates>, change: Partial<DateChoiceSettings> = {}) =>
  chooseDate(c, { ...DEFAULT_DATE_CHOICE, ...change });

describe('chooseDate settings', () => {
  it('trusts the structured sources in the configured order', () => {
    const c = candidates('2026-12-07T10:00:00+07:00', '2026-12-08T10:00:00+07:00');
    expect(choose(c)).toEqual({ published: '2026-12-07T10:00:00+07:00', source: 'json-ld' });
    expect(choose(c, { structuredOrder: ['meta', 'json-ld', 'markup'] }).source).toBe('meta');
  });

  it('settles a disagreement on the earlier day when told to', () => {
    const c = candidates('2026-12-08T10:00:00+07:00', '2026-12-07T10:00:00+07:00');
    expect(choose(c, { structuredConflict: 'earliest' })).toEqual({
      published: '2026-12-07T10:00:00+07:00',
      source: 'meta',
    });
  });

  it('lets the URL day override a structured day only as far as the setting allows', () => {
    const url = 'https://kabar.example.co.id/read/2026/12/01/judul';
    const c = candidates('2026-12-07T10:00:00+07:00', null, url);
    expect(choose(c).source).toBe('json-ld');
    expect(choose(c, { urlOverride: 'far', urlFarDays: 3 }).published).toBe('2026-12-01T00:00:00+07:00');
    expect(choose(c, { urlOverride: 'far', urlFarDays: 30 }).source).toBe('json-ld');
    expect(choose(c, { urlOverride: 'always' }).source).toBe('url');
  });

  it('always lets the URL settle which local day a UTC stamp near midnight fell on', () => {
    const url = 'https://kabar.example.co.id/read/2026/12/08/judul';
    const c = candidates('2026-12-07T18:30:00Z', null, url);
    expect(choose(c).published?.slice(0, 10)).toBe('2026-12-08');
  });
});
