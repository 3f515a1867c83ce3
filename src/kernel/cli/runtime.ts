// What every command shares: configuration, logger, opening the store or the full context, and
// turning errors into a clear message with a non-zero exit.
import { loadConfig } from '../config.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { createLogger } from '../logger.ts';
import { type AppContext, openContext } from '../context.ts';
import { openStore, type Store } from '../db/connect.ts';

export function commandConfig() {
  const config = loadConfig();
  // Commands keep the terminal quiet unless asked; the server logs at info.
  const logger = createLogger(process.env.PANTAU_LOG_LEVEL ?? 'warn');
  return { config, logger };
}

export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const { config } = commandConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { config, logger } = commandConfig();
  const ctx = await openContext(config, logger);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
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

export function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new PantauError('validation', `ID tidak valid: "${value}"`);
  return id;
}
