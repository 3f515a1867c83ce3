// Finds a Chromium for the browser tests, and installs one when the machine has none, so that the
// README's test command stays the whole set-up and the browser tests never skip: Debian's package
// (as root: apt-get install -y chromium), else Playwright's own download.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightCache(): string | null {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const sub of [
      'chrome-linux64/chrome',
      'chrome-linux/chrome',
      'chrome-headless-shell-linux64/chrome-headless-shell',
    ]) {
      const candidate = path.join(root, dir, sub);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function found(): string | null {
  const configured = process.env.PANTAU_CHROMIUM;
  if (configured && existsSync(configured)) return configured;
  return SYSTEM.find((p) => existsSync(p)) ?? playwrightCache();
}

function install(): void {
  const asRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const log = (text: string) => process.stderr.write(`[e2e] ${text}\n`);
  if (asRoot && hasApt) {
    log("Chromium tidak ada; memasang paket Debian — no Chromium: installing Debian's package");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env,
      });
    } catch {
      // The package lists may be missing on a fresh image: read them, then try once more.
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env,
      });
    }
    return;
  }
  log("Chromium tidak ada; mengunduh Chromium Playwright — no Chromium: downloading Playwright's");
  const cli = path.resolve(import.meta.dirname, '../../node_modules/playwright-core/cli.js');
  execFileSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' });
}

/** The Chromium executable, installed first when there is none. */
export function chromiumPath(): string {
  const existing = found();
  if (existing) return existing;
  install();
  const installed = found();
  if (!installed) throw new Error('Chromium could not be found or installed for the browser tests');
  return installed;
}

/** The flags this machine's closed network and sandbox need (no background connections, no GPU). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A list re-renders after a filter or a save: `expect.poll` counts its rows until it settles, up to 10 s. */
export const LIST_SETTLES = { timeout: 10_000 };
