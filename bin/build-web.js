#!/usr/bin/env node
// Builds the web app (web/ → web/dist) when its sources changed since the last build, so that
// `npm start` and the browser tests always serve the app as it is in the checkout, without a
// separate build step to remember and without rebuilding on every start.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const stamp = join(web, 'dist', '.built');
// The app's types come from the modules' schemas; a schema change can change the bundle.
const inputs = [web, join(root, 'package-lock.json'), join(root, 'src', 'modules')];

function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    if (path.endsWith('modules') || path.includes(`${join('src', 'modules')}`)) {
      if (!entry.endsWith('.schema.ts') && !statSync(join(path, entry)).isDirectory()) continue;
    }
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const builtAt = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const force = process.argv.includes('--force');
if (!force && builtAt > 0 && builtAt >= Math.max(...inputs.map(newest))) process.exit(0);

process.stderr.write('Membangun aplikasi web — building the web app (web/ → web/dist)…\n');
let vite;
try {
  vite = await import('vite');
} catch {
  process.stderr.write(
    builtAt > 0
      ? 'vite tidak terpasang; memakai web/dist yang ada — vite not installed, serving the existing build\n'
      : 'vite tidak terpasang: jalankan `npm ci` — vite is not installed: run `npm ci`\n',
  );
  process.exit(builtAt > 0 ? 0 : 1);
}
await vite.build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
writeFileSync(stamp, `${new Date().toISOString()}\n`);
