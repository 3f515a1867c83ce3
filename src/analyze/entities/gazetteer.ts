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

interface Node {
  next: Map<string, Node>;
  entry?: GazetteerEntry;
}

export interface Gazetteer {
  /** Longest place starting at word `i`, as the number of words and its entry. */
  match(words: readonly string[], i: number): { length: number; entry: GazetteerEntry } | null;
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

export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const root: Node = { next: new Map() };
  for (const entry of entries) {
    let node = root;
    for (const word of entry.name.split(/\s+/)) {
      const key = word.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // Workspace entries come last and win over the shipped ones.
    node.entry = entry;
  }
  return {
    match(words, i) {
      let node: Node | undefined = root;
      let best: { length: number; entry: GazetteerEntry } | null = null;
      for (let k = i; k < words.length && node; k++) {
        node = node.next.get((words[k] as string).toLowerCase());
        if (node?.entry) best = { length: k - i + 1, entry: node.entry };
      }
      return best;
    },
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
