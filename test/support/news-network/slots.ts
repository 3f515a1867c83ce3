// Fills the "{slot}" names of sentence templates with one story's consistent people, places and figures.
import {
  AGENCIES,
  type AgencyKey,
  CITY,
  COMMISSIONS,
  COUNCIL_CHAIR,
  DISTRICTS,
  FACTIONS,
  FIRST_NAMES,
  LAST_NAMES,
  MARKETS,
  MAYOR,
  OCCUPATIONS,
  type Official,
  RIVERS,
  SECRETARY,
  STREETS,
  VENUES,
  VICE_MAYOR,
} from './city.ts';
import { calendarDate, dayName, dayReference, MONTHS } from './dates-id.ts';
import { Random } from './prng.ts';
import type { SlotFill } from './template.ts';

const COUNT_WORDS = ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const COMMODITIES = [
  'cabai rawit',
  'cabai merah keriting',
  'bawang merah',
  'bawang putih',
  'beras medium',
  'telur ayam ras',
  'daging ayam',
  'minyak goreng curah',
  'gula pasir',
];

/** Indonesian thousands separator: 12.500 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function decimal(n: number): string {
  return n.toFixed(1).replace('.', ',').replace(/,0$/, '');
}

function officialOf(person: Official): string {
  return `${person.title} ${person.name}`;
}

function citizen(rng: Random): { first: string; full: string } {
  const first = rng.pick(FIRST_NAMES);
  return { first, full: `${first} ${rng.pick(LAST_NAMES)}` };
}

/**
 * Every slot draws from its own seeded stream, so a value depends only on (story, slot name): a headline
 * can be written without the body and still name the same kelurahan. A trailing digit ("warga2") asks for
 * a second, independent value of the same kind.
 */
export function storySlots(storySeed: number, writtenAt: Date, agencyKey: AgencyKey): SlotFill {
  const agency = AGENCIES[agencyKey];
  const cache = new Map<string, string>();
  const rngFor = (name: string) => Random.of(storySeed, name);

  const value = (slot: string): string => {
    const match = /^([a-z_]+?)(\d*)$/.exec(slot);
    const kind = match ? match[1] : slot;
    const n = match?.[2] ?? '';
    const rng = rngFor(slot);
    const district = DISTRICTS[rngFor(`kecamatan${n}`).int(0, DISTRICTS.length - 1)];
    const person = citizen(rngFor(`warga${n}`));
    const councillor = citizen(rngFor(`dprd${n}`));
    switch (kind) {
      case 'kota':
        return CITY;
      case 'walikota':
        return officialOf(MAYOR);
      case 'walikota_pendek':
        return MAYOR.short;
      case 'wakil':
        return officialOf(VICE_MAYOR);
      case 'wakil_pendek':
        return VICE_MAYOR.short;
      case 'sekda':
        return officialOf(SECRETARY);
      case 'sekda_pendek':
        return SECRETARY.short;
      case 'ketua_dprd':
        return officialOf(COUNCIL_CHAIR);
      case 'pejabat':
        return officialOf(agency.head);
      case 'pejabat_nama':
        return agency.head.name;
      case 'pejabat_pendek':
        return agency.head.short;
      case 'opd':
        return agency.short;
      case 'opd_panjang':
        return `${agency.long} (${agency.short}) ${CITY}`;
      case 'kecamatan':
        return district.name;
      case 'kelurahan':
        return rng.pick(district.villages);
      case 'jalan':
        return rng.pick(STREETS);
      case 'sungai':
        return rng.pick(RIVERS);
      case 'pasar':
        return rng.pick(MARKETS);
      case 'tempat':
        return rng.pick(VENUES);
      case 'puskesmas':
        return `Puskesmas ${district.name}`;
      case 'sekolah':
        return `${rng.pick(['SDN', 'SDN', 'SMPN'])} ${rng.int(1, 24)} Sukamaju`;
      case 'warga':
        return person.full;
      case 'warga_pendek':
        return person.first;
      case 'warga_usia':
        return String(rngFor(`usia${n}`).int(24, 68));
      case 'warga_kerja':
        return rng.pick(OCCUPATIONS);
      case 'dprd':
        return `anggota ${rng.pick(COMMISSIONS)} DPRD ${CITY} dari ${rngFor(`fraksi${n}`).pick(FACTIONS)}, ${councillor.full}`;
      case 'dprd_pendek':
        return councillor.first;
      case 'rt':
        return String(rng.int(1, 12)).padStart(2, '0');
      case 'rw':
        return String(rng.int(1, 15)).padStart(2, '0');
      case 'angka':
        return rng.pick(COUNT_WORDS);
      case 'n':
        return String(rng.int(12, 340));
      case 'kk':
        return String(rng.int(15, 180));
      case 'ribu':
        return groupThousands(rng.int(12, 480) * 100);
      case 'persen':
        return decimal(rng.int(15, 950) / 10);
      case 'rp_miliar':
        return `Rp${decimal(rng.int(12, 480) / 10)} miliar`;
      case 'rp_juta':
        return `Rp${rng.int(15, 950)} juta`;
      case 'rp_triliun':
        return `Rp${decimal(rng.int(18, 34) / 10)} triliun`;
      case 'harga':
        return `Rp${groupThousands(rng.int(8, 95) * 1000)}`;
      case 'komoditas':
        return rng.pick(COMMODITIES);
      case 'km':
        return decimal(rng.int(8, 120) / 10);
      case 'meter':
        return String(rng.int(6, 90) * 10);
      case 'cm':
        return String(rng.int(3, 15) * 10);
      case 'jam':
        return `${String(rng.int(6, 22)).padStart(2, '0')}.${rng.pick(['00', '15', '30', '45'])}`;
      case 'hari_tgl':
        return dayReference(writtenAt);
      case 'hari':
        return dayName(writtenAt);
      case 'bulan':
        return MONTHS[new Date(writtenAt.getTime() + 7 * 3600_000).getUTCMonth()];
      case 'tahun':
        return String(new Date(writtenAt.getTime() + 7 * 3600_000).getUTCFullYear());
      case 'tanggal_depan':
        return calendarDate(new Date(writtenAt.getTime() + rng.int(3, 24) * 86_400_000));
      default:
        throw new Error(`news-network: unknown template slot {${slot}}`);
    }
  };

  return (slot) => {
    let text = cache.get(slot);
    if (text === undefined) {
      text = value(slot);
      cache.set(slot, text);
    }
    return text;
  };
}
