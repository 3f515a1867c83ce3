// The default catalogue of Indonesian outlets' feeds a workspace can subscribe to in one step. URLs are
// the outlets' public RSS endpoints as used in public code; feeds move, so a source that stops
// working is flagged by the poller rather than trusted forever.

export interface CatalogueEntry {
  /** Stable slug, stored on a source added from the catalogue. */
  key: string;
  outlet: string;
  /** Feed or sitemap URL. */
  url: string;
  format: 'rss' | 'atom' | 'sitemap';
  scope: 'national' | 'regional';
  /** Province or city of a regional edition; null for national outlets. */
  region: string | null;
  homepage: string;
}

const national = (key: string, outlet: string, url: string, homepage: string): CatalogueEntry => ({
  key,
  outlet,
  url,
  format: 'rss',
  scope: 'national',
  region: null,
  homepage,
});

const regional = (
  key: string,
  outlet: string,
  url: string,
  region: string,
  homepage: string,
): CatalogueEntry => ({
  key,
  outlet,
  url,
  format: 'rss',
  scope: 'regional',
  region,
  homepage,
});

/** Tribun Network regional editions share one feed path on their own subdomain. */
const tribun = (subdomain: string, outlet: string, region: string): CatalogueEntry =>
  regional(
    `tribun-${subdomain}`,
    outlet,
    `https://${subdomain}.tribunnews.com/rss`,
    region,
    `https://${subdomain}.tribunnews.com`,
  );

/** ANTARA regional bureaus publish the same "terkini" feed as the national desk. */
const antara = (subdomain: string, region: string): CatalogueEntry =>
  regional(
    `antara-${subdomain}`,
    `ANTARA ${region}`,
    `https://${subdomain}.antaranews.com/rss/terkini.xml`,
    region,
    `https://${subdomain}.antaranews.com`,
  );

export const CATALOGUE: CatalogueEntry[] = [
  national('antara', 'ANTARA', 'https://www.antaranews.com/rss/terkini.xml', 'https://www.antaranews.com'),
  national('kompas', 'Kompas.com', 'https://www.kompas.com/getrss/nasional', 'https://www.kompas.com'),
  national('detik', 'detikcom', 'https://news.detik.com/rss', 'https://www.detik.com'),
  national('tempo', 'Tempo', 'https://rss.tempo.co/nasional', 'https://www.tempo.co'),
  national(
    'cnn-indonesia',
    'CNN Indonesia',
    'https://www.cnnindonesia.com/nasional/rss',
    'https://www.cnnindonesia.com',
  ),
  national('kumparan', 'kumparan', 'https://lapi.kumparan.com/v2.0/rss/', 'https://kumparan.com'),
  national('republika', 'Republika', 'https://www.republika.co.id/rss', 'https://www.republika.co.id'),
  national('liputan6', 'Liputan6', 'https://feed.liputan6.com/rss/news', 'https://www.liputan6.com'),
  national(
    'okezone',
    'Okezone',
    'https://sindikasi.okezone.com/index.php/rss/0/RSS2.0',
    'https://www.okezone.com',
  ),
  national('suara', 'Suara.com', 'https://www.suara.com/rss/news', 'https://www.suara.com'),
  national('idn-times', 'IDN Times', 'https://www.idntimes.com/rss', 'https://www.idntimes.com'),
  national('sindonews', 'SINDOnews', 'https://www.sindonews.com/feed', 'https://www.sindonews.com'),
  national('merdeka', 'Merdeka.com', 'https://www.merdeka.com/feed/', 'https://www.merdeka.com'),
  national('viva', 'VIVA', 'https://www.viva.co.id/get/all', 'https://www.viva.co.id'),
  national('jpnn', 'JPNN.com', 'https://www.jpnn.com/index.php?mib=rss', 'https://www.jpnn.com'),
  national('bisnis', 'Bisnis.com', 'https://www.bisnis.com/rss', 'https://www.bisnis.com'),
  national('kontan', 'Kontan', 'https://investasi.kontan.co.id/rss', 'https://www.kontan.co.id'),
  national(
    'cnbc-indonesia',
    'CNBC Indonesia',
    'https://www.cnbcindonesia.com/news/rss',
    'https://www.cnbcindonesia.com',
  ),
  national(
    'media-indonesia',
    'Media Indonesia',
    'https://mediaindonesia.com/feed',
    'https://mediaindonesia.com',
  ),
  national('jawapos', 'Jawa Pos', 'https://www.jawapos.com/feed/', 'https://www.jawapos.com'),
  national('inilah', 'Inilah.com', 'https://inilah.com/rss', 'https://inilah.com'),
  national('beritasatu', 'BeritaSatu', 'https://www.beritasatu.com/rss', 'https://www.beritasatu.com'),
  national('tribunnews', 'Tribunnews', 'https://www.tribunnews.com/rss', 'https://www.tribunnews.com'),
  national('katadata', 'Katadata', 'https://katadata.co.id/rss', 'https://katadata.co.id'),

  tribun('banten', 'Tribun Banten', 'Banten'),
  tribun('jakarta', 'Tribun Jakarta', 'DKI Jakarta'),
  tribun('jabar', 'Tribun Jabar', 'Jawa Barat'),
  tribun('bogor', 'Tribun Bogor', 'Bogor'),
  tribun('jateng', 'Tribun Jateng', 'Jawa Tengah'),
  tribun('solo', 'Tribun Solo', 'Surakarta'),
  tribun('jogja', 'Tribun Jogja', 'DI Yogyakarta'),
  tribun('jatim', 'Tribun Jatim', 'Jawa Timur'),
  tribun('surabaya', 'Surya', 'Surabaya'),
  tribun('bali', 'Tribun Bali', 'Bali'),
  tribun('medan', 'Tribun Medan', 'Sumatera Utara'),
  tribun('padang', 'Tribun Padang', 'Sumatera Barat'),
  tribun('pekanbaru', 'Tribun Pekanbaru', 'Riau'),
  tribun('palembang', 'Sriwijaya Post', 'Sumatera Selatan'),
  tribun('lampung', 'Tribun Lampung', 'Lampung'),
  tribun('pontianak', 'Tribun Pontianak', 'Kalimantan Barat'),
  tribun('banjarmasin', 'Banjarmasin Post', 'Kalimantan Selatan'),
  tribun('kaltim', 'Tribun Kaltim', 'Kalimantan Timur'),
  tribun('makassar', 'Tribun Timur', 'Sulawesi Selatan'),
  tribun('manado', 'Tribun Manado', 'Sulawesi Utara'),
  tribun('ambon', 'Tribun Ambon', 'Maluku'),
  tribun('papua', 'Tribun Papua', 'Papua'),

  antara('banten', 'Banten'),
  antara('jabar', 'Jawa Barat'),
  antara('jambi', 'Jambi'),
  antara('kepri', 'Kepulauan Riau'),
  antara('kalbar', 'Kalimantan Barat'),
  antara('kalteng', 'Kalimantan Tengah'),
  antara('kalsel', 'Kalimantan Selatan'),
  antara('kaltim', 'Kalimantan Timur'),

  regional(
    'pikiran-rakyat',
    'Pikiran Rakyat',
    'https://www.pikiran-rakyat.com/feed',
    'Jawa Barat',
    'https://www.pikiran-rakyat.com',
  ),
  regional(
    'suara-merdeka',
    'Suara Merdeka',
    'https://www.suaramerdeka.com/rss',
    'Jawa Tengah',
    'https://www.suaramerdeka.com',
  ),
  regional('solopos', 'Solopos', 'https://www.solopos.com/feed', 'Jawa Tengah', 'https://www.solopos.com'),
  regional(
    'kedaulatan-rakyat',
    'Kedaulatan Rakyat',
    'https://www.krjogja.com/rss',
    'DI Yogyakarta',
    'https://www.krjogja.com',
  ),
  regional('bali-post', 'Bali Post', 'https://www.balipost.com/feed', 'Bali', 'https://www.balipost.com'),
  regional('fajar', 'Fajar', 'https://fajar.co.id/feed/', 'Sulawesi Selatan', 'https://fajar.co.id'),
  regional(
    'kompas-bandung',
    'Kompas.com Bandung',
    'https://bandung.kompas.com/rss',
    'Jawa Barat',
    'https://bandung.kompas.com',
  ),
  regional(
    'radar-jabar',
    'Radar Jabar',
    'https://www.radarjabar.com/feed/',
    'Jawa Barat',
    'https://www.radarjabar.com',
  ),
  regional(
    'pontianak-post',
    'Pontianak Post',
    'https://pontianakpost.jawapos.com/rss',
    'Kalimantan Barat',
    'https://pontianakpost.jawapos.com',
  ),
  regional(
    'kaltim-post',
    'Kaltim Post',
    'https://kaltimpost.jawapos.com/rss',
    'Kalimantan Timur',
    'https://kaltimpost.jawapos.com',
  ),
  regional(
    'cenderawasih-pos',
    'Cenderawasih Pos',
    'https://cenderawasihpos.jawapos.com/feed/',
    'Papua',
    'https://cenderawasihpos.jawapos.com',
  ),
];
