// What a reader of the official-body lists would check against the regulations: the counts the
// regulations give, one entry per body, a regulation behind every entry, and short forms the tagger can
// match as words without matching everyday words.
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../../text/stopwords.ts';
import { wordTokens } from '../../../text/words.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, GENERIC_CAPITALISED } from '../lexicon-common.ts';
import { COMMON_WORDS } from '../lexicon-nouns.ts';
import {
  ACEH_LOCAL_PARTIES_2024,
  AGENCIES,
  MINISTRIES,
  NATIONAL_PARTIES_2024,
  OFFICIAL_BODY_NAMES,
  type OfficialBody,
  PARTIES,
  REGIONAL_BODIES,
} from './index.ts';

const LISTS = { MINISTRIES, AGENCIES, REGIONAL_BODIES, PARTIES } as const;
const ALL: readonly OfficialBody[] = Object.values(LISTS).flat();

/**
 * Short forms of more than one word that newsrooms write as a unit. A new one belongs here only after
 * checking it is written that way; everything else must be a single word.
 */
const MULTI_WORD_SHORT_FORMS = new Set([
  // ministries
  'Kemenko Polkam',
  'Kemenko Kumham Imipas',
  'Kemenko Perekonomian',
  'Kemenko PMK',
  'Kemenko Infrastruktur',
  'Kemenko PM',
  'Kemenko Pangan',
  'Kementerian HAM',
  'Kementerian Imipas',
  'Kementerian ESDM',
  'Kementerian PU',
  'Kementerian PKP',
  'Kemendes PDT',
  'Kementerian ATR/BPN',
  'ATR/BPN',
  'Kementerian PPN/Bappenas',
  'Kementerian PANRB',
  'Kementerian BUMN',
  'Kementerian LH',
  'Kementerian UMKM',
  'Kementerian PPPA',
  'Kemenko Polhukam',
  'Kemenko Marves',
  'Kementerian Investasi',
  'Kementerian PUPR',
  'Kemendes PDTT',
  'Kemenkop UKM',
  // agencies
  'MPR RI',
  'DPR RI',
  'DPD RI',
  'Komnas HAM',
  'Komnas Perempuan',
  'Ombudsman RI',
  'Pengadilan Tipikor',
  // regional bodies
  'Sekretariat DPRD',
  'Satpol PP',
  'Dinas PUPR',
  'Dinas ESDM',
  // parties
  'Partai Gerindra',
  'PDI Perjuangan',
  'Partai Golkar',
  'Partai Gelora',
  'Partai Hanura',
  'Partai Garuda',
  'Partai Perindo',
  'Partai Gabthat',
  'PAS Aceh',
  'Partai SIRA',
]);

/** Names and forms that would make the feature fire on ordinary prose. */
const EVERYDAY_WORDS = new Set([
  ...STOPWORDS,
  ...FUNCTION_WORDS,
  ...CALENDAR_WORDS,
  ...GENERIC_CAPITALISED,
  ...COMMON_WORDS,
]);

/** A regulation as the sources cite it: the constitution, or a law, regulation or decision by number and year. */
const REGULATION =
  /\bUUD 1945\b|\b(?:UU|PP|Perpres|Permendagri|Keputusan KPU) No\. \d+ Tahun (?:19|20)\d\d\b/;

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const shortForms = (list: readonly OfficialBody[]) => list.flatMap((b) => b.short);

describe('official body lists', () => {
  it.each(Object.entries(LISTS))('%s has no full name twice', (_, list) => {
    expect(duplicates(list.map((b) => b.name))).toEqual([]);
  });

  it('gives no body a full name another list also has', () => {
    expect(duplicates(ALL.map((b) => b.name.toLowerCase()))).toEqual([]);
  });

  it('names a regulation by number and year as the source of every entry', () => {
    const unsourced = ALL.filter((b) => !REGULATION.test(b.source)).map((b) => b.name);
    expect(unsourced).toEqual([]);
  });

  it('keeps each list to its kind, and "former" to the ministries', () => {
    expect(new Set(MINISTRIES.map((b) => b.kind))).toEqual(new Set(['ministry']));
    expect(new Set(AGENCIES.map((b) => b.kind))).toEqual(new Set(['agency']));
    expect(new Set(REGIONAL_BODIES.map((b) => b.kind))).toEqual(new Set(['regional']));
    expect(new Set(PARTIES.map((b) => b.kind))).toEqual(new Set(['party']));
    expect(ALL.filter((b) => b.former && b.kind !== 'ministry')).toEqual([]);
  });

  it('writes names and short forms without stray spaces', () => {
    const untidy = ALL.flatMap((b) => [b.name, ...b.short]).filter((n) => n !== n.trim() || /\s{2}/.test(n));
    expect(untidy).toEqual([]);
  });
});

describe('ministries', () => {
  const current = MINISTRIES.filter((b) => !b.former);
  const former = MINISTRIES.filter((b) => b.former);

  it('lists the 48 ministries of Perpres 139/2024, 7 of them coordinating', () => {
    expect(current).toHaveLength(48);
    expect(current.filter((b) => b.name.startsWith('Kementerian Koordinator '))).toHaveLength(7);
    expect(current.every((b) => b.source.startsWith('Perpres No. 139 Tahun 2024'))).toBe(true);
  });

  it('includes the ministry-level State Secretariat', () => {
    expect(current.map((b) => b.name)).toContain('Kementerian Sekretariat Negara');
  });

  it('marks the retired Kabinet Indonesia Maju names as former, sourced to Perpres 68/2019', () => {
    expect(former.map((b) => b.name)).toEqual(
      expect.arrayContaining([
        'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi',
        'Kementerian Pekerjaan Umum dan Perumahan Rakyat',
        'Kementerian Hukum dan Hak Asasi Manusia',
      ]),
    );
    expect(former.every((b) => b.source.startsWith('Perpres No. 68 Tahun 2019'))).toBe(true);
    expect(shortForms(former)).toEqual(expect.arrayContaining(['Kemendikbudristek', 'Kementerian PUPR']));
  });

  it('keeps a name still in force out of the former list', () => {
    const currentNames = new Set(current.map((b) => b.name));
    expect(former.filter((b) => currentNames.has(b.name))).toEqual([]);
  });
});

describe('parties', () => {
  it('lists the 18 national parties and the 6 Aceh local parties of the 2024 election', () => {
    expect(NATIONAL_PARTIES_2024).toHaveLength(18);
    expect(ACEH_LOCAL_PARTIES_2024).toHaveLength(6);
    expect(PARTIES).toHaveLength(24);
  });

  it('sources Partai Ummat to the decision that added it', () => {
    const ummat = PARTIES.find((b) => b.name === 'Partai Ummat');
    expect(ummat?.source).toMatch(/^Keputusan KPU No\. 551 Tahun 2022/);
    expect(
      PARTIES.filter((b) => b !== ummat).every((b) => /^Keputusan KPU No\. 518 Tahun 2022/.test(b.source)),
    ).toBe(true);
  });
});

describe('regional bodies', () => {
  it('lists the government prefixes as written before a region name', () => {
    expect(shortForms(REGIONAL_BODIES)).toEqual(
      expect.arrayContaining(['Pemkot', 'Pemkab', 'Pemprov', 'Pemda']),
    );
  });
});

describe('short forms', () => {
  it('are single words, or multi-word forms known to be written as a unit', () => {
    const unknown = shortForms(ALL).filter(
      (s) => wordTokens(s).length !== 1 && !MULTI_WORD_SHORT_FORMS.has(s),
    );
    expect(unknown).toEqual([]);
  });

  it('are all still in use, for every multi-word form allowed', () => {
    const used = new Set(shortForms(ALL));
    expect([...MULTI_WORD_SHORT_FORMS].filter((s) => !used.has(s))).toEqual([]);
  });

  it('each name one body only, and never another body’s full name', () => {
    const forms = shortForms(ALL).map((s) => s.toLowerCase());
    expect(duplicates(forms)).toEqual([]);
    const names = new Set(ALL.map((b) => b.name.toLowerCase()));
    expect(forms.filter((s) => names.has(s))).toEqual([]);
  });
});

describe('nothing in the lists is an everyday word', () => {
  it('has a capital letter in every name and short form', () => {
    const lower = ALL.flatMap((b) => [b.name, ...b.short]).filter((n) => !/\p{Lu}/u.test(n));
    expect(lower).toEqual([]);
  });

  it('has no single-word short form that is a common lower-case word', () => {
    const common = shortForms(ALL).filter(
      (s) => wordTokens(s).length === 1 && EVERYDAY_WORDS.has(s.toLowerCase()),
    );
    expect(common).toEqual([]);
  });
});

describe('OFFICIAL_BODY_NAMES', () => {
  it('holds every full name and short form exactly once', () => {
    expect(duplicates(OFFICIAL_BODY_NAMES)).toEqual([]);
    const expected = new Set(ALL.flatMap((b) => [b.name, ...b.short]));
    expect(new Set(OFFICIAL_BODY_NAMES)).toEqual(expected);
  });

  it('has no two spellings of one name that differ only in case', () => {
    expect(duplicates(OFFICIAL_BODY_NAMES.map((n) => n.toLowerCase()))).toEqual([]);
  });

  it('keeps the order of the lists: ministries first, parties last, a name before its short forms', () => {
    expect(OFFICIAL_BODY_NAMES[0]).toBe(MINISTRIES[0]?.name);
    expect(OFFICIAL_BODY_NAMES[1]).toBe(MINISTRIES[0]?.short[0]);
    const last = PARTIES[PARTIES.length - 1] as OfficialBody;
    expect(OFFICIAL_BODY_NAMES[OFFICIAL_BODY_NAMES.length - 1]).toBe(last.short.at(-1) ?? last.name);
  });
});
