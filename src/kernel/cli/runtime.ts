// What every command shares: configuration, logger, opening the store as the acting user (the
// CLI acts as a configured user: --as EMAIL, else the owner of PANTAU_TOKEN, else the first
// administrator — whoever runs commands on the server already holds its database), and turning
// errors into a clear message with a non-zero exit.
import path from 'node:path';
import pino from 'pino';
import { describeError, PantauError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/user.ts';
import { loadConfig } from '../config.ts';
import { type AppContext, openContext } from '../context.ts';
import { type Ctx, createCtx } from '../ctx.ts';
import { openStore, type Store } from '../db/connect.ts';
import { createLogger } from '../logger.ts';

export interface CommandLogging {
  /**
   * Log lines go to <data dir>/pantau.log instead of stderr: for a command that reports what went
   * wrong in readable lines of its own, so JSON never lands between them on the terminal.
   */
  toFile?: boolean;
}

export function logFilePath(dataDir: string): string {
  return path.join(dataDir, 'pantau.log');
}

export function commandConfig(logging: CommandLogging = {}) {
  const config = loadConfig();
  // Commands keep the terminal quiet unless asked; the server logs at info.
  const level = process.env.PANTAU_LOG_LEVEL ?? 'warn';
  const logger = logging.toFile
    ? createLogger(
        level,
        // Private like everything in the data directory: log lines name sources, users and errors.
        pino.destination({
          dest: logFilePath(config.dataDir),
          mkdir: true,
          append: true,
          sync: true,
          mode: 0o600,
        }),
      )
    : createLogger(level);
  return { config, logger };
}

/** Wired by main/cli.ts: first-start set-up and who the command acts as. */
export interface CliIdentity {
  /** Runs once per opened store: default workspace, first administrator, old shared token. */
  prepare(store: Store): Promise<void>;
  resolve(store: Store, who: { as: string | null; token: string | null }): Promise<Actor>;
}

let identity: CliIdentity | null = null;
let actingAs: string | null = null;

export function configureCli(id: CliIdentity): void {
  identity = id;
}

/** From the global --as option. */
export function setActingAs(email: string | null | undefined): void {
  actingAs = email?.trim() || null;
}

async function cliCtx(store: Store): Promise<Ctx> {
  if (!identity) throw new Error('CLI identity is not configured');
  await identity.prepare(store);
  const actor = await identity.resolve(store, {
    as: actingAs ?? process.env.PANTAU_AS ?? null,
    token: process.env.PANTAU_TOKEN ?? null,
  });
  return createCtx(store, { actor, requestId: `cli-${process.pid}`, address: 'cli' });
}

/** Opens the store and runs the command as the acting user. */
export async function withCtx<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const { config } = commandConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    return await fn(await cliCtx(store));
  } finally {
    await store.close();
  }
}

/** Opens the whole application context (queue, fetcher, page pool), with the acting user. */
export async function withContext<T>(
  fn: (app: AppContext, ctx: Ctx) => Promise<T>,
  logging: CommandLogging = {},
): Promise<T> {
  const { config, logger } = commandConfig(logging);
  const app = await openContext(config, logger);
  try {
    return await fn(app, await cliCtx(app.store));
  } finally {
    await app.close();
  }
}

/** Runs a command action; a failure prints one clear line and sets a non-zero exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      process.stderr.write(`Galat: ${describeError(e)}\n`);
      process.exitCode = e instanceof PantauError && e.code === 'validation' ? 2 : 1;
    }
  };
}

/** A whole number of at least 1 given to `option` (e.g. --limit), or a usage error naming it. */
export function positiveNumber(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new PantauError('validation', `${option} harus bilangan bulat ≥ 1, bukan "${value}"`);
  }
  return n;
}

export function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new PantauError('validation', `ID tidak valid: "${value}"`);
  return id;
}
