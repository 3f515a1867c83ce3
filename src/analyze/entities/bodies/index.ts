// Official Indonesian bodies compiled from the regulations that establish them: the ministries of the
// Kabinet Merah Putih (Perpres No. 139 Tahun 2024) and of the Kabinet Indonesia Maju before it
// (Perpres No. 68 Tahun 2019), national agencies and state institutions (each by its founding law),
// the nomenclature of regional government bodies (PP No. 18 Tahun 2016 as amended by PP No. 72 Tahun
// 2019, Permendagri No. 99 Tahun 2018) and the parties of the 2024 election (Keputusan KPU No. 518
// Tahun 2022 and No. 551 Tahun 2022).
//
// They exist for the entity tagger, which reads "this word is part of a listed official body" as a
// feature. A list compiled from the regulations, rather than from whatever a news corpus happened to
// contain, keeps the feature honest for bodies the training articles rarely name, and lets a reader
// check every entry against the regulation its `source` names.
import { AGENCIES } from './agencies.ts';
import { MINISTRIES } from './ministries.ts';
import { ACEH_LOCAL_PARTIES_2024, NATIONAL_PARTIES_2024, PARTIES } from './parties.ts';
import { REGIONAL_BODIES } from './regional.ts';

export interface OfficialBody {
  /** The full name as the regulation spells it. */
  name: string;
  /** Short forms and acronyms as newsrooms write them; case as usually written. */
  short: readonly string[];
  kind: 'ministry' | 'agency' | 'regional' | 'party';
  /** The regulation the name was taken from: kind, number, year, and its title or subject. */
  source: string;
  /** A name no longer in force that news still uses (the 2019–2024 cabinet's ministries). */
  former?: boolean;
}

export { ACEH_LOCAL_PARTIES_2024, AGENCIES, MINISTRIES, NATIONAL_PARTIES_2024, PARTIES, REGIONAL_BODIES };

/**
 * Every full name and short form of every list, each once (the first spelling seen wins), in the order
 * ministries, agencies, regional bodies, parties, and within a body its name before its short forms.
 * A fixed order keeps anything hashed or numbered from it the same between builds.
 */
export const OFFICIAL_BODY_NAMES: readonly string[] = (() => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of [MINISTRIES, AGENCIES, REGIONAL_BODIES, PARTIES])
    for (const body of list)
      for (const name of [body.name, ...body.short])
        if (!seen.has(name)) {
          seen.add(name);
          out.push(name);
        }
  return out;
})();
