// The fictional regional outlets: name, look (CMS layout), feed format, URL scheme and newsroom staff.
import { FIRST_NAMES, LAST_NAMES } from './city.ts';
import { Random } from './prng.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'jsonfeed';
export type LayoutId = 'portal' | 'wordpress' | 'tribune' | 'minimal' | 'legacy';

export interface OutletProfile {
  index: number;
  name: string;
  /** Short code used in image paths and the newsroom's e-mail. */
  code: string;
  tagline: string;
  layout: LayoutId;
  format: FeedFormat;
  feedPath: string;
  urlStyle: number;
  reporters: string[];
  editors: string[];
}

const NAMES = [
  'Sukamaju Pos',
  'Radar Sukamaju',
  'Kabar Priangan',
  'Warta Sukamaju',
  'Suara Cilayang',
  'Sukamaju Ekspres',
  'Metro Sukamaju',
  'Harian Cakrawala',
  'Jurnal Sukamaju',
  'Lintas Parahyangan',
  'Gema Kota',
  'Portal Sukamaju',
  'Info Sukamaju',
  'Detak Daerah',
  'Berita Lembah',
  'Pikiran Warga',
  'Koran Sukamaju',
  'Mata Kota',
  'Pelita Sukamaju',
  'Cermin Rakyat',
  'Nusantara Kini',
  'Sorot Sukamaju',
  'Bingkai Daerah',
  'Tapak Berita',
];

const TAGLINES = [
  'Tajam, Terpercaya, Terkini',
  'Suara Warga Sukamaju',
  'Berita Daerah dari Priangan Timur',
  'Jendela Informasi Kota',
  'Mengabarkan dengan Hati',
];

export const LAYOUTS: LayoutId[] = ['portal', 'wordpress', 'tribune', 'minimal', 'legacy'];
const FORMATS: FeedFormat[] = ['rss', 'atom', 'rdf', 'jsonfeed'];
const FEED_PATHS: Record<FeedFormat, string[]> = {
  rss: ['/feed', '/rss', '/rss.xml'],
  atom: ['/feed/atom', '/atom.xml'],
  rdf: ['/index.rdf', '/rss/rdf'],
  jsonfeed: ['/feed.json', '/feed/json'],
};

function person(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

export function outletProfile(index: number, seed: number): OutletProfile {
  const rng = Random.of(seed, 'outlet', index);
  const base = NAMES[index % NAMES.length];
  const round = Math.floor(index / NAMES.length);
  const name = round === 0 ? base : `${base} ${round + 1}`;
  const format = FORMATS[index % FORMATS.length];
  return {
    index,
    name,
    code: name.toLowerCase().replace(/[^a-z0-9]+/g, ''),
    tagline: rng.pick(TAGLINES),
    layout: LAYOUTS[index % LAYOUTS.length],
    format,
    feedPath: rng.pick(FEED_PATHS[format]),
    urlStyle: (index * 3 + 1) % 5,
    reporters: Array.from({ length: rng.int(4, 7) }, () => person(rng)),
    editors: Array.from({ length: 2 }, () => person(rng)),
  };
}
