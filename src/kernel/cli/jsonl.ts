// The JSON-lines tools' shared loop: one output line per input line, in input order, streamed;
// a bad line or a failing item yields {"id","error"} and the run goes on.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describeError, PantauError } from '../../domain/errors.ts';

export type JsonRequest = Record<string, unknown>;

export async function mapJsonLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  handle: (request: JsonRequest) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = await answer(line, handle);
    if (!output.write(`${JSON.stringify(row)}\n`)) await once(output, 'drain');
  }
}

async function answer(
  line: string,
  handle: (request: JsonRequest) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch (e) {
      throw new PantauError('validation', `baris bukan JSON (line is not JSON): ${(e as Error).message}`);
    }
    if (!request || typeof request !== 'object' || Array.isArray(request)) {
      throw new PantauError('validation', 'baris bukan objek JSON (line is not a JSON object)');
    }
    id = (request as JsonRequest).id ?? null;
    return { id, ...(await handle(request as JsonRequest)) };
  } catch (e) {
    return { id, error: describeError(e) };
  }
}
