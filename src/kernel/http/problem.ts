// Errors become RFC 9457 problem+json responses with a stable `code`, the field errors, and a
// message in the caller's language (Accept-Language: Indonesian first, English second).
// Unexpected errors are logged and shown generically.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { PantauError } from '../../domain/errors.ts';
import { languageFrom, localize } from '../i18n/messages.ts';

export type Bilingual = { id: string; en: string } | string;

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  message?: Bilingual,
  extra: Record<string, unknown> = {},
) {
  const language = languageFrom(reply.request?.headers['accept-language']);
  const detail =
    message === undefined
      ? undefined
      : typeof message === 'string'
        ? localize(message, language)
        : message[language];
  return reply
    .status(status)
    .type('application/problem+json')
    .header('content-language', language)
    .send({ type: 'about:blank', title: code, status, code, ...(detail ? { detail } : {}), ...extra });
}

export function problemHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof PantauError) return sendProblem(reply, error.status, error.code, error.message);
  if (error instanceof ZodError) {
    return sendProblem(reply, 400, 'validation', 'Masukan tidak valid — invalid input', {
      errors: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const status = (error as FastifyError).statusCode;
  if (status && status < 500) {
    return sendProblem(
      reply,
      status,
      (error as FastifyError).code?.toLowerCase() ?? 'bad_request',
      error.message,
    );
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, 500, 'internal', 'Terjadi galat di server — internal error');
}
