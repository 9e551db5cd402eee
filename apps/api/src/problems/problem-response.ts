// Builds RFC 9457 problem details in the language of the request. Nothing from inside the
// server (stack traces, SQL, file paths) ever reaches the document.
import { CynnigError } from '@cynnig/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../middleware/app-env.js';
import { savedMeanwhileDetail, savedMeanwhileReason, uniqueViolationOf } from './database-conflict.js';
import { databaseOutageOf, outageDetail, retryAfterSeconds } from './database-outage.js';
import { isProblemCode, problemCatalogue, type ProblemCode } from './problem-catalogue.js';
import { ProblemError } from './problem-error.js';
import { problemMediaType, type Problem } from './problem-schema.js';

/**
 * Workflow refusals caused by what is already recorded rather than by what was sent: reporting a
 * child missing while an episode is open is usually a second report racing the first, so it is
 * answered like any other step that is not possible now (409), whichever request got there first.
 */
const refusedByCurrentState = new Set(['workflow.missing-episode-already-open']);

/** Domain errors raised by the packages below the API, matched to an answer by their code. */
function problemForCynnigError(error: CynnigError): ProblemError {
  if (error instanceof ProblemError) return error;
  if (isProblemCode(error.code)) return new ProblemError(error.code, { detail: error.bilingual });
  const code: ProblemCode = /(^|\.)not-found(\.|$)/.test(error.code)
    ? 'not-found'
    : /^scope\./.test(error.code)
      ? 'forbidden'
    : /(stale|version|conflict)/.test(error.code)
      ? 'stale-version'
      : /(not-allowed|transition|state)/.test(error.code) || refusedByCurrentState.has(error.code)
        ? 'not-allowed-now'
        : 'validation-failed';
  // A not-found or scope refusal says nothing more, so it never reveals a record elsewhere.
  if (code === 'not-found' || code === 'forbidden') return new ProblemError(code);
  return new ProblemError(code, {
    detail: error.bilingual,
    fields: error.path ? [{ path: error.path, message: error.bilingual }] : [],
    extensions: { reason: error.code, ...(typeof error.details?.['currentVersion'] === 'number' ? { currentVersion: error.details['currentVersion'] } : {}) },
  });
}

const statusCodes: Record<number, ProblemCode> = {
  400: 'malformed-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  503: 'service-unavailable',
};

/**
 * Classifies anything thrown while handling a request. A write a unique index refused because
 * another request saved the same thing first is a 409, like a stale version; a database that is
 * away (unreachable, read-only, full, busy) is a 503 saying so, with Retry-After; other unknown
 * errors a bare 500.
 */
export function toProblemError(error: unknown): ProblemError {
  if (error instanceof CynnigError) return problemForCynnigError(error);
  if (error instanceof HTTPException) return new ProblemError(statusCodes[error.status] ?? (error.status >= 500 ? 'internal-error' : 'malformed-request'));
  if (uniqueViolationOf(error)) return new ProblemError('stale-version', { detail: savedMeanwhileDetail, extensions: { reason: savedMeanwhileReason } });
  const outage = databaseOutageOf(error);
  if (outage) return new ProblemError('service-unavailable', { detail: outageDetail[outage], extensions: { reason: `database-${outage}`, retryAfter: retryAfterSeconds[outage] } });
  return new ProblemError('internal-error');
}

/** The problem document for an error, in the language of the request. */
export function problemDocument(c: Context<AppEnv>, error: ProblemError): Problem {
  const language = c.get('language') ?? 'en';
  const title = problemCatalogue[error.code as ProblemCode]?.title ?? error.bilingual;
  return {
    ...error.extensions,
    type: `/docs#problem-${error.code}`,
    title: title[language],
    status: error.status,
    detail: error.bilingual[language],
    instance: new URL(c.req.url).pathname,
    code: error.code,
    requestId: c.get('requestId') ?? '',
    errors: error.fields.map((field) => ({ path: field.path.join('.'), message: field.message[language] })),
  };
}

/**
 * Answers with problem details; the Content-Language header says which language was used.
 * A 503 also says when to try again (Retry-After, in seconds).
 */
export function problemResponse(c: Context<AppEnv>, error: ProblemError): Response {
  const body = problemDocument(c, error);
  const retryAfter = error.status === 503 ? Number(error.extensions['retryAfter'] ?? 5) : null;
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    'Content-Type': problemMediaType,
    'Content-Language': c.get('language') ?? 'en',
    'Cache-Control': 'no-store',
    ...(retryAfter === null ? {} : { 'Retry-After': String(retryAfter) }),
  });
}
