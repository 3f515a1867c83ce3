// A real `pantau serve` process on a free loopback port, for tests that use Pantau as its users do.
import type { ChildProcess } from 'node:child_process';
import { startCli } from './cli.ts';

export interface RunningServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>, args: string[] = []): Promise<RunningServer> {
  const child = startCli(['serve', '--port', '0', ...args], env);
  const base = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (d) => {
      err += d;
      const m = /berjalan di (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  return {
    base,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
