// Reported speech without quote marks: "X mengatakan (bahwa) …", "Menurut X, …", "…, kata X.",
// "Ia menambahkan …" — the statement runs to the end of its sentence.
import type { Quote } from '../types.ts';
import { attribute, type Context, type Speaker } from './attribution.ts';
import { POSTPOSED_CUE, PREPOSED_ALL } from './cues.ts';
import type { SentenceBound } from './sentences.ts';
import { speakerAfter, speakerBefore } from './speaker.ts';

/** Verbs that report speech whatever follows; the rest ("menyampaikan bantuan") need "bahwa" or a comma. */
const ALWAYS_SPEECH = new Set(
  'mengatakan menyatakan menjelaskan menegaskan menambahkan menuturkan menerangkan berkata berujar menilai berpendapat mengakui menyebutkan memaparkan'.split(
    ' ',
  ),
);
const MIN_WORDS = 3;

function statement(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  const lead = /^[\s,:]*(?:bahwa\s+)?/iu.exec(text.slice(s, e));
  s += lead?.[0].length ?? 0;
  while (e > s && /[\s.!?,;]/.test(text[e - 1] ?? '')) e--;
  const body = text.slice(s, e);
  if (/["“”]/.test(body) || body.split(/\s+/).length < MIN_WORDS) return null;
  return [s, e];
}

function named(speaker: Speaker | null): speaker is Speaker {
  return !!speaker?.speaker && speaker.speaker !== speaker.role;
}

function quote(text: string, span: [number, number], speaker: Speaker): Quote {
  return {
    speaker: speaker.speaker,
    text: text.slice(span[0], span[1]),
    start: span[0],
    end: span[1],
    kind: 'indirect',
    speakerCanonical: speaker.speakerCanonical ?? null,
    role: speaker.role ?? null,
  };
}

function inSentence(text: string, s: SentenceBound, ctx: Context): Quote | null {
  const sentence = text.slice(s.start, s.end);
  // "Menurut X, …" at the head of the sentence.
  const according = /^(?:[\p{L}]+\s*,\s*)?menurut\s+/iu.exec(sentence);
  if (according) {
    const phraseAt = s.start + according[0].length;
    const comma = text.indexOf(',', phraseAt);
    if (comma > 0 && comma < s.end) {
      const speaker = attribute(speakerAfter(text, phraseAt), phraseAt, ctx);
      const span = statement(text, comma + 1, s.end);
      if (named(speaker) && span) return quote(text, span, speaker);
    }
  }
  // "…, kata X." / "…, menurut X." at the tail.
  const tail =
    /,\s*(?=(?:menurut|kata|ujar|ungkap|jelas|tutur|tegas|imbuh|tambah|terang|papar|lanjut)\p{L}*\s)/giu;
  for (const m of sentence.matchAll(tail)) {
    const cueAt = s.start + m.index + m[0].length;
    const rest = text.slice(cueAt, s.end);
    const cue = /^menurut\s+/iu.exec(rest) ?? POSTPOSED_CUE.exec(rest);
    if (!cue) continue;
    const speaker = cue[2]
      ? attribute({ name: null, nameStart: cueAt, nameEnd: cueAt, role: null, pronoun: true }, s.start, ctx)
      : attribute(speakerAfter(text, cueAt + cue[0].length), s.start, ctx);
    const span = statement(text, s.start, s.start + m.index);
    if (named(speaker) && span) return quote(text, span, speaker);
  }
  // "X mengatakan (bahwa) …" / "Ia menambahkan …".
  for (const m of sentence.matchAll(PREPOSED_ALL)) {
    const verb = (m[1] ?? '').toLowerCase();
    const verbAt = s.start + m.index;
    const after = text.slice(verbAt + m[0].length, s.end);
    if (!ALWAYS_SPEECH.has(verb) && !/^\s*(?:,|:|bahwa\s)/iu.test(after)) continue;
    if (/^\s*[,:]?\s*["“”]/u.test(after)) return null;
    const phrase = speakerBefore(text, verbAt, s.start);
    const speaker = attribute(phrase, verbAt, ctx);
    const span = statement(text, verbAt + m[0].length, s.end);
    if (named(speaker) && span) return quote(text, span, speaker);
  }
  return null;
}

export function indirectQuotes(
  text: string,
  sentences: SentenceBound[],
  quoted: (s: SentenceBound) => boolean,
  ctx: Context,
): Quote[] {
  const out: Quote[] = [];
  for (const s of sentences) {
    if (quoted(s)) continue;
    const q = inSentence(text, s, ctx);
    if (!q) continue;
    out.push(q);
    ctx.last = { speaker: q.speaker, speakerCanonical: q.speakerCanonical ?? null, role: q.role ?? null };
    ctx.lastAt = q.end;
  }
  return out;
}
