// Times `GET /healthz` every 25 ms over keep-alive, from a process of its own: the fixture servers
// share the bench's event loop, and a probe delayed there would be blamed on Pantau. A probe is sent
// on time whether or not the one before has answered, so a stalled server shows as many slow probes
// (queued on the agent's sockets) rather than as one.
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

export interface ProbeResult {
  latenciesMs: number[];
  /** Probes slower than 50 ms: seconds since the probe started, and how long each took. */
  slow: { atS: number; ms: number }[];
  /** Answers other than 200, and connection errors. */
  failed: number;
  /** Still unanswered two seconds after the probing stopped. */
  unanswered: number;
}

const SELF = fileURLToPath(import.meta.url);

export function startHealthzProbe(url: string, intervalMs = 25): { stop(): Promise<ProbeResult> } {
  // The child inherits the bench's --import tsx.
  const child = fork(SELF, [url, String(intervalMs)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const result = new Promise<ProbeResult>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ProbeResult));
    child.once('exit', (code) => reject(new Error(`probe /healthz berhenti (${code}) — probe exited`)));
  });
  return {
    stop() {
      child.send('stop');
      return result;
    },
  };
}

function probe(url: string, intervalMs: number): void {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const started = performance.now();
  const result: ProbeResult = { latenciesMs: [], slow: [], failed: 0, unanswered: 0 };
  let outstanding = 0;
  const timer = setInterval(() => {
    const sent = performance.now();
    outstanding++;
    const done = (ok: boolean) => {
      outstanding--;
      const ms = performance.now() - sent;
      result.latenciesMs.push(ms);
      if (ms > 50) result.slow.push({ atS: Math.round((sent - started) / 100) / 10, ms: Math.round(ms) });
      if (!ok) result.failed++;
    };
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode === 200));
      })
      .on('error', () => done(false));
  }, intervalMs);
  // A bench that died without stopping its probe must not leave it probing forever.
  process.once('disconnect', () => process.exit(0));
  process.once('message', () => {
    clearInterval(timer);
    const waitStarted = Date.now();
    const finish = setInterval(() => {
      if (outstanding > 0 && Date.now() - waitStarted < 2000) return;
      clearInterval(finish);
      result.unanswered = outstanding;
      process.send?.(result, () => process.exit(0));
    }, 50);
  });
}

if (process.send && process.argv[1] === SELF) probe(process.argv[2], Number(process.argv[3]));

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** Nearest-rank percentiles; unanswered probes rank slowest, so a hung server cannot look fast. */
export function summariseProbes(result: ProbeResult) {
  const answered = [...result.latenciesMs].sort((a, b) => a - b);
  const count = answered.length + result.unanswered;
  const percentile = (q: number) => {
    const rank = Math.max(1, Math.ceil(q * count)) - 1;
    return rank < answered.length ? round1(answered[rank]) : null;
  };
  return {
    healthzCount: count,
    healthzP50Ms: percentile(0.5),
    healthzP99Ms: percentile(0.99),
    healthzMaxMs:
      result.unanswered > 0 || answered.length === 0 ? null : round1(answered[answered.length - 1]),
    healthzOver50Ms: result.slow.length,
    healthzFailed: result.failed,
    healthzUnanswered: result.unanswered,
    healthzSlowest: [...result.slow].sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}
