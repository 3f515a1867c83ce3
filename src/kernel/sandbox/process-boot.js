// Entry of every child process Pantau starts for itself (the page processes, the server's crawl):
// register the tsx loader, make sure the child never outlives its parent, then load the TypeScript
// module named as the first argument.
import { register } from 'tsx/esm/api';

// The IPC channel closes when the parent ends, however it ends (kill -9 included): a child left
// behind would go on holding memory and writing to the database of a server that is gone.
process.on('disconnect', () => process.exit());
// Messages that arrive while the module loads would find no listener and be lost: hold them, then
// hand them over once the module has set up its own.
const early = [];
const hold = (message) => early.push(message);
process.on('message', hold);
register();
await import(process.argv[2]);
process.off('message', hold);
for (const message of early) process.emit('message', message);
