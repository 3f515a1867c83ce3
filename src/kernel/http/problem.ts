// Errors become RFC 9457 problem+json responses; unexpected ones are logged and shown generically.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { PantauError } from '../../domain/errors.ts';

export function sendProblem(reply: FastifyReply, status: number, title: string, detail?: string, extra = {}) {
  return reply
    .status(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra });
}

export function problemHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof PantauError) return sendProblem(reply, error.status, error.code, error.message);
  if (error instanceof ZodError) {
    return sendProblem(reply, 400, 'validation', 'Masukan tidak valid — invalid input', {
      errors: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const status = (error as FastifyError).statusCode;
  if (status && status < 500) return sendProblem(reply, status, error.name, error.message);
  request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, 500, 'internal', 'Terjadi galat di server — internal error');
}
