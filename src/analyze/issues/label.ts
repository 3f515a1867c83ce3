// Readable Indonesian names for issues, from their strongest key phrase, place and person.
import type { IssueState, IssueTerm } from './types.ts';

/** Wider places (the home city) are in every story; the narrowest named place says where. */
const NARROW_PLACE = /^(?:kecamatan|kelurahan|desa|jalan|jl|kampung|dusun|pasar|sungai)\b/i;

/** Words in stories of every kind: alone they never name an issue ("Warga"), so they come last. */
const GENERIC = new Set(
  `warga masyarakat penduduk pemerintah pemkot pemkab pemprov kota kabupaten daerah wilayah program
  kegiatan pihak rumah orang anak kerja layanan acara bantuan kantor dinas`.split(/\s+/),
);

function strength(state: IssueState, key: string, t: IssueTerm): number {
  if (t.kind === 'LOC') return t.weight * (NARROW_PLACE.test(t.text) ? 3 : 1);
  if (t.kind !== 'phrase') return t.weight;
  // A phrase whose words recur across the articles ("korupsi dana hibah") names the whole issue.
  // A single word ("warga") is backed only by itself, so it gets no such support.
  const parts = key.split(' ');
  if (parts.length === 1) return GENERIC.has(t.text.toLowerCase()) ? t.weight * 0.1 : t.weight;
  let words = 0;
  for (const w of parts) words += state.terms[`w:${w}`]?.weight ?? 0;
  return t.weight + 0.5 * words;
}

function strongestOf(state: IssueState, kinds: string[]): IssueTerm | null {
  let best: IssueTerm | null = null;
  let bestStrength = 0;
  for (const [key, t] of Object.entries(state.terms)) {
    if (!kinds.includes(t.kind)) continue;
    const s = strength(state, key, t);
    if (!best || s > bestStrength) {
      best = t;
      bestStrength = s;
    }
  }
  return best;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('id') + s.slice(1);

/** e.g. "Banjir di Kecamatan Cibeureum — Arief Wicaksono"; an analyst's name always wins. */
export function labelIssue(state: IssueState): string {
  if (state.manualLabel) return state.manualLabel;
  const topic = strongestOf(state, ['phrase']) ?? strongestOf(state, ['ORG', 'PER']);
  const place = strongestOf(state, ['LOC']);
  const person = strongestOf(state, ['PER']);
  if (!topic) return place ? `Berita di ${place.text}` : 'Isu tanpa nama';
  let label = capitalise(topic.text);
  const inLabel = (t: IssueTerm) => label.toLowerCase().includes(t.text.toLowerCase());
  if (place && !inLabel(place)) label += ` di ${place.text}`;
  if (person && person !== topic && !inLabel(person)) label += ` — ${person.text}`;
  return label;
}

/** The outlets that wrote most about the issue, most first. */
export function topOutlets(state: IssueState, count = 5): { outlet: string; articles: number }[] {
  return Object.entries(state.outlets)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([outlet, articles]) => ({ outlet, articles }));
}

/** The name the issue's own articles give it, whatever an analyst called it. */
export function automaticLabel(state: IssueState): string {
  return labelIssue({ ...state, manualLabel: null });
}
