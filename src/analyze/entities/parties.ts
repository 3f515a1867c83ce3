// Political parties and the boards, factions and regional offices written in front of them. News
// names the party as the organisation: "Ketua DPD Partai Demokrat Bali" and "Fraksi PKB" are
// about Partai Demokrat and PKB; the board and the branch's region are no organisation of their own.
import type { NameToken } from './tokens.ts';

/** Parties usually written by a short name (lower case). */
export const PARTY_NAMES = new Set(
  `pdip pdi-p pdi golkar gerindra pkb pks pan ppp nasdem hanura demokrat perindo psi gelora ummat pkpi
  pd berkarya garuda`.split(/\s+/),
);

/** Board names written before a party: "Dewan Pimpinan Pusat", "Dewan Pertimbangan". */
const BOARD_SECOND = new Set(
  'pimpinan pertimbangan pengurus perwakilan penasihat pembina kehormatan pakar pengarah'.split(' '),
);
const BOARD_THIRD = new Set(['pusat', 'daerah', 'wilayah', 'cabang', 'ranting']);
const BOARD_ACRONYMS = new Set(['dpp', 'dpd', 'dpw', 'dpc', 'dpra', 'dpac']);

export function isPartyStart(t: NameToken | undefined, next: NameToken | undefined): boolean {
  if (!t) return false;
  if (t.lower === 'partai') return next?.joined === true && next.cap;
  return PARTY_NAMES.has(t.lower);
}

/**
 * Number of tokens at `pos` that name a party's board, faction or regional office in front of the
 * party ("DPD", "Dewan Pimpinan Pusat", "Fraksi"), or 0. A faction is never reported by itself.
 */
export function partyUnitLength(tokens: readonly NameToken[], pos: number, end: number): number {
  const t = tokens[pos] as NameToken;
  let n = 0;
  if (t.lower === 'fraksi') n = 1;
  else if (BOARD_ACRONYMS.has(t.lower)) n = 1;
  else if (t.lower === 'dewan' && BOARD_SECOND.has(tokens[pos + 1]?.lower ?? '')) {
    n = 2;
    if (BOARD_THIRD.has(tokens[pos + 2]?.lower ?? '')) n = 3;
  }
  if (n === 0 || pos + n > end) return 0;
  // "DPD Partai Demokrat", "Dewan Pertimbangan DPP Partai Golkar": a board inside a board.
  const after = pos + n < end ? partyUnitLength(tokens, pos + n, end) : 0;
  const party = pos + n + after;
  if (party < end && isPartyStart(tokens[party], tokens[party + 1])) return n + after;
  return t.lower === 'fraksi' ? 1 : 0;
}
