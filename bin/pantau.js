#!/usr/bin/env node
// The `pantau` command: runs the TypeScript CLI without a build step, from a bundle compiled from the
// sources and kept until they change, or through tsx when no bundle can be made.
import { fileURLToPath } from 'node:url';
import { compiledEntry } from '../src/kernel/boot/compiled-entry.js';

const entry = new URL('../src/main/cli.ts', import.meta.url);
const compiled = await compiledEntry(fileURLToPath(entry));
if (compiled) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(entry.href);
}
