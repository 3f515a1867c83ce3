// Settings read from the environment, with the embedded defaults (SQLite under ./data).
import path from 'node:path';
import { PantauError } from './domain/errors.ts';

export interface Config {
  dataDir: string;
  /** postgres://… switches store and queue to PostgreSQL. */
  databaseUrl: string | null;
  /** Hosts/CIDRs the fetcher may reach although they are internal (tests, intranets). */
  allowHosts: string[];
  hostConcurrency: number;
  hostDelayMs: number;
  /** Article pages fetched at once by one process. */
  concurrency: number;
  /** Extraction threads (each with a memory cap); 0 extracts on the main thread. */
  extractThreads: number;
  httpHost: string;
  httpPort: number;
  logLevel: string;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new PantauError(
      'validation',
      `${name} harus bilangan bulat ≥ ${min} — must be an integer ≥ ${min}: "${raw}"`,
    );
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: path.resolve(env.PANTAU_DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || null,
    allowHosts: (env.PANTAU_ALLOW_HOSTS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    hostConcurrency: integer(env, 'PANTAU_HOST_CONCURRENCY', 2, 1),
    hostDelayMs: integer(env, 'PANTAU_HOST_DELAY_MS', 1000),
    concurrency: integer(env, 'PANTAU_CONCURRENCY', 16, 1),
    extractThreads: integer(env, 'PANTAU_EXTRACT_THREADS', 2),
    httpHost: env.PANTAU_HOST || '127.0.0.1',
    httpPort: integer(env, 'PORT', 3000),
    logLevel: env.PANTAU_LOG_LEVEL || 'info',
  };
}
