// The official list of Indonesia's regencies and cities with their districts (kecamatan) and villages
// (kelurahan/desa), from the CSV files the idn-area-data package ships (Kemendagri codes, data under
// the ODbL: see NOTICE). Read from disk only when asked, never downloaded.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseCsvRow } from '../../text/csv-row.ts';

/** A regency (kabupaten) or city (kota), e.g. { code: '11.72', name: 'Kota Sabang', province: 'Aceh' }. */
export interface Regency {
  code: string;
  name: string;
  province: string;
}

/** Kemendagri numbers a village 1xxx when it is a kelurahan, 2xxx a desa, 3xxx a desa adat. */
export type VillageKind = 'kelurahan' | 'desa';

export interface RegionPlaces {
  regency: Regency;
  districts: { code: string; name: string }[];
  villages: { code: string; name: string; kind: VillageKind; district: string }[];
}

// The package's own functions parse all 83,762 villages into objects on every call (and declare
// Node 22); its files are plain CSV, so reading them lets a region's villages be picked by code.
async function readCsv(area: 'provinces' | 'regencies' | 'districts' | 'villages', keep?: string) {
  const pkg = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  const text = await readFile(path.join(path.dirname(pkg), 'data', `${area}.csv`), 'utf8');
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line && (keep === undefined || line.startsWith(keep))) rows.push(parseCsvRow(line));
  }
  return rows;
}

const ROMAN = /^[IVX]+$/;

/**
 * A name as news writes it. The data (since version 4) writes the apostrophe of Madurese and Timorese
 * names as a double quote ("Ra""as" for Ra'as), which would split the name in two words for the
 * recogniser. A name in capitals only ("KOTA BANDUNG", "LUBUK PAKAM II") is written with capital
 * initials, Roman numerals kept; mixed-case names are the data's own spelling and are kept, acronyms
 * and all ("UPT Sei Bamban").
 */
export function newsName(raw: string): string {
  const name = raw.replace(/"/g, "'").trim().replace(/\s+/g, ' ');
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-/(.])(\p{L}+)/gu, (_, before: string, word: string) =>
      ROMAN.test(word.toUpperCase())
        ? before + word.toUpperCase()
        : before + word[0].toUpperCase() + word.slice(1),
    );
}

/** The regencies and cities, in code order, each with its province. */
let regencies: Promise<Regency[]> | undefined;

/** The 514 regencies and cities, read once per process: every search and every load needs them. */
export function readRegencies(): Promise<Regency[]> {
  regencies ??= readRegencyFile().catch((error: unknown) => {
    regencies = undefined;
    throw error;
  });
  return regencies;
}

async function readRegencyFile(): Promise<Regency[]> {
  const provinces = new Map((await readCsv('provinces')).map(([code, name]) => [code, newsName(name)]));
  return (await readCsv('regencies')).map(([code, provinceCode, name]) => ({
    code,
    name: newsName(name),
    province: provinces.get(provinceCode) ?? provinceCode,
  }));
}

/** "3273", "32.73" or " 32 . 73 " as the data writes a regency code, else null. */
export function regencyCode(text: string): string | null {
  const m = /^(\d{2})\s*\.?\s*(\d{2})$/.exec(text.trim());
  return m ? `${m[1]}.${m[2]}` : null;
}

const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/["’`]/g, "'")
    .replace(/^kab(\.|\s)\s*/, 'kabupaten ')
    .replace(/\s+/g, ' ')
    .trim();
const KIND = /^(kabupaten|kota)( administrasi)?\s+/;
const bare = (text: string) => folded(text).replace(KIND, '');
const kindOf = (text: string) => KIND.exec(folded(text))?.[1] ?? null;

/**
 * The regencies a user's words name: `exact` when a code or a name fits, with or without "Kota" or
 * "Kabupaten" ("Sabang" is Kota Sabang; "Mojokerto" is both a regency and a city); `similar` for
 * suggestions, every word found in the name, code or province.
 */
export function matchRegencies(
  all: readonly Regency[],
  query: string,
): { exact: Regency[]; similar: Regency[] } {
  const code = regencyCode(query);
  const kind = kindOf(query);
  const exact = code
    ? all.filter((r) => r.code === code)
    : all.filter((r) => bare(r.name) === bare(query) && (kind === null || kindOf(r.name) === kind));
  const similar = searchRegencies(all, query);
  return { exact, similar: similar.length > 0 || code ? similar : misspelt(all, bare(query)) };
}

/** Regencies whose bare name is a typing slip away from the words ("Bandng" for Bandung). */
function misspelt(all: readonly Regency[], words: string): Regency[] {
  const slips = Math.max(1, Math.floor(words.length / 4));
  return all.filter((r) => editDistance(bare(r.name), words) <= slips);
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Regencies whose name, province or code hold every word of the query (all of them for none). */
export function searchRegencies(all: readonly Regency[], query = ''): Regency[] {
  const words = folded(query).split(' ').filter(Boolean);
  return all.filter((r) => {
    const names = `${folded(r.name)} ${folded(r.province)}`;
    return words.every((w) =>
      /^[\d.]+$/.test(w) ? r.code.startsWith(w) || r.code.replace('.', '').startsWith(w) : names.includes(w),
    );
  });
}

/** The districts and villages of one regency or city, in code order. */
export async function readRegionPlaces(regency: Regency): Promise<RegionPlaces> {
  const districts = (await readCsv('districts', `${regency.code}.`))
    .filter(([, parent]) => parent === regency.code)
    .map(([code, , name]) => ({ code, name: newsName(name) }));
  const districtName = new Map(districts.map((d) => [d.code, d.name]));
  const villages = (await readCsv('villages', `${regency.code}.`)).flatMap(([code, districtCode, name]) => {
    const district = districtName.get(districtCode);
    if (!district) return [];
    const kind: VillageKind = code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
    return [{ code, name: newsName(name), kind, district }];
  });
  return { regency, districts, villages };
}
