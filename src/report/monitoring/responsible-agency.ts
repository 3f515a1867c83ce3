// Which agency (OPD) a recommendation about an issue is addressed to: the one whose distinctive
// name words or short name the issue's own words mention most. Explainable on purpose: the draft
// says which words matched, and the reviewer corrects it when the data points the wrong way.

export interface AgencyMatch {
  name: string;
  /** The words of the agency's name found in the issue's texts. */
  matched: string[];
}

// Words every agency name shares: they say nothing about which agency an issue concerns.
const GENERIC = new Set([
  'dinas',
  'badan',
  'kantor',
  'bagian',
  'sekretariat',
  'daerah',
  'kota',
  'kabupaten',
  'provinsi',
  'dan',
  'serta',
  'umum',
  'urusan',
  'pemerintah',
  'pemerintahan',
  'satuan',
  'unit',
  'pelaksana',
  'teknis',
  'penataan',
  'pengelolaan',
  'pelayanan',
  'kepala',
  'bidang',
  'rumah',
  'negeri',
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];

export function responsibleAgency(
  agencies: readonly { name: string; shortName: string }[],
  issueTexts: readonly string[],
): AgencyMatch | null {
  const seen = new Set(issueTexts.flatMap(words));
  let best: AgencyMatch | null = null;
  for (const agency of agencies) {
    const matched = new Set<string>();
    for (const w of words(agency.name)) if (w.length >= 4 && !GENERIC.has(w) && seen.has(w)) matched.add(w);
    // A short name ("PUPR", "RSUD", "Dishub") is matched whole: it is how the news names the agency.
    for (const w of words(agency.shortName))
      if (!GENERIC.has(w) && w.length >= 3 && seen.has(w)) matched.add(w);
    if (matched.size > 0 && (!best || matched.size > best.matched.length))
      best = { name: agency.name, matched: [...matched] };
  }
  return best;
}
