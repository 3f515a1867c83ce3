// The seven outlets that cover Kota Sukamaju in the demo: a wire agency, a national portal and five
// local sites, each with its own address scheme, dateline, page layout and way of listing its news
// (an RSS feed, a Google News sitemap, a sitemap index by month, or a feed and a sitemap both).
import { wib } from './calendar.ts';

export type OutletKey =
  | 'kbn'
  | 'sukamajupos'
  | 'warta'
  | 'kabarpriangan'
  | 'radarpriangan'
  | 'indonesiaterkini'
  | 'sukamajuupdate';

export type Listing = 'rss' | 'news-sitemap' | 'sitemap-index';
export type Layout = 'portal' | 'wordpress' | 'classic';

export interface Outlet {
  key: OutletKey;
  name: string;
  /** Every address of the outlet starts with it on the demo site: "/sukamajupos". */
  prefix: string;
  tagline: string;
  /** The agency others copy, a national portal, or a site of the region. */
  kind: 'wire' | 'national' | 'local';
  layout: Layout;
  /** How the outlet lists its news, and where (paths under the prefix). */
  listings: { kind: Listing; path: string }[];
  /** "SUKAMAJU, SUKAMAJUPOS.ID –" before the lead. */
  dateline: string;
  reporters: string[];
  editors: string[];
  /** The article's path under the prefix. */
  articlePath(a: { id: number; slug: string; at: Date; section: string }): string;
}

const two = (n: number) => String(n).padStart(2, '0');
const section = (s: string) => s.toLowerCase().replace(/\s+/g, '-');

export const OUTLETS: Outlet[] = [
  {
    key: 'kbn',
    name: 'Kantor Berita Nusantara',
    prefix: '/kbn',
    tagline: 'Kantor Berita Nasional',
    kind: 'wire',
    layout: 'portal',
    listings: [{ kind: 'rss', path: '/rss/daerah.xml' }],
    dateline: 'Sukamaju (KBN) -',
    reporters: ['Agung Prasetyo', 'Nur Aini Lestari', 'Bayu Firmansyah'],
    editors: ['Hendro Susanto', 'Maya Puspitasari'],
    articlePath: (a) => `/berita/${a.id + 4_100_000}/${a.slug}`,
  },
  {
    key: 'sukamajupos',
    name: 'Sukamaju Pos',
    prefix: '/sukamajupos',
    tagline: 'Koran Kebanggaan Warga Sukamaju',
    kind: 'local',
    layout: 'wordpress',
    listings: [{ kind: 'news-sitemap', path: '/sitemap-news.xml' }],
    dateline: 'SUKAMAJU, SUKAMAJUPOS.ID –',
    reporters: ['Rizal Fahmi', 'Dini Marlina', 'Yogi Ardiansyah', 'Lia Rosliani'],
    editors: ['Andri Kurniawan'],
    articlePath: (a) => {
      const p = wib(a.at);
      return `/${p.year}/${two(p.month)}/${two(p.day)}/${a.slug}/`;
    },
  },
  {
    key: 'warta',
    name: 'Warta Sukamaju',
    prefix: '/warta',
    tagline: 'Tajam dan Berimbang',
    kind: 'local',
    layout: 'classic',
    listings: [{ kind: 'rss', path: '/feed' }],
    dateline: 'WARTASUKAMAJU.COM, SUKAMAJU –',
    reporters: ['Ferry Setiawan', 'Anisa Rahmawati', 'Gilang Ramadhan'],
    editors: ['Budi Santoso'],
    articlePath: (a) => `/read/${a.id + 20_000}/${a.slug}`,
  },
  {
    key: 'kabarpriangan',
    name: 'Kabar Priangan Timur',
    prefix: '/kabarpriangan',
    tagline: 'Berita Priangan Timur Terkini',
    kind: 'local',
    layout: 'portal',
    listings: [
      { kind: 'rss', path: '/rss' },
      { kind: 'news-sitemap', path: '/sitemap-news.xml' },
    ],
    dateline: 'SUKAMAJU, KABARPRIANGAN.ID -',
    reporters: ['Tedi Mulyadi', 'Sri Wahyuni', 'Irfan Nugraha'],
    editors: ['Eko Wibowo', 'Nina Karlina'],
    articlePath: (a) => `/${section(a.section)}/${a.slug}-${a.id + 70_000}.html`,
  },
  {
    key: 'radarpriangan',
    name: 'Radar Priangan',
    prefix: '/radarpriangan',
    tagline: 'Bagian dari Jaringan Radar',
    kind: 'local',
    layout: 'classic',
    listings: [{ kind: 'sitemap-index', path: '/sitemap.xml' }],
    dateline: 'RADARPRIANGAN.COM –',
    reporters: ['Cahya Pamungkas', 'Wulan Sari', 'Dadi Haryadi'],
    editors: ['Rudi Hermawan'],
    articlePath: (a) => {
      const p = wib(a.at);
      return `/news/${p.year}${two(p.month)}${two(p.day)}${a.id % 1000}/${a.slug}`;
    },
  },
  {
    key: 'indonesiaterkini',
    name: 'Indonesia Terkini',
    prefix: '/indonesiaterkini',
    tagline: 'Portal Berita Nasional',
    kind: 'national',
    layout: 'portal',
    listings: [{ kind: 'rss', path: '/rss' }],
    dateline: 'Sukamaju -',
    reporters: ['Aditya Mahendra', 'Putri Ayu Lestari'],
    editors: ['Fajar Nugroho'],
    articlePath: (a) => `/berita/d-${a.id + 7_300_000}/${a.slug}`,
  },
  {
    key: 'sukamajuupdate',
    name: 'Sukamaju Update',
    prefix: '/sukamajuupdate',
    tagline: 'Info Warga Sukamaju',
    kind: 'local',
    layout: 'wordpress',
    listings: [{ kind: 'rss', path: '/feed.xml' }],
    dateline: 'SUKAMAJUUPDATE.COM –',
    reporters: ['Tim Sukamaju Update', 'Hilman Fauzi', 'Rara Oktaviani'],
    editors: ['Redaksi'],
    articlePath: (a) => `/${section(a.section)}/${a.id + 300}/${a.slug}`,
  },
];

export function outlet(key: OutletKey): Outlet {
  const found = OUTLETS.find((o) => o.key === key);
  if (!found) throw new Error(`demo: no outlet ${key}`);
  return found;
}

/** "banjir-rendam-300-rumah-di-cibeureum": the slug every CMS makes from a headline. */
export function slugOf(headline: string): string {
  return headline
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/g, '');
}
