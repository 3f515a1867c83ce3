// The README stays true: its two commands are the ones package.json and CI run, and every
// `npx pantau …` command it shows exists with the options it uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from './support/cli.ts';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

test('the install-and-start and install-and-test commands are the ones that work', () => {
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm ci && npm test');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  expect(pkg.scripts.start).toBe('node bin/pantau.js serve');
  expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toContain('npm ci && npm test');
});

const shown = [...readme.matchAll(/npx pantau ([^\n#|]+)/g)].map((m) => m[1].trim());

test.each(shown)('`pantau %s` is a real command with those options', async (line) => {
  const words = line.split(/\s+/);
  const command: string[] = [];
  for (const w of words) {
    if (w.startsWith('-') || /[^a-z]/.test(w)) break;
    command.push(w);
  }
  const options = words.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]);
  const help = await runCli([...command, '--help'], {});
  expect(help.code).toBe(0);
  for (const option of options) expect(help.stdout).toContain(option);
});
