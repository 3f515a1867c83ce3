// Reads PFSA-ID (one token per line, BILOU tags, blank line between sentences) into article texts
// with character offsets, and the gold statements with the person each one is attributed to.
import { readFileSync } from 'node:fs';

export interface GoldStatement {
  start: number;
  end: number;
  /** Acceptable speaker strings: the attached PERSON/PERSONCOREF and, for a coreference, the full name. */
  speakers: string[];
}

export interface GoldArticle {
  text: string;
  statements: GoldStatement[];
}

interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
  sentence: number;
}

const QUOTE_TOKEN = /^["“”'‘’]+$/;
const NO_SPACE_BEFORE = /^[,.;:!?)\]%]/;
const PRONOUN = /^(?:ia|dia|beliau|nya)$/i;

/** Joins tokens back into prose: quote marks alternate open/close, punctuation hugs the word before. */
function detokenise(sentences: [string, string][][]): { text: string; tokens: Token[] } {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  const tokens: Token[] = [];
  sentences.forEach((sentence, si) => {
    for (const [word, tag] of sentence) {
      let glue = glueNext || text.length === 0 || NO_SPACE_BEFORE.test(word);
      glueNext = false;
      if (QUOTE_TOKEN.test(word)) {
        if (quoteOpen) glue = true;
        else glueNext = true;
        quoteOpen = !quoteOpen;
      }
      if (word === '(') glueNext = true;
      if (!glue) text += ' ';
      tokens.push({ word, tag, start: text.length, end: text.length + word.length, sentence: si });
      text += word;
    }
  });
  return { text, tokens };
}

function spans(tokens: Token[], kind: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  tokens.forEach((t, i) => {
    const [prefix, label] = t.tag.split('-', 2) as [string, string | undefined];
    if (label !== kind) return;
    if (prefix === 'B' || prefix === 'U') open = i;
    if ((prefix === 'L' || prefix === 'U') && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  });
  return out;
}

function goldArticle(sentences: [string, string][][]): GoldArticle {
  const { text, tokens } = detokenise(sentences);
  const persons = [...spans(tokens, 'PERSON'), ...spans(tokens, 'PERSONCOREF')].sort((a, b) => a[0] - b[0]);
  const full = spans(tokens, 'PERSON');
  const words = (a: number, b: number) => text.slice(tokens[a]?.start, tokens[b]?.end);
  const statements: GoldStatement[] = [];
  for (const [a0, b0] of spans(tokens, 'STATEMENT')) {
    let a = a0;
    let b = b0;
    while (a <= b && QUOTE_TOKEN.test(tokens[a]?.word ?? '')) a++;
    while (b >= a && QUOTE_TOKEN.test(tokens[b]?.word ?? '')) b--;
    if (a > b) continue;
    // The person attached to a statement is the nearest one after it within its closing sentence
    // ("…,” kata Presiden), otherwise the nearest before it ("Rina mengatakan, “…”").
    const endSentence = tokens[b0]?.sentence ?? -1;
    const after = persons.find(([s]) => s > b0 && s - b0 <= 12 && tokens[s]?.sentence === endSentence);
    const before = [...persons].reverse().find(([, e]) => e < a0 && a0 - e <= 60);
    const cueAfter = tokens.slice(b0 + 1, b0 + 4).some((t) => t.tag.endsWith('CUECOREF'));
    const mention = after ?? (cueAfter ? undefined : before) ?? before;
    const speakers: string[] = [];
    if (mention) speakers.push(words(mention[0], mention[1]));
    // A pronoun, "-nya" or a bare surname stands for the last person named in full before it.
    const at = mention ? mention[0] : a0;
    const lastFull = [...full].reverse().find(([s]) => s < at);
    if (
      lastFull &&
      (!mention || PRONOUN.test(speakers[0] ?? '') || cueAfter || tokens[mention[0]]?.tag.endsWith('COREF'))
    ) {
      const name = words(lastFull[0], lastFull[1]);
      const coref = speakers[0]?.toLowerCase();
      const same = [...full]
        .reverse()
        .find(([s, e]) => s < at && coref && words(s, e).toLowerCase().includes(coref));
      speakers.push(same ? words(same[0], same[1]) : name);
    }
    statements.push({ start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0, speakers });
  }
  return { text, statements };
}

/** Articles of the file; a new one starts at each "CITY, KOMPAS —" dateline. */
export function readGold(path: string): GoldArticle[] {
  const sentences: [string, string][][] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const rows = block
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split('\t') as [string, string]);
    if (rows.length) sentences.push(rows);
  }
  const articles: [string, string][][][] = [];
  for (const s of sentences) {
    const dateline = s.slice(0, 6).some(([w]) => w === 'KOMPAS');
    if (dateline || articles.length === 0) articles.push([]);
    articles[articles.length - 1]?.push(s);
  }
  return articles.map(goldArticle);
}
