// Named-entity benchmark: entity-level precision/recall/F1 of findEntities on the cased Indonesian
// NER sets (idner-news-2k dev and train, NERGrit test), read by path; run alone with `node --import tsx bench/ner.ts`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../src/analyze/entities/index.ts';
import type { EntityType } from '../src/analyze/types.ts';

interface Sentence {
  text: string;
  /** [start, end) of each token in `text`. */
  offsets: [number, number][];
  gold: Set<string>;
}

const TAG_MAP: Record<string, EntityType> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  PERSON: 'PER',
  PLACE: 'LOC',
  ORGANISATION: 'ORG',
};
const CLASSES: EntityType[] = ['PER', 'ORG', 'LOC'];

/** Sentences of a BIO file whose last column is the tag; entities as "first:last:TYPE" token keys. */
export function readBio(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    const offsets: [number, number][] = [];
    let pos = 0;
    for (const t of tokens) {
      offsets.push([pos, pos + t.length]);
      pos += t.length + 1;
    }
    const gold = new Set<string>();
    let open: { start: number; type: string } | null = null;
    const close = (end: number) => {
      const type = open ? TAG_MAP[open.type] : undefined;
      if (open && type) gold.add(`${open.start}:${end}:${type}`);
      open = null;
    };
    tags.forEach((tag, i) => {
      const [bio, type = ''] = tag.split('-', 2) as [string, string?];
      if (bio === 'B' || (bio === 'I' && open?.type !== type)) {
        close(i - 1);
        open = { start: i, type };
      } else if (bio !== 'I') close(i - 1);
    });
    close(tokens.length - 1);
    sentences.push({ text: tokens.join(' '), offsets, gold });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (line.trim() === '') flush();
    else {
      tokens.push(cols[0] as string);
      tags.push(cols[cols.length - 1] as string);
    }
  }
  flush();
  return sentences;
}

/** Predicted entities as token keys; a span that does not start and end on token edges counts as its covering tokens. */
export function predict(s: Sentence): Set<string> {
  const out = new Set<string>();
  for (const e of findEntities(s.text)) {
    const first = s.offsets.findIndex(([, end]) => end > e.start);
    let last = first;
    while (last + 1 < s.offsets.length && (s.offsets[last + 1] as [number, number])[0] < e.end) last++;
    if (first >= 0) out.add(`${first}:${last}:${e.type}`);
  }
  return out;
}

function score(sentences: Sentence[]) {
  const counts = Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const started = performance.now();
  const predictions = sentences.map(predict);
  const seconds = (performance.now() - started) / 1000;
  sentences.forEach((s, i) => {
    const pred = predictions[i] as Set<string>;
    for (const key of pred) {
      const c = counts[key.split(':')[2] as string];
      if (c) s.gold.has(key) ? c.tp++ : c.fp++;
    }
    for (const key of s.gold)
      if (!pred.has(key)) (counts[key.split(':')[2] as string] as { fn: number }).fn++;
  });
  const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      precision: round(p),
      recall: round(r),
      f1: round(p + r ? (2 * p * r) / (p + r) : 0),
      tp,
      fp,
      fn,
    };
  };
  const total = { tp: 0, fp: 0, fn: 0 };
  const perClass: Record<string, ReturnType<typeof prf>> = {};
  for (const c of CLASSES) {
    const k = counts[c] as typeof total;
    perClass[c] = prf(k);
    total.tp += k.tp;
    total.fp += k.fp;
    total.fn += k.fn;
  }
  return {
    sentences: sentences.length,
    perClass,
    micro: prf(total),
    sentencesPerSecond: Math.round(sentences.length / seconds),
  };
}

export async function bench(opts: { dataDir: string }): Promise<Record<string, unknown>> {
  const dir = resolve(opts.dataDir, 'ner');
  return {
    idnerNewsDev: score(readBio(resolve(dir, 'idner-news-2k_dev.txt'))),
    // Both idner files have now been used for error analysis (dev first, train in the second round),
    // so neither is held out any more: NERGrit and new text are the check against rules fitting them.
    idnerNewsTrain: score(readBio(resolve(dir, 'idner-news-2k_train.txt'))),
    nergritTest: score(readBio(resolve(dir, 'nergrit_test_preprocess.txt'))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir =
    process.argv[2] ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'data');
  console.log(JSON.stringify(await bench({ dataDir }), null, 2));
}
