// `npm run bench -- --only cli-start`: what a `pantau` command costs before it does its work, run from
// the compiled bundle (the default) and through tsx (PANTAU_NO_BUNDLE=1). Every command a user or
// cron types pays it, and so does each command the test suite starts. CPU time (user + system) is
// read from the child's rusage, so it holds on a busy machine better than the wall clock does.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../bin/pantau.js');
const RUNS = 7;

interface Run {
  wallMs: number;
  cpuMs: number;
}

function runOnce(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, PANTAU_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve({ wallMs: performance.now() - started, cpuMs: 0 });
      else reject(new Error(`pantau ${args.join(' ')} exited ${code}: ${stderr.slice(0, 300)}`));
    });
  });
}

/** One command, with the CPU it used: what this process's finished children used, before and after. */
async function measured(args: string[], env: Record<string, string>): Promise<Run> {
  const before = childrenCpu();
  const run = await runOnce(args, env);
  return { ...run, cpuMs: childrenCpu() - before };
}

// process.cpuUsage() covers this process only. Its finished children's time is in /proc/self/stat as
// cutime and cstime, in clock ticks (100 a second).
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) sit at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function bench(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-cli-start-'));
  const env = { PANTAU_DATA_DIR: dataDir, PANTAU_ADMIN_PASSWORD: 'kata-sandi-bench-cli' };
  try {
    await runOnce(['workspace', 'create', '--name', 'Kota Bench', '--region', 'Kota Bench'], env);
    const result: Record<string, unknown> = {};
    for (const [mode, extra] of [
      ['bundle', {}],
      ['tsx', { PANTAU_NO_BUNDLE: '1' }],
    ] as const) {
      for (const [label, args] of [
        ['help', ['--help']],
        ['usersList', ['users', 'list', '--json']],
      ] as const) {
        await measured([...args], { ...env, ...extra }); // warm: the bundle and tsx's cache are built
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measured([...args], { ...env, ...extra }));
        result[`${mode}.${label}.cpuMs`] = median(runs.map((r) => r.cpuMs));
        result[`${mode}.${label}.wallMs`] = Math.round(median(runs.map((r) => r.wallMs)));
      }
    }
    return { runs: RUNS, ...result };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
