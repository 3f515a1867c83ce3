// Joins an organisation with the acronym written after it in brackets ("Komisi Pemilihan Umum (KPU)")
// and lets later bare uses of that acronym refer to the full name.
import type { Entity } from '../types.ts';
import { KNOWN_ORGS } from './lexicon-orgs.ts';

const BRACKETED_ACRONYM = /^\s*\((\p{Lu}[\p{L}\d-]{1,11})\)/u;

export function joinBracketedAcronyms(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const fullNames = new Map<string, string>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i] as Entity;
    const m = e.type === 'ORG' ? BRACKETED_ACRONYM.exec(text.slice(e.end, e.end + 16)) : null;
    if (m) {
      const end = e.end + m[0].length;
      out.push({ ...e, text: text.slice(e.start, end), end });
      fullNames.set(m[1] as string, e.canonical);
      // The acronym inside the brackets is part of this mention now.
      while (i + 1 < entities.length && (entities[i + 1] as Entity).start < end) i++;
      continue;
    }
    // "letter of intent (LoI)": an acronym in brackets after ordinary words abbreviates a term; only
    // a known body's acronym is worth reporting there.
    const bracketed = text[e.start - 1] === '(' && text[e.end] === ')';
    if (bracketed && e.type === 'ORG' && !KNOWN_ORGS.has(e.text.toLowerCase()) && !fullNames.has(e.text))
      continue;
    const full = fullNames.get(e.text);
    out.push(full && e.canonical === e.text ? { ...e, type: 'ORG', canonical: full } : e);
  }
  return out;
}
