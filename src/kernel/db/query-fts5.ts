// Compiles a parsed query (a subject's or a search) to an FTS5 MATCH expression over the contentless
// article_fts(title, text) index of stemmed lexemes. FTS5's NOT is binary, so each part is compiled
// together with its sign.

import type { PatternNode, QueryNode } from '../../analyze/query/ast.ts';
import { PantauError } from '../../domain/errors.ts';

/** `expr` when `negated` is false; every document except those matching `expr` when it is true. */
export interface SignedFts5 {
  negated: boolean;
  expr: string;
}

/** Every lexeme is quoted, so words such as "or" or "near" never reach FTS5 as syntax. */
const quote = (lexeme: string) => `"${lexeme.replace(/"/g, '""')}"`;

function phrase(pattern: PatternNode): string {
  return pattern.tests.map((t) => (t.prefix ? `${quote(t.lexeme)} *` : quote(t.lexeme))).join(' + ');
}

const paren = (parts: string[], op: string) => parts.map((p) => `(${p})`).join(` ${op} `);

function compile(node: QueryNode): SignedFts5 {
  switch (node.kind) {
    case 'pattern':
      return { negated: false, expr: phrase(node) };
    case 'near':
      // FTS5 counts the lexemes between the two phrases; NEAR/n allows n - 1 of them.
      return {
        negated: false,
        expr: `NEAR(${phrase(node.left)} ${phrase(node.right)}, ${node.distance - 1})`,
      };
    case 'title': {
      const inner = compile(node.child);
      return { negated: inner.negated, expr: `title : (${inner.expr})` };
    }
    case 'not': {
      const inner = compile(node.child);
      return { negated: !inner.negated, expr: inner.expr };
    }
    case 'and': {
      const parts = node.children.map(compile);
      const positive = parts.filter((p) => !p.negated).map((p) => p.expr);
      const negative = parts.filter((p) => p.negated).map((p) => p.expr);
      if (positive.length === 0) return { negated: true, expr: paren(negative, 'OR') };
      const all = paren(positive, 'AND');
      return { negated: false, expr: negative.length ? `(${all}) NOT (${paren(negative, 'OR')})` : all };
    }
    case 'or': {
      const parts = node.children.map(compile);
      const positive = parts.filter((p) => !p.negated).map((p) => p.expr);
      const negative = parts.filter((p) => p.negated).map((p) => p.expr);
      if (negative.length === 0) return { negated: false, expr: paren(positive, 'OR') };
      // a OR NOT b OR NOT c  ==  NOT ((b AND c) NOT a)
      const all = paren(negative, 'AND');
      return { negated: true, expr: positive.length ? `(${all}) NOT (${paren(positive, 'OR')})` : all };
    }
  }
}

/** The query as an FTS5 expression that may need negating (see SignedFts5). */
export function compileToSignedFts5(node: QueryNode): SignedFts5 {
  return compile(node);
}

/** The query as one FTS5 MATCH expression; a query that only excludes cannot be one, and is refused. */
export function compileToFts5(node: QueryNode): string {
  const signed = compile(node);
  if (signed.negated) {
    throw new PantauError(
      'validation',
      'Kueri ini hanya berisi pengecualian (NOT/-); FTS5 tidak bisa mencarinya sebagai satu ekspresi MATCH. — ' +
        'This query only excludes (NOT/-); FTS5 cannot search it as one MATCH expression.',
    );
  }
  return signed.expr;
}
