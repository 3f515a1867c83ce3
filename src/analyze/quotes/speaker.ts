// Reads the speaker phrase next to a speech verb: "Kepala BPBD Kota Sukamaju, Rina Kartika" becomes
// the name "Rina Kartika" with the role "Kepala BPBD Kota Sukamaju"; "dia", "ia", "-nya" are pronouns.
import { isAreaWord, isRoleWord, isTitleWord, nameStart } from './roles.ts';

export interface SpeakerPhrase {
  /** The personal name as written, or the bare title ("Presiden") when no name is given. */
  name: string | null;
  nameStart: number;
  nameEnd: number;
  role: string | null;
  /** True for ia/dia/beliau/-nya: the speaker is someone named earlier. */
  pronoun: boolean;
  /**
   * Introduced by a description in lower case ("koordinator aksi, Fajar Nugraha", "seorang warga"):
   * the speaker is this person, never someone named earlier; `name` is null when none is given.
   */
  described?: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

// A full stop belongs to a word only inside it ("S.Sos"), so "kata Lusia. Ia …" ends at "Lusia".
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;
const PRONOUN = /^(?:ia|dia|beliau)$/i;
const STOP = new Set(
  'Senin Selasa Rabu Kamis Jumat Jum’at Sabtu Minggu Ahad Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Sementara Namun Tetapi Saat Ketika Di Dalam Kepada Seperti Saya Kami Kita'.split(
    ' ',
  ),
);
const NAME_LINK = new Set(['bin', 'binti', 'van', 'de', 'da', 'al', 'el']);
const DEGREE = /^(?:S|M|Dr|Ir|Prof|H|Hj|KH|SH|MH|MM|MSi|MPd|SE|ST|SPd|SKM|Drs|Dra)\.?[A-Za-z.]*$/;

function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

function capitalised(w: Word | undefined): boolean {
  return !!w && /^\p{Lu}/u.test(w.text) && !STOP.has(w.text);
}

/** A run of capitalised words (allowing bin/van inside) beginning at index i. */
function runAt(ws: Word[], i: number): number {
  let j = i;
  while (j < ws.length) {
    const w = ws[j];
    if (capitalised(w)) {
      j++;
      continue;
    }
    if (w && NAME_LINK.has(w.text) && j > i && capitalised(ws[j + 1])) {
      j++;
      continue;
    }
    // "PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti": an acronym in brackets inside a title.
    if (w?.text === '(' && j > i) {
      const close = ws.findIndex((x, k) => k > j && k <= j + 5 && x.text === ')');
      if (close > 0 && capitalised(ws[close + 1])) {
        j = close + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

function build(
  text: string,
  ws: Word[],
  from: number,
  to: number,
  roleOverride?: string,
): SpeakerPhrase | null {
  const run = ws.slice(from, to);
  if (run.length === 0) return null;
  let split = nameStart(run.map((w) => w.text));
  // Trailing degrees like "S.Sos" are part of a name line, not the name.
  let stop = run.length;
  while (
    stop > split &&
    DEGREE.test(run[stop - 1]?.text ?? '') &&
    (run[stop - 1]?.text.includes('.') ?? false)
  )
    stop--;
  const roleWords = run.slice(0, split);
  if (split >= stop) {
    // Only a title: "kata Presiden". Keep the last title word as the name to resolve later.
    split = Math.max(0, stop - 1);
    const head = run[0];
    const tail = run[stop - 1];
    if (!head || !tail) return null;
    return {
      name: text.slice(head.start, tail.end),
      nameStart: head.start,
      nameEnd: tail.end,
      role: roleOverride ?? null,
      pronoun: false,
    };
  }
  const first = run[split];
  const last = run[stop - 1];
  if (!first || !last) return null;
  const roleText =
    roleWords.length > 0
      ? text.slice(roleWords[0]?.start ?? 0, roleWords[roleWords.length - 1]?.end ?? 0)
      : null;
  return {
    name: text.slice(first.start, last.end),
    nameStart: first.start,
    nameEnd: last.end,
    role: roleOverride ?? roleText,
    pronoun: false,
  };
}

function isRoleOnly(ws: Word[], from: number, to: number): boolean {
  return nameStart(ws.slice(from, to).map((w) => w.text)) >= to - from;
}

/** The speaker named right after a postposed cue (“…,” kata ___). */
export function speakerAfter(text: string, at: number): SpeakerPhrase | null {
  const ws = words(text, at, Math.min(text.length, at + 200));
  const first = ws[0];
  if (!first) return null;
  if (PRONOUN.test(first.text) || first.text.toLowerCase() === 'mereka') {
    return { name: null, nameStart: first.start, nameEnd: first.end, role: null, pronoun: true };
  }
  const end1 = runAt(ws, 0);
  if (end1 === 0) return describedSpeaker(text, ws);
  // "Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Temon, Wahyu Wibowo": a chain of title
  // and area parts separated by commas, the name last.
  const runs: [number, number][] = [[0, end1]];
  let k = end1;
  while (runs.length < 5 && ws[k]?.text === ',' && capitalised(ws[k + 1])) {
    const e = runAt(ws, k + 1);
    runs.push([k + 1, e]);
    k = e;
  }
  if (runs.length > 1) {
    if (isTitleWord(first.text) || isRoleOnly(ws, 0, end1)) {
      for (let r = runs.length - 1; r >= 1; r--) {
        const [a, b] = runs[r] as [number, number];
        if (isRoleOnly(ws, a, b) || isAreaWord(ws[a]?.text ?? '')) continue;
        const role = text.slice(first.start, ws[(runs[r - 1] as [number, number])[1] - 1]?.end ?? first.end);
        return build(text, ws, a, b, role);
      }
    }
    const [a, b] = runs[1] as [number, number];
    if (!isRoleOnly(ws, 0, end1) && isRoleWord(ws[a]?.text ?? '')) {
      return build(text, ws, 0, end1, text.slice(ws[a]?.start ?? 0, ws[b - 1]?.end ?? 0));
    }
  }
  return build(text, ws, 0, end1);
}

/** Words of a description in lower case, at most: "salah seorang pedagang sayur di pasar". */
const MAX_DESCRIPTION = 6;

/**
 * "kata koordinator aksi, Fajar Nugraha" (the name after a comma), "ujar warga Kampung Duri" and
 * "kata seorang warga": a speaker described rather than titled. Citizens, students and traders are
 * quoted this way; reading nothing here used to hand their words to the official named before them.
 */
function describedSpeaker(text: string, ws: Word[]): SpeakerPhrase | null {
  let k = 0;
  while (k < ws.length && k < MAX_DESCRIPTION && /^\p{Ll}/u.test(ws[k]?.text ?? '')) k++;
  if (k === 0) return null;
  const first = ws[0] as Word;
  const last = ws[k - 1] as Word;
  const description = text.slice(first.start, last.end);
  if (ws[k]?.text === ',' && capitalised(ws[k + 1])) {
    // A name given after the description is a name like any other, the description its role.
    const named = build(text, ws, k + 1, runAt(ws, k + 1), description);
    if (named) return named;
  }
  if (capitalised(ws[k])) {
    const end = runAt(ws, k);
    const runEnd = ws[end - 1] as Word;
    const start = ws[k] as Word;
    return {
      name: text.slice(start.start, runEnd.end),
      nameStart: start.start,
      nameEnd: runEnd.end,
      role: description,
      pronoun: false,
      described: true,
    };
  }
  return {
    name: null,
    nameStart: first.start,
    nameEnd: last.end,
    role: description,
    pronoun: false,
    described: true,
  };
}

const SKIP_BACK = new Set(
  'juga pun lalu kemudian sempat telah sudah pernah hanya bahkan kembali lebih lanjut secara terpisah sendiri justru pula turut tetap saat itu'.split(
    ' ',
  ),
);

/** The speaker ending right before a preposed verb (___ mengatakan, …). */
export function speakerBefore(text: string, at: number, floor: number): SpeakerPhrase | null {
  const ws = words(text, Math.max(floor, at - 220), at);
  let j = ws.length - 1;
  // Walk back over filler adverbs, commas and a date in brackets: "Rina, Senin (3/6), mengatakan".
  while (j >= 0) {
    const w = ws[j];
    if (!w) break;
    if (w.text === ',' || SKIP_BACK.has(w.text.toLowerCase())) {
      j--;
      continue;
    }
    if (w.text === ')') {
      while (j >= 0 && ws[j]?.text !== '(') j--;
      j--;
      continue;
    }
    if (/^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)$/.test(w.text)) {
      j--;
      continue;
    }
    break;
  }
  const last = ws[j];
  if (!last) return null;
  if (PRONOUN.test(last.text) || /^mereka$/i.test(last.text)) {
    return { name: null, nameStart: last.start, nameEnd: last.end, role: null, pronoun: true };
  }
  let i = j;
  while (i >= 0 && (capitalised(ws[i]) || (NAME_LINK.has(ws[i]?.text ?? '') && capitalised(ws[i - 1])))) i--;
  const runStart = i + 1;
  if (runStart > j) return null;
  // "Kepala BPBD Kota Sukamaju, Rina Kartika, mengatakan": a title run before the comma is the role.
  if (ws[i]?.text === ',' && capitalised(ws[i - 1])) {
    let k = i - 1;
    while (k >= 0 && capitalised(ws[k])) k--;
    const titled = isTitleWord(ws[k + 1]?.text ?? '') || isRoleOnly(ws, k + 1, i);
    if (titled && !isRoleOnly(ws, runStart, j + 1)) {
      const role = text.slice(ws[k + 1]?.start ?? 0, ws[i - 1]?.end ?? 0);
      return build(text, ws, runStart, j + 1, role);
    }
  }
  // "Rina Kartika, Kepala BPBD, mengatakan": the name comes first and the title after it.
  if (isRoleOnly(ws, runStart, j + 1) && ws[i]?.text === ',' && capitalised(ws[i - 1])) {
    let k = i - 1;
    while (k >= 0 && capitalised(ws[k])) k--;
    if (!isRoleOnly(ws, k + 1, i)) {
      const role = text.slice(ws[runStart]?.start ?? 0, ws[j]?.end ?? 0);
      return build(text, ws, k + 1, i, role);
    }
  }
  return build(text, ws, runStart, j + 1);
}
