// Place names looked up by whole words: the shipped Indonesian and world lists plus a workspace's own
// regions (kecamatan, kelurahan, desa) passed in by the caller.
import { CITIES, PROVINCES, REGENCIES, REGION_SHORT_FORMS } from './gazetteer-regions.ts';
import { WORLD_PLACES } from './gazetteer-world.ts';

export type PlaceKind = 'province' | 'city' | 'regency' | 'district' | 'village' | 'place';

export interface GazetteerEntry {
  name: string;
  kind?: PlaceKind;
  /** Name to report, e.g. "Jawa Barat" for "Jabar". Defaults to `name`. */
  canonical?: string;
}

export interface Gazetteer {
  /**
   * Longest place starting at word `i` and ending before word `end` (all the words by default), as
   * the number of words and its entry. Words match whole and regardless of case.
   */
  match(words: readonly string[], i: number, end?: number): GazetteerMatch | null;
  /** match() over words already lower-cased: the place lists are read over every word of every article. */
  matchLower(lower: readonly string[], i: number, end?: number): GazetteerMatch | null;
}

export interface GazetteerMatch {
  length: number;
  entry: GazetteerEntry;
}

/** Names that are also common words or given names: a place only after a place cue. */
export const CUED_ONLY = new Set(
  `batu metro banjar batang bone landak karo pati buru seram malang solok bima kaur puncak bungo tebo
  lebak ende muna malaka agam tual palu dairi sambas belu alor sikka paser kapuas lingga sigi karimun
  buol siak toba poso kuningan padang ngada sumba dompu luwu pinrang barru wajo gowa maros bangli nias
  kampar asahan sinjai seluma lahat kudus solo jordan chad georgia virginia mitra kingston victoria
  porto sofia juba`.split(/\s+/),
);

const SHORT_FORMS: Record<string, string> = {
  Sumut: 'Sumatera Utara',
  Sumbar: 'Sumatera Barat',
  Sumsel: 'Sumatera Selatan',
  Kepri: 'Kepulauan Riau',
  Babel: 'Kepulauan Bangka Belitung',
  Jabar: 'Jawa Barat',
  Jateng: 'Jawa Tengah',
  Jatim: 'Jawa Timur',
  DIY: 'DI Yogyakarta',
  NTB: 'Nusa Tenggara Barat',
  NTT: 'Nusa Tenggara Timur',
  Kalbar: 'Kalimantan Barat',
  Kalteng: 'Kalimantan Tengah',
  Kalsel: 'Kalimantan Selatan',
  Kaltim: 'Kalimantan Timur',
  Kaltara: 'Kalimantan Utara',
  Sulut: 'Sulawesi Utara',
  Sulteng: 'Sulawesi Tengah',
  Sulbar: 'Sulawesi Barat',
  Sulsel: 'Sulawesi Selatan',
  Sultra: 'Sulawesi Tenggara',
  Malut: 'Maluku Utara',
  Jogja: 'Yogyakarta',
  Jogjakarta: 'Yogyakarta',
  Yogya: 'Yogyakarta',
  Tangsel: 'Tangerang Selatan',
  Solo: 'Surakarta',
};

/**
 * A trie over the names' lower-cased words, compiled into flat arrays: a region's full list of
 * villages (~80,000 names) is a word table and a few integer arrays rather than a Map per word, and
 * a lookup costs one hash probe per word of the text whatever the list's length.
 */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const names = entries.map((entry) => entry.name.split(/\s+/).map((word) => word.toLowerCase()));
  const wordIds = new Map<string, number>();
  let edgeBound = 0;
  for (const words of names) {
    edgeBound += words.length;
    for (const word of words) if (!wordIds.has(word)) wordIds.set(word, wordIds.size);
  }
  // Open addressing over (parent node, word) -> child node, at most half full.
  let capacity = 16;
  while (capacity < edgeBound * 2) capacity *= 2;
  const mask = capacity - 1;
  const parents = new Int32Array(capacity).fill(-1);
  const keys = new Int32Array(capacity);
  const children = new Int32Array(capacity);
  // Entry index per node; the root is node 0.
  const entryOf = new Int32Array(edgeBound + 1).fill(-1);
  let nodes = 1;

  const slotOf = (node: number, word: number): number => {
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca77)) & mask;
    while (parents[slot] !== -1 && (parents[slot] !== node || keys[slot] !== word)) slot = (slot + 1) & mask;
    return slot;
  };

  names.forEach((words, index) => {
    let node = 0;
    for (const word of words) {
      const slot = slotOf(node, wordIds.get(word) as number);
      if (parents[slot] === -1) {
        parents[slot] = node;
        keys[slot] = wordIds.get(word) as number;
        children[slot] = nodes++;
      }
      node = children[slot] as number;
    }
    // Workspace entries come last and win over the shipped ones.
    entryOf[node] = index;
  });

  const longest = (words: readonly string[], i: number, end: number, lowerCase: boolean) => {
    let node = 0;
    let best: GazetteerMatch | null = null;
    const stop = Math.min(end, words.length);
    for (let k = i; k < stop; k++) {
      const text = words[k] as string;
      const word = wordIds.get(lowerCase ? text.toLowerCase() : text);
      if (word === undefined) break;
      const slot = slotOf(node, word);
      if (parents[slot] === -1) break;
      node = children[slot] as number;
      const index = entryOf[node] as number;
      if (index >= 0) best = { length: k - i + 1, entry: entries[index] as GazetteerEntry };
    }
    return best;
  };
  return {
    match: (words, i, end = words.length) => longest(words, i, end, true),
    matchLower: (lower, i, end = lower.length) => longest(lower, i, end, false),
  };
}

function shippedEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const name of WORLD_PLACES) out.push({ name, kind: 'place' });
  for (const name of REGENCIES) out.push({ name, kind: 'regency' });
  for (const name of CITIES) out.push({ name, kind: 'city' });
  for (const name of PROVINCES) out.push({ name, kind: 'province', canonical: SHORT_FORMS[name] ?? name });
  for (const [name, canonical] of Object.entries(SHORT_FORMS))
    out.push({ name, kind: 'province', canonical });
  for (const [name, canonical] of Object.entries(REGION_SHORT_FORMS))
    out.push({ name, kind: 'regency', canonical });
  return out;
}

const SHIPPED = shippedEntries();

export const DEFAULT_GAZETTEER: Gazetteer = createGazetteer(SHIPPED);
