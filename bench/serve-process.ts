// `pantau serve` as a benchmark runs it: started on a free port with its memory sampled, watched
// through its API while it works, stopped with SIGTERM (and SIGKILL if it will not stop).
import { createServer } from 'node:net';
import { type CliRun, type RunningCli, startCli } from './crawl-process.ts';

export interface ServeProcess {
  base: string;
  running: RunningCli;
  /** Set when the process ended before it was asked to. */
  exitedEarly(): boolean;
  stop(graceMs?: number): Promise<{ run: CliRun; stopSeconds: number; killed: boolean }>;
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the server prints where it listens; rejects if it exits or stays silent too long. */
export async function startServe(env: NodeJS.ProcessEnv, readyTimeoutMs = 120_000): Promise<ServeProcess> {
  const port = await freePort();
  const running = startCli(['serve', '--port', String(port)], env, { sampleMemory: true });
  let exited = false;
  let stopping = false;
  running.child.once('exit', () => {
    exited = true;
  });
  const base = await new Promise<string>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(
      () => reject(new Error(`serve belum siap — not ready:\n${said}`)),
      readyTimeoutMs,
    );
    running.child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString('utf8');
      const match = /berjalan di (http:\/\/\S+)/.exec(said);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    running.child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve berhenti (${code}) — exited:\n${said}`));
    });
  });
  return {
    base,
    running,
    exitedEarly: () => exited && !stopping,
    async stop(graceMs = 30_000) {
      stopping = true;
      const asked = performance.now();
      running.child.kill('SIGTERM');
      let killed = false;
      const kill = setTimeout(() => {
        killed = true;
        running.child.kill('SIGKILL');
      }, graceMs);
      const run = await running.finished;
      clearTimeout(kill);
      return { run, stopSeconds: Math.round((performance.now() - asked) / 100) / 10, killed };
    },
  };
}
