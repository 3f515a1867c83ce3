// Direct quotations: a quoted passage becomes a statement when a speech verb attributes it, before
// (“X mengatakan, “…”) or after (“…,” kata X), or when it is a full sentence continuing someone's words.
import type { Quote } from '../types.ts';
import { attribute, type Context, previousSpeaker, type Speaker } from './attribution.ts';
import { POSTPOSED_CUE, PREPOSED_CUE } from './cues.ts';
import type { QuotedPassage } from './marks.ts';
import { speakerAfter, speakerBefore } from './speaker.ts';

/** Fewer words than this and no speech verb: a title, slogan or scare quote, not a statement. */
const MIN_UNCUED_WORDS = 6;

/** A quoted passage right after these words is a title ("webinar “Berdamai dengan Covid-19?”"). */
const TITLE_INTRO =
  /(?:bertajuk|berjudul|bertema|tema|tajuk|judul|program|gerakan|lagu|buku|film|webinar|acara|seminar|diskusi|slogan|semboyan|tagar|kampanye|disebut|dinamai|bernama)\s*[:,]?\s*$/iu;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** “…,” kata X — the cue and its speaker right after the closing mark. */
function postposed(text: string, p: QuotedPassage, ctx: Context): Speaker | null | undefined {
  const after = text.slice(p.close + 1, p.close + 40);
  const cue = POSTPOSED_CUE.exec(after);
  if (!cue) return undefined;
  const cueEnd = p.close + 1 + cue[0].length;
  if (cue[2]) return previousSpeaker(p.start, ctx);
  const phrase = speakerAfter(text, cueEnd);
  if (!phrase) return undefined;
  return attribute(phrase, p.start, ctx);
}

/** X mengatakan, “…” / Menurut X, “…” / kata X: “…” — the attribution just before the opening mark. */
function preposed(text: string, p: QuotedPassage, floor: number, ctx: Context): Speaker | null | undefined {
  const before = text.slice(Math.max(floor, p.open - 200), p.open);
  const lead = before.match(/(\S+)([\s,:]*)$/u);
  if (!lead) return undefined;
  const verb = lead[1]?.replace(/[,:]+$/, '') ?? '';
  const verbAt = p.open - (lead[0]?.length ?? 0);
  if (PREPOSED_CUE.test(verb) && PREPOSED_CUE.exec(verb)?.[0].length === verb.length) {
    return attribute(speakerBefore(text, verbAt, floor), p.start, ctx);
  }
  // "kata Rina Kartika: “…”" and "Menurut Rina, “…”".
  const tail = before.slice(-120);
  const intro = /(?:^|[\s(])(?:kata|ujar|menurut)\s+([^.!?“”"]*?)[,:]\s*$/iu.exec(tail);
  if (intro) {
    const at = p.open - tail.length + intro.index + intro[0].indexOf(intro[1] ?? '');
    return attribute(speakerAfter(text, at), p.start, ctx);
  }
  return undefined;
}

/**
 * End of the quoted words without the comma that Indonesian writes before the closing mark and the
 * speech tag (“Kami siap,” kata Budi): the comma belongs to the sentence around the quote.
 */
function withoutTrailingComma(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,]/.test(text[e - 1] ?? '')) e--;
  return e > start ? e : end;
}

export function directQuotes(text: string, passages: QuotedPassage[], ctx: Context): Quote[] {
  const quotes: Quote[] = [];
  let previousClose = 0;
  for (const p of passages) {
    const words = wordCount(text.slice(p.start, p.end));
    const floor = Math.max(previousClose, text.lastIndexOf('\n', p.open) + 1);
    let speaker = preposed(text, p, floor, ctx);
    const after = postposed(text, p, ctx);
    if (after !== undefined) speaker = after;
    if (speaker === undefined) {
      // No speech verb: a short phrase is a name or a scare quote; a sentence carries on the last speaker.
      const sentence =
        /[.!?,]$/.test(text.slice(p.start, p.end)) || /[.!?]\s/.test(text.slice(p.start, p.end));
      const named = TITLE_INTRO.test(text.slice(Math.max(0, p.open - 30), p.open));
      if (words < MIN_UNCUED_WORDS || !sentence || named) {
        previousClose = p.close;
        continue;
      }
      speaker = previousSpeaker(p.start, ctx);
    }
    previousClose = p.close;
    if (words === 0) continue;
    const end = withoutTrailingComma(text, p.start, p.end);
    const quote: Quote = {
      speaker: speaker?.speaker ?? null,
      text: text.slice(p.start, end),
      start: p.start,
      end,
      kind: 'direct',
      speakerCanonical: speaker?.speakerCanonical ?? null,
      role: speaker?.role ?? null,
    };
    quotes.push(quote);
    if (speaker) {
      ctx.last = speaker;
      ctx.lastAt = p.end;
    }
  }
  return quotes;
}
