// The `pantau` command line.
import { CommanderError } from 'commander';
import { pantauProgram } from './program.ts';

// Output piped into a reader that stops early (`| head`): the reader has what it wanted, so stop
// quietly instead of dying with a stack trace on the next write.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

const program = pantauProgram();

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Commander has printed its message already. A usage error (unknown command or option, missing
  // argument, no command at all) exits 2, as a query that cannot be parsed does, so a script can
  // tell a mistyped command from a run that failed (1); help and the version exit 0.
  process.exitCode = e.exitCode === 0 ? 0 : 2;
}
