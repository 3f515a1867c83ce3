// What the demo's monitoring office has set up for Kota Sukamaju before its first crawl: the
// workspace itself, its own places (a fictional city is in no official list), its OPD, and the
// subjects it watches — the mayor and vice mayor, city hall, and the issues of the quarter.
import { CITY_NAME, DISTRICTS, OFFICIALS, PLACES, RIVER } from './city.ts';

export const DEMO_SLUG = 'demo-sukamaju';

export const DEMO_WORKSPACE = {
  name: 'Demo — Pemerintah Kota Sukamaju',
  region: CITY_NAME,
  timeZone: 'WIB',
} as const;

/** The demo user: a team lead of the demo workspace (sees every page, may not administer the installation). */
export const DEMO_USER = {
  email: 'demo@sukamaju.demo',
  name: 'Pengguna Demo Humas Sukamaju',
  role: 'team_lead',
} as const;

/** The places list as `pantau places import` reads it: "nama,jenis,induk". */
export function demoPlacesCsv(): string {
  const lines = ['nama,jenis,induk'];
  for (const d of DISTRICTS) {
    lines.push(`${d.name},kecamatan,${CITY_NAME}`);
    for (const v of d.villages) lines.push(`${v},kelurahan,${d.name}`);
  }
  for (const place of [RIVER, PLACES.market, PLACES.landfill, PLACES.bridge, PLACES.square, PLACES.stadium]) {
    lines.push(`${place},tempat,${CITY_NAME}`);
  }
  return `${lines.join('\n')}\n`;
}

export const DEMO_AGENCIES = [
  {
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Dinas PUPR',
    head: OFFICIALS.publicWorks.full,
  },
  { name: 'Dinas Kesehatan', shortName: 'Dinkes', head: OFFICIALS.health.full },
  { name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD', head: OFFICIALS.disaster.full },
  { name: 'Dinas Lingkungan Hidup', shortName: 'DLH', head: OFFICIALS.environment.full },
  { name: 'Dinas Pendidikan', shortName: 'Disdik', head: OFFICIALS.education.full },
  { name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', head: OFFICIALS.civilPolice.full },
  { name: 'Dinas Perdagangan dan Perindustrian', shortName: 'Disdagin', head: OFFICIALS.trade.full },
  {
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    head: OFFICIALS.investment.full,
  },
];

export interface DemoSubject {
  name: string;
  kind: 'leader' | 'government' | 'agency' | 'topic';
  role?: string;
  query: string;
  aliases?: string[];
}

export const DEMO_SUBJECTS: DemoSubject[] = [
  {
    name: OFFICIALS.mayor.name,
    kind: 'leader',
    role: OFFICIALS.mayor.office,
    query: '"Arief Wicaksono" OR (arief "wali kota")',
    aliases: ['Pak Wali', 'Kang Arief'],
  },
  {
    name: OFFICIALS.viceMayor.name,
    kind: 'leader',
    role: OFFICIALS.viceMayor.office,
    query: '"Dewi Anggraini" OR "wakil wali kota sukamaju"',
    aliases: ['Bu Wakil'],
  },
  {
    name: 'Pemerintah Kota Sukamaju',
    kind: 'government',
    query: '"Pemkot Sukamaju" OR "Pemerintah Kota Sukamaju"',
    aliases: ['Pemkot Sukamaju'],
  },
  { name: 'Banjir', kind: 'topic', query: 'banjir OR genangan OR "tanggul jebol"' },
  { name: 'Sampah dan TPA Cigintung', kind: 'topic', query: '"TPA Cigintung" OR (sampah sukamaju)' },
  { name: 'Jembatan Cikaro', kind: 'topic', query: '"Jembatan Cikaro"' },
  { name: 'Demam berdarah', kind: 'topic', query: 'DBD OR "demam berdarah"' },
  { name: 'DPRD Kota Sukamaju', kind: 'agency', query: '"DPRD Kota Sukamaju"' },
];
