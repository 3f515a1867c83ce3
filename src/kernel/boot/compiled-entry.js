// Runs a TypeScript entry point (the `pantau` command, a child process) from one file that esbuild
// bundled from it, kept in node_modules/.cache/pantau and built again when any source it was built
// from has changed. Through the tsx loader each of the ~1,000 modules a command loads crossed to the
// loader's thread and back: about a second of CPU on every command, before it did anything.
//
// Plain JavaScript: it runs before anything could load TypeScript. When a bundle cannot be built or
// kept (a read-only install, a syntax error) the caller loads the sources through tsx as before, and
// a syntax error is then reported against its source file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'pantau');

/**
 * Each source keeps its own import.meta: paths written relative to a source file (the models, the
 * web build, the entry points of child processes, createRequire) resolve from where that file is,
 * not from the bundle.
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: path.extname(args.path).slice(1).replace(/^[cm]/, '') };
    });
  },
};

function stamp(file) {
  const s = statSync(file, { throwIfNoEntry: false });
  return s ? `${s.mtimeMs}:${s.size}` : null;
}

function fresh(manifestFile) {
  try {
    const inputs = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return Object.entries(inputs).every(([file, was]) => stamp(file) === was);
  } catch {
    return false;
  }
}

// Written beside the final name and renamed over it: processes starting together each see a whole
// bundle, theirs or another's.
function replace(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

async function bundle(entry, bundleFile, manifestFile) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [ownImportMeta],
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(ROOT, input);
    inputs[file] = stamp(file);
  }
  mkdirSync(CACHE, { recursive: true });
  replace(bundleFile, result.outputFiles[0].contents);
  replace(manifestFile, JSON.stringify(inputs));
}

/** The URL to import for `entry` (an absolute path to a .ts file), or null: load the source instead. */
export async function compiledEntry(entry) {
  if (process.env.PANTAU_NO_BUNDLE === '1') return null;
  const key = createHash('sha256').update(entry).digest('hex').slice(0, 12);
  const name = `${path.basename(entry, path.extname(entry))}-${key}`;
  const bundleFile = path.join(CACHE, `${name}.mjs`);
  const manifestFile = path.join(CACHE, `${name}.json`);
  try {
    if (!fresh(manifestFile) || stamp(bundleFile) === null) await bundle(entry, bundleFile, manifestFile);
    return pathToFileURL(bundleFile).href;
  } catch {
    return null;
  }
}
