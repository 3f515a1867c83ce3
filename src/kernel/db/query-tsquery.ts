// Compiles a parsed query (a subject's or a search) to a PostgreSQL tsquery over article.search, the
// tsvector in which title lexemes carry weight A and text lexemes weight B. The text is read by the
// tsquery input function (`::tsquery`), so the lexemes, already stemmed by the parser, are not
// normalised a second time.
import { type LexemeTest, nearOffsets, type PatternNode, type QueryNode } from '../../analyze/query/ast.ts';

type Weight = 'A' | 'B';

function literal(test: LexemeTest, weight: Weight | null): string {
  const quoted = `'${test.lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return `${quoted}${test.prefix || weight ? ':' : ''}${test.prefix ? '*' : ''}${weight ?? ''}`;
}

/** Lexeme tests at relative positions as one phrase: `<0>` stacks tests on one position, `<n>`
 * steps n positions on. */
function chain(placed: { at: number; test: LexemeTest }[], weight: Weight): string {
  const sorted = [...placed].sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  let out = '';
  let previous = 0;
  for (const { at, test } of sorted) {
    const key = `${at} ${test.prefix} ${test.lexeme}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out += out ? ` <${at - previous}> ${literal(test, weight)}` : literal(test, weight);
    previous = at;
  }
  return out;
}

const place = (pattern: PatternNode, from: number) =>
  pattern.tests.map((test, k) => ({ at: from + k, test }));

/** A phrase must lie within one field: the text's positions continue the title's in the tsvector,
 * so without a weight on every lexeme a phrase could run from the title's end into the text. */
function pattern(node: PatternNode, weights: Weight[] | null): string {
  if (node.tests.length === 1) return literal(node.tests[0], weights?.length === 1 ? weights[0] : null);
  return (weights ?? ['A', 'B']).map((w) => `(${chain(place(node, 0), w)})`).join(' | ');
}

function near(node: QueryNode & { kind: 'near' }, weights: Weight[] | null): string {
  const [low, high] = nearOffsets(node.left.tests.length, node.right.tests.length, node.distance);
  const alternatives: string[] = [];
  for (const w of weights ?? ['A', 'B']) {
    for (let offset = low; offset <= high; offset++) {
      alternatives.push(`(${chain([...place(node.left, 0), ...place(node.right, offset)], w)})`);
    }
  }
  return alternatives.join(' | ');
}

function compile(node: QueryNode, weights: Weight[] | null): string {
  switch (node.kind) {
    case 'pattern':
      return pattern(node, weights);
    case 'near':
      return near(node, weights);
    case 'title':
      return compile(node.child, ['A']);
    case 'not':
      return `!(${compile(node.child, weights)})`;
    case 'and':
      return node.children.map((c) => `(${compile(c, weights)})`).join(' & ');
    case 'or':
      return node.children.map((c) => `(${compile(c, weights)})`).join(' | ');
  }
}

/** tsquery text for `article.search @@ $1::tsquery`. */
export function compileToTsquery(node: QueryNode): string {
  return compile(node, null);
}
