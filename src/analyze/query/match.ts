// Decides whether an article satisfies a subject query, on the same lexemes and positions the store
// indexes (so it agrees with the FTS5 and tsquery searches), and says which words matched where.
import { type NearNode, nearOffsets, type PatternNode, type QueryNode } from './ast.ts';
import { type LexemeAt, searchLexemesWithOffsets } from './lexeme-offsets.ts';

export type MatchField = 'title' | 'text';

export interface Highlight {
  field: MatchField;
  start: number;
  end: number;
}

export interface QueryMatch {
  matched: boolean;
  highlights: Highlight[];
}

interface FieldIndex {
  lexemes: LexemeAt[];
  positions: Map<string, number[]>;
}

/** An article's lexemes, computed once and reused for every subject checked against it. */
export interface PreparedSubjectDocument {
  readonly prepared: true;
  title: FieldIndex;
  text: FieldIndex;
}

const BOTH: MatchField[] = ['title', 'text'];
const TITLE: MatchField[] = ['title'];

function indexField(value: string): FieldIndex {
  const lexemes = searchLexemesWithOffsets(value);
  const positions = new Map<string, number[]>();
  lexemes.forEach((l, i) => {
    const list = positions.get(l.lexeme);
    if (list) list.push(i);
    else positions.set(l.lexeme, [i]);
  });
  return { lexemes, positions };
}

export function prepareSubjectDocument(doc: { title: string; text: string }): PreparedSubjectDocument {
  return { prepared: true, title: indexField(doc.title), text: indexField(doc.text) };
}

/** Start positions, ascending, where the pattern's lexemes occur consecutively in the field. */
function occurrences(field: FieldIndex, pattern: PatternNode): number[] {
  const [first] = pattern.tests;
  const { lexemes } = field;
  let candidates: number[];
  if (first.prefix) {
    candidates = [];
    lexemes.forEach((l, i) => {
      if (l.lexeme.startsWith(first.lexeme)) candidates.push(i);
    });
  } else {
    candidates = field.positions.get(first.lexeme) ?? [];
  }
  if (pattern.tests.length === 1) return candidates;
  return candidates.filter((s) =>
    pattern.tests.every((t, k) => {
      const l = lexemes[s + k]?.lexeme;
      return l !== undefined && (t.prefix ? l.startsWith(t.lexeme) : l === t.lexeme);
    }),
  );
}

function span(field: MatchField, index: FieldIndex, start: number, length: number): Highlight {
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (let k = start; k < start + length; k++) {
    from = Math.min(from, index.lexemes[k].start);
    to = Math.max(to, index.lexemes[k].end);
  }
  return { field, start: from, end: to };
}

function matchPattern(doc: PreparedSubjectDocument, node: PatternNode, fields: MatchField[]): QueryMatch {
  const highlights: Highlight[] = [];
  for (const field of fields) {
    for (const s of occurrences(doc[field], node))
      highlights.push(span(field, doc[field], s, node.tests.length));
  }
  return { matched: highlights.length > 0, highlights };
}

function matchNear(doc: PreparedSubjectDocument, node: NearNode, fields: MatchField[]): QueryMatch {
  const la = node.left.tests.length;
  const lb = node.right.tests.length;
  const [low, high] = nearOffsets(la, lb, node.distance);
  const highlights: Highlight[] = [];
  for (const field of fields) {
    const index = doc[field];
    const rights = occurrences(index, node.right);
    if (rights.length === 0) continue;
    for (const a of occurrences(index, node.left)) {
      for (const b of rights) {
        if (b - a < low) continue;
        if (b - a > high) break;
        highlights.push(span(field, index, a, la), span(field, index, b, lb));
      }
    }
  }
  return { matched: highlights.length > 0, highlights };
}

const NO_MATCH: QueryMatch = { matched: false, highlights: [] };

function evaluate(doc: PreparedSubjectDocument, node: QueryNode, fields: MatchField[]): QueryMatch {
  switch (node.kind) {
    case 'pattern':
      return matchPattern(doc, node, fields);
    case 'near':
      return matchNear(doc, node, fields);
    case 'title':
      return evaluate(doc, node.child, TITLE);
    case 'not':
      return { matched: !evaluate(doc, node.child, fields).matched, highlights: [] };
    case 'and': {
      const highlights: Highlight[] = [];
      for (const child of node.children) {
        const result = evaluate(doc, child, fields);
        if (!result.matched) return NO_MATCH;
        highlights.push(...result.highlights);
      }
      return { matched: true, highlights };
    }
    case 'or': {
      const results = node.children.map((child) => evaluate(doc, child, fields)).filter((r) => r.matched);
      return { matched: results.length > 0, highlights: results.flatMap((r) => r.highlights) };
    }
  }
}

/** Sorted by field (title first) then offset; overlapping or touching spans are merged. */
function mergeHighlights(highlights: Highlight[]): Highlight[] {
  const sorted = [...highlights].sort((a, b) =>
    a.field !== b.field ? (a.field === 'title' ? -1 : 1) : a.start - b.start || a.end - b.end,
  );
  const merged: Highlight[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.field === h.field && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

/**
 * Whether the article satisfies the query, and the spans of the title and text that made it match
 * (words under NOT are never highlighted). Pass a prepared document to check many subjects cheaply.
 */
export function matchQuery(
  node: QueryNode,
  doc: { title: string; text: string } | PreparedSubjectDocument,
): QueryMatch {
  const prepared = 'prepared' in doc ? doc : prepareSubjectDocument(doc);
  const result = evaluate(prepared, node, BOTH);
  return result.matched ? { matched: true, highlights: mergeHighlights(result.highlights) } : NO_MATCH;
}
