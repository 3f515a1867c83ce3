// Quote benchmark on PFSA-ID dev: a quote counts when its statement span and its speaker are both
// right; strict = same span (ignoring edge punctuation), lenient = spans overlapping ≥ 50% of the longer.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findQuotes } from '../src/analyze/quotes/index.ts';
import { isTitleWord } from '../src/analyze/quotes/roles.ts';
import type { Entity, Quote } from '../src/analyze/types.ts';
import { type GoldArticle, type GoldStatement, readGold } from './quotes-gold.ts';

type Recogniser = (text: string) => Entity[];

async function recogniser(): Promise<Recogniser | null> {
  const path = fileURLToPath(new URL('../src/analyze/entities/index.ts', import.meta.url));
  if (!existsSync(path)) return null;
  const module = (await import(pathToFileURL(path).href)) as { findEntities?: Recogniser };
  return module.findEntities ?? null;
}

function core(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,.;:!?]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,.;:!?]/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

const nameWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3);

/** Same person when they share a name word: "Anies" matches "Anies Baswedan". */
function sameSpeaker(q: Quote, g: GoldStatement): boolean {
  const said = new Set([...nameWords(q.speaker ?? ''), ...nameWords(q.speakerCanonical ?? '')]);
  // A gold mention that is only a title ("kata Presiden") is matched by the role we give the name.
  const role = new Set(nameWords(q.role ?? ''));
  return g.speakers.some((s) => {
    const words = nameWords(s);
    const titleOnly = words.length > 0 && words.every(isTitleWord);
    return words.some((w) => said.has(w) || (titleOnly && role.has(w)));
  });
}

function spanMatch(text: string, q: Quote, g: GoldStatement, strict: boolean): boolean {
  const [qs, qe] = core(text, q.start, q.end);
  const [gs, ge] = core(text, g.start, g.end);
  if (strict) return qs === gs && qe === ge;
  const overlap = Math.min(qe, ge) - Math.max(qs, gs);
  return overlap > 0 && overlap >= 0.5 * Math.max(qe - qs, ge - gs);
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

function score(articles: GoldArticle[], found: Quote[][], strict: boolean, withSpeaker: boolean): Counts {
  const c: Counts = { tp: 0, predicted: 0, gold: 0 };
  articles.forEach((a, i) => {
    const quotes = found[i] ?? [];
    c.predicted += quotes.length;
    c.gold += a.statements.length;
    const used = new Set<number>();
    for (const g of a.statements) {
      const hit = quotes.findIndex(
        (q, k) => !used.has(k) && spanMatch(a.text, q, g, strict) && (!withSpeaker || sameSpeaker(q, g)),
      );
      if (hit >= 0) {
        used.add(hit);
        c.tp++;
      }
    }
  });
  return c;
}

function prf(c: Counts) {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(p), recall: round(r), f1: round(f), ...c };
}

function report(articles: GoldArticle[], found: Quote[][]) {
  return {
    strict: prf(score(articles, found, true, true)),
    lenient: prf(score(articles, found, false, true)),
    spanOnlyLenient: prf(score(articles, found, false, false)),
  };
}

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const articles = readGold(join(opts.dataDir, 'quotes', 'pfsa-id_dev.txt'));
  const findEntities = await recogniser();
  const entities = articles.map((a) => (findEntities ? findEntities(a.text) : undefined));
  const started = performance.now();
  const all = articles.map((a, i) => {
    const e = entities[i];
    return findQuotes(a.text, e ? { entities: e } : {});
  });
  const seconds = (performance.now() - started) / 1000;
  const found = all.reduce((n, qs) => n + qs.length, 0);
  // PFSA-ID annotates only quoted statements, so reported speech is scored separately from them.
  const direct = all.map((qs) => qs.filter((q) => q.kind === 'direct'));
  const half = (k: number) => articles.map((_, i) => i).filter((i) => i % 2 === k);
  const pick = <T>(xs: T[], idx: number[]) => idx.map((i) => xs[i] as T);
  return {
    articles: articles.length,
    goldStatements: articles.reduce((n, a) => n + a.statements.length, 0),
    entities: findEntities ? 'src/analyze/entities' : 'none',
    directOnly: report(articles, direct),
    allKinds: report(articles, all),
    indirectFound: found - direct.flat().length,
    evenArticles: report(pick(articles, half(0)), pick(direct, half(0))).lenient,
    oddArticles: report(pick(articles, half(1)), pick(direct, half(1))).lenient,
    quotesPerSecond: Math.round(found / seconds),
    articlesPerSecond: Math.round(articles.length / seconds),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}
