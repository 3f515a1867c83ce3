// A government program or activity (program dan kegiatan) in the inventory of SOP B step 1, and how
// the words its coverage is found by follow from its name when nobody chose them.

export const PROGRAM_STATUSES = ['rencana', 'berjalan', 'selesai', 'ditunda'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_KINDS = ['program', 'kegiatan'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export interface ProgramDocument {
  title: string;
  url: string | null;
}

export interface Program {
  id: number;
  workspaceId: number;
  kind: ProgramKind;
  name: string;
  description: string;
  agencyId: number | null;
  agencyName: string | null;
  budgetYear: number | null;
  location: string | null;
  /** Calendar days, YYYY-MM-DD. */
  startDate: string | null;
  endDate: string | null;
  status: ProgramStatus;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  documents: ProgramDocument[];
  /** The keywords as chosen; empty when they follow from the name. */
  keywords: string[];
  /** What coverage is searched with: the chosen keywords, else those derived from the name. */
  searchKeywords: string[];
  createdAt: string;
  updatedAt: string;
}

/** Words that open a name in a budget sheet without saying what the program is about. */
const LEADING = /^(?:sub\s+kegiatan|kegiatan|program)\s*[:\-–]?\s+/i;
/** Longest phrase searched: the store's phrase limit, and news rarely repeats a longer name. */
const MAX_WORDS = 10;

/**
 * The phrases a program's coverage is searched by when nobody chose any: its name without a
 * leading "Program"/"Kegiatan", and an acronym written in brackets ("Jalan Lingkar Selatan (JLS)")
 * as a phrase of its own, since the news often uses only that.
 */
export function keywordsFromName(name: string): string[] {
  const out: string[] = [];
  let rest = name.replace(/["“”]/g, ' ');
  for (const m of rest.matchAll(/\(([^()]{2,40})\)/g)) out.push(m[1].trim());
  rest = rest.replace(/\([^()]*\)/g, ' ').replace(LEADING, '');
  const words = rest.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  if (words.length > 0) out.unshift(words.join(' '));
  const seen = new Set<string>();
  return out.filter((k) => {
    const key = k.toLowerCase();
    if (!k || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
