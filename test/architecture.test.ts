// The import rules of the codebase, checked by reading the sources: every relative module specifier
// in the syntax tree (`import`, `import type`, `export … from`, `export * as … from`, `import(…)`,
// `import('…').T` in types, `require(…)`) is resolved to a file, and the rules look at which part of
// the tree imports which. Bare package and `node:` imports are not looked at.
//
// Test code — `*.test.ts`, `*.fixture.ts` and everything under test/ — may import anything, but no
// other code may import it. fixtures/ holds the stand-ins for the world outside (the loopback news
// network, the hostile site) that tests and benchmarks share: the application never imports them, and
// they import nothing of Pantau's (rule 7). Rules 4 and 5 compare against explicit KNOWN lists of the
// violations that existed when the rule was written (commit 99adc0d): those lists may only shrink.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// Rule 4 — SQL outside src/kernel/db/** and *.repo.ts, as `file → construct`. Only ever remove
// entries (by moving the query into a repository); the test fails on a new entry and on an entry
// that is no longer true.
const KNOWN_SQL_OUTSIDE_REPOSITORIES: readonly string[] = [];

// Rule 5 — imports of another module's internals (repositories, commands/, helpers) instead of its
// *.service.ts / *.schema.ts / *.policy.ts / *.present.ts, as `importing file → imported file`.
// Only ever remove entries; the test fails on a new entry and on an entry that is no longer true.
const KNOWN_CROSS_MODULE_IMPORTS: readonly string[] = [
  'src/modules/alerts/alerts.repo.ts → src/modules/subjects/subject-coverage.repo.ts',
  'src/modules/alerts/alerts.service.ts → src/modules/issues/issues.repo.ts',
  'src/modules/alerts/alerts.service.ts → src/modules/subjects/subjects.repo.ts',
  'src/modules/alerts/alerts.service.ts → src/modules/workspaces/workspaces.repo.ts',
  'src/modules/analysis/analysis.repo.ts → src/modules/subjects/subject-coverage.repo.ts',
  'src/modules/analysis/analysis.service.ts → src/modules/articles/articles.repo.ts',
  'src/modules/analysis/analysis.service.ts → src/modules/subjects/subjects.repo.ts',
  'src/modules/analysis/article-analysis.service.ts → src/modules/articles/articles.repo.ts',
  'src/modules/analysis/article-analysis.service.ts → src/modules/corrections/corrections.repo.ts',
  'src/modules/analysis/article-analysis.service.ts → src/modules/issues/issues.repo.ts',
  'src/modules/analysis/entity-learning.service.ts → src/modules/corrections/corrections.repo.ts',
  'src/modules/analysis/tone-learning.service.ts → src/modules/corrections/corrections.repo.ts',
  'src/modules/corrections/analysis-corrections.service.ts → src/modules/analysis/analysis.repo.ts',
  'src/modules/corrections/analysis-corrections.service.ts → src/modules/analysis/workspace-analysis-cache.ts',
  'src/modules/corrections/corrections.service.ts → src/modules/analysis/workspace-analysis-cache.ts',
  'src/modules/corrections/corrections.service.ts → src/modules/articles/articles.repo.ts',
  'src/modules/corrections/corrections.service.ts → src/modules/subjects/subjects.repo.ts',
  'src/modules/crawl/commands/fetch-article.ts → src/modules/articles/articles.repo.ts',
  'src/modules/crawl/commands/fetch-article.ts → src/modules/sources/sources.repo.ts',
  'src/modules/crawl/commands/fetch-article.ts → src/modules/stories/stories.repo.ts',
  'src/modules/crawl/commands/fetch-article.ts → src/modules/workspaces/workspaces.repo.ts',
  'src/modules/crawl/commands/poll-source.ts → src/modules/articles/articles.repo.ts',
  'src/modules/crawl/commands/poll-source.ts → src/modules/sources/sources.repo.ts',
  'src/modules/crawl/crawl.service.ts → src/modules/articles/articles.repo.ts',
  'src/modules/crawl/crawl.service.ts → src/modules/sources/sources.repo.ts',
  'src/modules/issues/issue-edits.service.ts → src/modules/articles/articles.repo.ts',
  'src/modules/issues/issue-edits.service.ts → src/modules/corrections/corrections.repo.ts',
  'src/modules/issues/issues.repo.ts → src/modules/subjects/subject-coverage.repo.ts',
  'src/modules/issues/issues.service.ts → src/modules/workspaces/workspaces.repo.ts',
  'src/modules/places/places.service.ts → src/modules/analysis/workspace-analysis-cache.ts',
  'src/modules/places/places.service.ts → src/modules/workspaces/workspaces.repo.ts',
  'src/modules/stories/stories.repo.ts → src/modules/articles/articles.repo.ts',
  'src/modules/subjects/subjects.service.ts → src/modules/analysis/analysis.repo.ts',
  'src/modules/subjects/subjects.service.ts → src/modules/analysis/workspace-analysis-cache.ts',
];

// ---------------------------------------------------------------------------------------------------
// Reading the code

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED_DIRECTORIES = ['src', 'bench', 'bin', 'test', 'fixtures'];
const CODE_FILE = /\.(?:[cm]?[jt]s|tsx)$/;

interface Import {
  from: string;
  /** The resolved file, relative to the repository root; the normalised specifier when unresolved. */
  to: string;
  specifier: string;
  resolved: boolean;
}

interface Codebase {
  files: Map<string, ts.SourceFile>;
  imports: Import[];
}

interface Violation {
  /** What the KNOWN lists hold: stable across edits elsewhere in the file. */
  key: string;
  /** What a failure shows (may add a line number). */
  shown: string;
}

function readTree(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (CODE_FILE.test(entry.name)) files.set(file, readFileSync(path.join(ROOT, file), 'utf8'));
    }
  };
  for (const dir of SCANNED_DIRECTORIES) if (existsSync(path.join(ROOT, dir))) walk(dir);
  return files;
}

function resolveSpecifier(from: string, specifier: string, exists: (file: string) => boolean) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [
    base,
    base.replace(/\.([cm]?)js$/, '.$1ts'),
    `${base}.ts`,
    `${base}.js`,
    `${base}/index.ts`,
    `${base}/index.js`,
  ];
  const found = candidates.find(exists);
  return { to: found ?? base, resolved: found !== undefined };
}

/** Every module specifier written as a literal. (ts.preProcessFile would miss `export * as x from`.) */
function specifiersIn(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      if (ts.isStringLiteral(node.moduleReference.expression))
        found.push(node.moduleReference.expression.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      if (ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Builds the import graph; `exists` answers for files that are not code (e.g. JSON data). */
function codebaseOf(texts: Map<string, string>, exists: (file: string) => boolean = () => false): Codebase {
  const files = new Map(
    [...texts].map(([file, text]) => [file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)]),
  );
  const isFile = (file: string) => files.has(file) || exists(file);
  const imports: Import[] = [];
  for (const [from, source] of files) {
    for (const specifier of specifiersIn(source)) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue; // packages, node:
      imports.push({ from, specifier, ...resolveSpecifier(from, specifier, isFile) });
    }
  }
  return { files, imports };
}

function readCodebase(): Codebase {
  return codebaseOf(readTree(), (file) => {
    const full = path.join(ROOT, file);
    return existsSync(full) && statSync(full).isFile();
  });
}

// ---------------------------------------------------------------------------------------------------
// Where a file sits

const PURE_CORES = ['domain', 'text', 'collect', 'analyze', 'demo'] as const;
const SRC_PARTS = [...PURE_CORES, 'kernel', 'modules', 'main'] as const;
type Area = (typeof SRC_PARTS)[number] | 'src' | 'bench' | 'bin' | 'test' | 'fixtures' | 'elsewhere';

function areaOf(file: string): Area {
  const parts = file.split('/');
  if (parts[0] === 'src') {
    const part = SRC_PARTS.find((p) => p === parts[1]);
    return part !== undefined && parts.length > 2 ? part : 'src';
  }
  if (['bench', 'bin', 'test', 'fixtures'].includes(parts[0])) return parts[0] as Area;
  return 'elsewhere';
}

function isTestCode(file: string): boolean {
  return areaOf(file) === 'test' || /\.(?:test|fixture)\.[cm]?[jt]sx?$/.test(file);
}

function moduleOf(file: string): { name: string; inside: string } | undefined {
  const match = /^src\/modules\/([^/]+)\/(.+)$/.exec(file);
  return match ? { name: match[1], inside: match[2] } : undefined;
}

const edge = (i: Import): Violation => ({ key: `${i.from} → ${i.to}`, shown: `${i.from} → ${i.to}` });

function unique(violations: Violation[]): Violation[] {
  const byShown = new Map(violations.map((v) => [v.shown, v]));
  return [...byShown.values()].sort((a, b) => a.shown.localeCompare(b.shown));
}

// ---------------------------------------------------------------------------------------------------
// The rules

/**
 * Downward only: analyze → text → domain and collect → text/domain. The demo's news writer and site
 * (src/demo) stand for the outside world, so they know nothing of how Pantau reads it: domain only.
 */
const PURE_CORE_MAY_IMPORT: Record<(typeof PURE_CORES)[number], readonly Area[]> = {
  domain: ['domain'],
  text: ['text', 'domain'],
  collect: ['collect', 'text', 'domain'],
  analyze: ['analyze', 'text', 'domain'],
  demo: ['demo', 'domain'],
};

function rule1PureCores(code: Codebase): Violation[] {
  return unique(
    code.imports
      .filter((i) => !isTestCode(i.from))
      .filter((i) => {
        const from = areaOf(i.from);
        return (
          (PURE_CORES as readonly Area[]).includes(from) &&
          !PURE_CORE_MAY_IMPORT[from as (typeof PURE_CORES)[number]].includes(areaOf(i.to))
        );
      })
      .map(edge),
  );
}

function rule2Kernel(code: Codebase): Violation[] {
  return unique(
    code.imports
      .filter((i) => !isTestCode(i.from) && areaOf(i.from) === 'kernel')
      .filter((i) => areaOf(i.to) === 'modules' || areaOf(i.to) === 'main')
      .map(edge),
  );
}

/**
 * bin/ holds the launchers, whose whole job is to start src/main; bench/ measures the application
 * as it is wired (the API's cost of authentication, for one).
 */
function rule3aMain(code: Codebase): Violation[] {
  return unique(
    code.imports
      .filter((i) => !isTestCode(i.from) && !['main', 'bin', 'bench'].includes(areaOf(i.from)))
      .filter((i) => areaOf(i.to) === 'main')
      .map(edge),
  );
}

function rule3bTestsImported(code: Codebase): Violation[] {
  return unique(
    code.imports
      .filter((i) => i.from.startsWith('src/') && !isTestCode(i.from))
      .filter((i) => isTestCode(i.to) || areaOf(i.to) === 'fixtures')
      .map(edge),
  );
}

const QUERY_BUILDERS = new Set(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'transaction']);

/** Kysely query builders and `sql` templates, found in the syntax tree (not in comments or strings). */
function sqlIn(source: ts.SourceFile): { line: number; construct: string }[] {
  const found: { line: number; construct: string }[] = [];
  const visit = (node: ts.Node) => {
    let construct: string | undefined;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { expression, name } = node.expression;
      if (QUERY_BUILDERS.has(name.text)) construct = `.${name.text}(`;
      else if (ts.isIdentifier(expression) && expression.text === 'sql') construct = `sql.${name.text}(`;
    } else if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') {
      construct = 'sql`';
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'schema'
    ) {
      construct = '.schema.';
    }
    if (construct)
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, construct });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function rule4Sql(code: Codebase): Violation[] {
  const violations: Violation[] = [];
  for (const [file, source] of code.files) {
    if (isTestCode(file) || file.startsWith('src/kernel/db/') || file.endsWith('.repo.ts')) continue;
    for (const { line, construct } of sqlIn(source)) {
      violations.push({ key: `${file} → ${construct}`, shown: `${file}:${line} → ${construct}` });
    }
  }
  return unique(violations);
}

/** What a module shows the others: its services, schemas, policies and presenters (not in subfolders). */
const MODULE_SURFACE = /^[^/]+\.(?:service|schema|policy|present)\.ts$/;

function rule5CrossModule(code: Codebase): Violation[] {
  return unique(
    code.imports
      .filter((i) => !isTestCode(i.from))
      .filter((i) => {
        const from = moduleOf(i.from);
        const to = moduleOf(i.to);
        return from && to && from.name !== to.name && !MODULE_SURFACE.test(to.inside);
      })
      .map(edge),
  );
}

function rule6Bench(code: Codebase): Violation[] {
  return unique(code.imports.filter((i) => areaOf(i.from) === 'bench' && areaOf(i.to) === 'test').map(edge));
}

/**
 * A fixture plays a server on the internet, which knows nothing of Pantau: built from Pantau's own
 * code (its parsers, its types, its wiring) it would agree with the code under test by construction,
 * and a benchmark importing it would reach test code through it.
 */
function rule7Fixtures(code: Codebase): Violation[] {
  return unique(
    code.imports
      .filter((i) => areaOf(i.from) === 'fixtures' && !isTestCode(i.from) && areaOf(i.to) !== 'fixtures')
      .map(edge),
  );
}

// ---------------------------------------------------------------------------------------------------
// Reporting

function expectNone(rule: string, violations: Violation[]) {
  const message = `${rule}, broken by:\n  ${violations.map((v) => v.shown).join('\n  ')}\n`;
  expect(
    violations.map((v) => v.shown),
    message,
  ).toEqual([]);
}

/** What is wrong between the violations found and a KNOWN list that may only shrink. */
function knownListProblems(list: string, violations: Violation[], known: readonly string[]): string[] {
  const keys = new Set(violations.map((v) => v.key));
  const problems = violations
    .filter((v) => !known.includes(v.key))
    .map((v) => `new violation (fix it; do not add it to ${list}): ${v.shown}`);
  for (const entry of known) {
    if (!keys.has(entry)) problems.push(`no longer a violation (remove it from ${list}): ${entry}`);
  }
  for (const entry of new Set(known.filter((k, n) => known.indexOf(k) !== n))) {
    problems.push(`listed twice in ${list}: ${entry}`);
  }
  return problems;
}

function expectOnlyKnown(rule: string, list: string, violations: Violation[], known: readonly string[]) {
  const problems = knownListProblems(list, violations, known);
  expect(problems, `${rule}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------
// The checks on this repository

describe('import rules', () => {
  const code = readCodebase();

  test('the sources were read and every relative import names an existing file', () => {
    expect(code.files.size).toBeGreaterThan(100);
    expect(code.imports.length).toBeGreaterThan(500);
    expectNone(
      'Every relative import resolves to a file (else the rules below cannot see it)',
      code.imports.filter((i) => !i.resolved).map((i) => ({ key: '', shown: `${i.from} → ${i.specifier}` })),
    );
  });

  test('1. pure cores import only pure cores, downward: analyze → text → domain, collect → text → domain, demo → domain', () => {
    expectNone(
      'Rule 1 (src/domain, src/text, src/collect, src/analyze, src/demo stay pure and layered)',
      rule1PureCores(code),
    );
  });

  test('2. src/kernel imports nothing from src/modules or src/main', () => {
    expectNone('Rule 2 (the kernel does not know the modules or the wiring)', rule2Kernel(code));
  });

  test('3a. only src/main (and the bin/ launchers and bench/) import src/main', () => {
    expectNone('Rule 3 (nothing outside src/main imports it)', rule3aMain(code));
  });

  test('3b. no non-test file under src imports a *.test.ts, *.fixture.ts, test/ or fixtures/ file', () => {
    expectNone(
      'Rule 3 (test code and fixtures are not imported by the application)',
      rule3bTestsImported(code),
    );
  });

  test('4. SQL lives only in src/kernel/db and *.repo.ts', () => {
    expectOnlyKnown(
      'Rule 4 (query builders, sql`…`, .transaction( and .schema. only in src/kernel/db/** and *.repo.ts)',
      'KNOWN_SQL_OUTSIDE_REPOSITORIES',
      rule4Sql(code),
      KNOWN_SQL_OUTSIDE_REPOSITORIES,
    );
  });

  test('5. a module reaches another only through its *.service / *.schema / *.policy / *.present files', () => {
    expectOnlyKnown(
      "Rule 5 (no reaching into another module's repositories, commands/, routes, cli or helpers)",
      'KNOWN_CROSS_MODULE_IMPORTS',
      rule5CrossModule(code),
      KNOWN_CROSS_MODULE_IMPORTS,
    );
  });

  test('6. bench/ imports nothing from test/ (the fixture servers it shares with tests are in fixtures/)', () => {
    expectNone('Rule 6 (benchmarks do not depend on test code)', rule6Bench(code));
  });

  test('7. fixtures/ imports only fixtures/', () => {
    expectNone('Rule 7 (fixture servers know nothing of Pantau, nor of tests)', rule7Fixtures(code));
  });
});

// ---------------------------------------------------------------------------------------------------
// The checks themselves, on a small planted codebase: each rule catches what it should, and only that.

describe('the rule checks', () => {
  const planted = codebaseOf(
    new Map([
      [
        'src/domain/a.ts',
        "import type { T } from '../text/t.ts';\nimport { z } from 'zod';\nimport 'node:fs';\ntype K = import('../kernel/k.ts').K;",
      ],
      [
        'src/text/t.ts',
        "export { x } from '../analyze/x.ts';\nexport * from '../domain/a.ts';\nexport * as c from '../collect/c.ts';",
      ],
      ['src/collect/c.ts', "// import '../main/app.ts' in a comment is no import\nimport '../kernel/k.ts';"],
      ['src/analyze/x.ts', "export type { C } from '../collect/c.ts';\nimport { t } from '../text/t.ts';"],
      [
        'src/kernel/k.ts',
        "import { s } from '../modules/m/m.service.ts';\nimport { d } from '../domain/a.ts';\nrequire(`../main/app.ts`);",
      ],
      ['src/kernel/db/q.ts', "db.selectFrom('t'); sql`select 1`;"],
      ['src/main/app.ts', "import { s } from '../modules/m/m.service.ts';\nimport '../../fixtures/site.ts';"],
      [
        'src/modules/m/m.service.ts',
        "const app = await import('../../main/app.ts');\nimport './m.fixture.ts';",
      ],
      ['src/modules/m/m.repo.ts', "export const q = (db) => db.selectFrom('t').execute();"],
      ['src/modules/m/m.fixture.ts', "import '../../main/app.ts';"],
      ['src/modules/m/m.test.ts', "import '../../main/app.ts';\nimport '../n/n.repo.ts';\nsql`select 1`;"],
      ['src/modules/m/commands/go.ts', ''],
      [
        'src/modules/n/n.service.ts',
        [
          "import { q } from '../m/m.repo.ts';",
          "import type { S } from '../m/m.service.ts';",
          "export { go } from '../m/commands/go.ts';",
          "const text = 'db.deleteFrom(x)'; // .insertInto( in a comment",
          'await db.transaction().execute(async (tx) => tx.updateTable("t").execute());',
          'db.schema.createTable("t");',
          'sql.raw("1");',
        ].join('\n'),
      ],
      ['src/modules/n/n.repo.ts', ''],
      [
        'bench/b.ts',
        "import { n } from '../test/support/n.ts';\nimport { x } from '../src/analyze/x.ts';\nimport '../fixtures/site.ts';",
      ],
      [
        'fixtures/site.ts',
        "import './site/page.ts';\nimport type { A } from '../src/domain/a.ts';\nimport '../test/support/n.ts';",
      ],
      ['fixtures/site/page.ts', "import { createServer } from 'node:http';"],
      ['fixtures/site.test.ts', "import '../test/support/n.ts';\nimport './site.ts';"],
      ['bin/run.js', "await import('../src/main/app.ts');"],
      ['test/support/n.ts', "import '../../src/main/app.ts';\nimport '../../src/missing.ts';"],
    ]),
  );

  test('every relative import is resolved, whatever its form; a missing file is reported', () => {
    expect(planted.imports.filter((i) => !i.resolved).map((i) => `${i.from} → ${i.specifier}`)).toEqual([
      'test/support/n.ts → ../../src/missing.ts',
    ]);
  });

  test('rule 1 catches an upward or sideways import from a pure core', () => {
    expect(rule1PureCores(planted).map((v) => v.shown)).toEqual([
      'src/analyze/x.ts → src/collect/c.ts',
      'src/collect/c.ts → src/kernel/k.ts',
      'src/domain/a.ts → src/kernel/k.ts',
      'src/domain/a.ts → src/text/t.ts',
      'src/text/t.ts → src/analyze/x.ts',
      'src/text/t.ts → src/collect/c.ts',
    ]);
  });

  test('rule 2 catches the kernel importing a module or src/main', () => {
    expect(rule2Kernel(planted).map((v) => v.shown)).toEqual([
      'src/kernel/k.ts → src/main/app.ts',
      'src/kernel/k.ts → src/modules/m/m.service.ts',
    ]);
  });

  test('rule 3 catches a module importing src/main, and application code importing test code or fixtures', () => {
    expect(rule3aMain(planted).map((v) => v.shown)).toEqual([
      'src/kernel/k.ts → src/main/app.ts',
      'src/modules/m/m.service.ts → src/main/app.ts',
    ]);
    expect(rule3bTestsImported(planted).map((v) => v.shown)).toEqual([
      'src/main/app.ts → fixtures/site.ts',
      'src/modules/m/m.service.ts → src/modules/m/m.fixture.ts',
    ]);
  });

  test('rule 4 catches SQL outside the repositories, but not in comments or strings', () => {
    expect(rule4Sql(planted).map((v) => v.shown)).toEqual([
      'src/modules/n/n.service.ts:5 → .transaction(',
      'src/modules/n/n.service.ts:5 → .updateTable(',
      'src/modules/n/n.service.ts:6 → .schema.',
      'src/modules/n/n.service.ts:7 → sql.raw(',
    ]);
  });

  test("rule 5 catches reaching into another module's repository or commands/", () => {
    expect(rule5CrossModule(planted).map((v) => v.shown)).toEqual([
      'src/modules/n/n.service.ts → src/modules/m/commands/go.ts',
      'src/modules/n/n.service.ts → src/modules/m/m.repo.ts',
    ]);
  });

  test('rule 6 catches a benchmark importing test code, not one importing a fixture', () => {
    expect(rule6Bench(planted).map((v) => v.shown)).toEqual(['bench/b.ts → test/support/n.ts']);
  });

  test("rule 7 catches a fixture importing Pantau's code or test code, not its own parts or its test", () => {
    expect(rule7Fixtures(planted).map((v) => v.shown)).toEqual([
      'fixtures/site.ts → src/domain/a.ts',
      'fixtures/site.ts → test/support/n.ts',
    ]);
  });

  test('a KNOWN list fails on a new violation, on an entry no longer true, and on a duplicate', () => {
    const found = [{ key: 'a → b', shown: 'a:3 → b' }];
    expect(knownListProblems('KNOWN', found, ['a → b'])).toEqual([]);
    expect(knownListProblems('KNOWN', found, [])).toEqual([
      'new violation (fix it; do not add it to KNOWN): a:3 → b',
    ]);
    expect(knownListProblems('KNOWN', found, ['a → b', 'c → d', 'a → b'])).toEqual([
      'no longer a violation (remove it from KNOWN): c → d',
      'listed twice in KNOWN: a → b',
    ]);
  });
});
