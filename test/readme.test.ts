// The README stays true: its two commands are the ones package.json and CI run, and every
// `npx pantau …` command it shows exists with the options it uses. The commands are looked up in the
// CLI's own command tree, in this process: starting the CLI once per README line took six minutes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { expect, test } from 'vitest';
import { pantauProgram } from '../src/main/program.ts';

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

test.each(shown)('`pantau %s` is a real command with those options', (line) => {
  const words = line.split(/\s+/);
  const command: string[] = [];
  for (const w of words) {
    if (w.startsWith('-') || /[^a-z]/.test(w)) break;
    command.push(w);
  }
  const options = words.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]);
  let found: Command = pantauProgram();
  for (const name of command) {
    // Words after a command without subcommands are its arguments (`search banjir`).
    if (found.commands.length === 0) break;
    const sub = found.commands.find((c) => c.name() === name || c.aliases().includes(name));
    expect(sub, `${[...command].join(' ')}: no command "${name}"`).toBeDefined();
    found = sub as Command;
  }
  // The help a user gets from `pantau … --help`, global options included.
  const help = found.helpInformation();
  for (const option of options) expect(help).toContain(option);
});
