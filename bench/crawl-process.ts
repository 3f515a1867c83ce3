// Runs a `pantau` CLI command as a child process and samples the peak memory of its process tree.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processTree } from '../fixtures/process-tree.ts';

/**
 * The environment a benchmark runs Pantau in: a scratch data directory on SQLite (callers add
 * DATABASE_URL for PostgreSQL), loopback fetching allowed, no politeness delay between requests.
 */
export function benchEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    PANTAU_HOST_DELAY_MS: '0',
    PANTAU_HOST_CONCURRENCY: '8',
    NO_COLOR: '1',
    ...extra,
  };
  delete env.DATABASE_URL;
  return env;
}

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('../bin/pantau.js', import.meta.url));

export interface CliRun {
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** Highest sum of VmRSS over the child and its descendants, sampled every 100 ms, in MB. */
  peakRssMb: number;
  /** The child's own VmHWM (peak RSS, kept by the kernel, so no spike is missed), as last read, in MB. */
  mainPeakRssMb: number;
  /** The highest VmHWM of any one process of the tree, in MB: what a per-process memory limit meets. */
  processPeakRssMb: number;
  timedOut: boolean;
}

/** A command still running; `finished` settles when it exits. */
export interface RunningCli {
  child: ChildProcess;
  finished: Promise<CliRun>;
}

const mb = (kb: number) => Math.round(kb / 102.4) / 10;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The highest peak RSS (VmHWM) of any process of a tree still running, in MB. */
export function peakRssOfTreeMb(root: number): number {
  return mb(Math.max(...processTree(root).map((pid) => statusKb(pid, 'VmHWM'))));
}

/** CPU seconds (user + system) the processes of a tree still running have used so far. */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields 14 and 15 (utime, stime), counted from the state, which is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone already
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** What a process tree holds now (sum of VmRSS), in MB: for a timeline beside the peaks. */
export function treeRssMb(root: number): number {
  return mb(processTree(root).reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0));
}

export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; sampleMemory?: boolean } = {},
): Promise<CliRun> {
  return startCli(args, env, options).finished;
}

/** Starts a command (a server, say) and returns at once; stop it with child.kill(). */
export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; sampleMemory?: boolean } = {},
): RunningCli {
  const started = performance.now();
  // BENCH_NODE_ARGS passes flags such as --cpu-prof to the measured processes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  let peakKb = 0;
  let mainPeakKb = 0;
  let processPeakKb = 0;
  const sample = () => {
    if (!child.pid) return;
    const tree = processTree(child.pid);
    const total = tree.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0);
    mainPeakKb = Math.max(mainPeakKb, statusKb(child.pid, 'VmHWM'));
    for (const pid of tree) processPeakKb = Math.max(processPeakKb, statusKb(pid, 'VmHWM'));
    // VmHWM catches a spike of the main process that fell between two samples.
    peakKb = Math.max(peakKb, total, mainPeakKb);
  };
  const sampler = options.sampleMemory ? setInterval(sample, 100) : undefined;
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs)
    : undefined;
  const finished = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({
        args,
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        elapsedMs: performance.now() - started,
        peakRssMb: mb(peakKb),
        mainPeakRssMb: mb(mainPeakKb),
        processPeakRssMb: mb(processPeakKb),
        timedOut,
      });
    });
  });
  return { child, finished };
}

/** Throws with the command's own error text when it did not exit 0. */
export function expectSuccess(run: CliRun): CliRun {
  if (run.code === 0) return run;
  const why = run.timedOut ? 'timed out' : `exited ${run.code ?? run.signal}`;
  const tail = (run.stderr || run.stdout).trim().split('\n').slice(-15).join('\n');
  throw new Error(`pantau ${run.args.join(' ')} ${why}:\n${tail}`);
}
