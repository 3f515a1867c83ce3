// Cost of authentication + authorization + audit on a write: the same place insert through the
// real route (personal token → actor, workspace, policy, transaction with its hash-chained audit
// row) and through a bare route that only inserts, sequential requests on loopback, medians.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { createCtx, systemCtx } from '../src/kernel/ctx.ts';
import { openStore } from '../src/kernel/db/connect.ts';
import { buildApp } from '../src/main/app.ts';
import { insertPlaces } from '../src/modules/places/places.repo.ts';
import { actorOf } from '../src/modules/users/accounts.ts';
import { createToken } from '../src/modules/users/tokens.service.ts';
import { createUser } from '../src/modules/users/users.service.ts';
import { createWorkspace } from '../src/modules/workspaces/workspaces.service.ts';

const REQUESTS = Number(process.env.BENCH_AUTH_REQUESTS ?? 400);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

async function timed(url: string, headers: Record<string, string>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const body = JSON.stringify({
      name: `Kampung ${i}-${Math.random().toString(36).slice(2)}`,
      kind: 'kelurahan',
    });
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    await res.arrayBuffer();
    out.push(performance.now() - t0);
    if (res.status !== 201) throw new Error(`${url} answered ${res.status}`);
  }
  return out;
}

export async function bench(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-bench-auth-'));
  const store = await openStore({ dataDir: dir });
  try {
    const ws = await createWorkspace(systemCtx(store), {
      name: 'Kota Bench',
      region: 'Kota Bench',
      slug: 'bench',
    });
    const { user } = await createUser(systemCtx(store), {
      email: 'analis@bench.example',
      name: 'Analis',
      role: 'analyst',
      workspace: 'bench',
    });
    const actor = await actorOf(store, user.id, 'cli');
    if (!actor) throw new Error('no actor');
    const { token } = await createToken(createCtx(store, { actor }), { name: 'bench' });

    const full = await buildApp({ store });
    const fullBase = await full.listen({ host: '127.0.0.1', port: 0 });
    const bare = Fastify();
    bare.post('/bare/places', async (req, reply) => {
      const b = req.body as { name: string };
      const [row] = await insertPlaces(store, ws.id, [{ name: b.name, kind: 'village', parent: null }]);
      reply.status(201);
      return { place: row };
    });
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
    try {
      // Warm both paths, then alternate blocks so drift hits both alike.
      await timed(`${fullBase}/api/v1/places`, { authorization: `Bearer ${token}` }, 50);
      await timed(`${bareBase}/bare/places`, {}, 50);
      const withAuth: number[] = [];
      const without: number[] = [];
      for (let round = 0; round < 4; round++) {
        withAuth.push(
          ...(await timed(`${fullBase}/api/v1/places`, { authorization: `Bearer ${token}` }, REQUESTS / 4)),
        );
        without.push(...(await timed(`${bareBase}/bare/places`, {}, REQUESTS / 4)));
      }
      const a = median(withAuth);
      const b = median(without);
      return {
        requests: REQUESTS,
        medianWithMs: Math.round(a * 100) / 100,
        medianWithoutMs: Math.round(b * 100) / 100,
        addedMedianMs: Math.round((a - b) * 100) / 100,
        target: 'added ≤ 2 ms',
      };
    } finally {
      await full.close();
      await bare.close();
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await bench()));
}
