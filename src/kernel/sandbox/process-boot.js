// Entry of every child process Pantau starts for itself (the page processes, the server's crawl):
// make sure the child never outlives its parent, then load the TypeScript module named as the first
// argument, from its compiled bundle or through the tsx loader (see ../boot/compiled-entry.js).
import { fileURLToPath } from 'node:url';
import { compiledEntry } from '../boot/compiled-entry.js';

// The IPC channel closes when the parent ends, however it ends (kill -9 included): a child left
// behind would go on holding memory and writing to the database of a server that is gone.
process.on('disconnect', () => process.exit());
// Messages that arrive while the module loads would find no listener and be lost: hold them, then
// hand them over once the module has set up its own.
const early = [];
const hold = (message) => early.push(message);
process.on('message', hold);
const target = process.argv[2];
const compiled = await compiledEntry(target.startsWith('file:') ? fileURLToPath(target) : target);
if (compiled) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(process.argv[2]);
}
process.off('message', hold);
for (const message of early) process.emit('message', message);
