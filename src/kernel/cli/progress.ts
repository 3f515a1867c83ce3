// Progress of long runs: a bar with count, rate and ETA on a terminal, plain lines otherwise.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} | {rate}/dtk | sisa {eta_formatted} {detail}`,
        stream,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const t0 = Date.now();
    return {
      update(done, total, detail = '') {
        const rate = (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1);
        if (!started) {
          bar.start(Math.max(total, 1), done, { rate, detail });
          started = true;
        } else {
          bar.setTotal(Math.max(total, 1));
          bar.update(done, { rate, detail });
        }
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  const t0 = Date.now();
  let last = 0;
  return {
    update(done, total, detail = '') {
      const now = Date.now();
      if (now - last < 5000 && done < total) return;
      last = now;
      const seconds = (now - t0) / 1000;
      const rate = done / Math.max(0.001, seconds);
      const eta = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
      stream.write(`${label}: ${done}/${total} (${rate.toFixed(1)}/dtk, sisa ~${eta} dtk) ${detail}\n`);
    },
    stop() {},
  };
}
