// What the API says when something cannot go ahead: an RFC 9457 problem document
// with Cynnig's stable `code` and, for a form, the fields at fault. The forms app
// turns it into inline messages and an error summary in the user's language.
import { z } from 'zod';

export const problemFieldErrorSchema = z.object({
  /** A JSON pointer ("/child/dateOfBirth"), a dotted path or an array of segments. */
  path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]),
  message: z.string().min(1),
});

export const problemDocumentSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string().min(1),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().min(1),
  errors: z.array(problemFieldErrorSchema).default([]),
});
export type ProblemDocument = z.infer<typeof problemDocumentSchema>;

export interface FieldProblem {
  /** The react-hook-form field name, e.g. "child.dateOfBirth" or "contacts.0.method". */
  readonly field: string;
  readonly message: string;
}

/** Turns any of the path shapes the API may use into a react-hook-form field name. */
export function fieldNameOf(path: z.infer<typeof problemFieldErrorSchema>['path']): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  const pointer = path.startsWith('#') ? path.slice(1) : path;
  if (pointer.startsWith('/')) {
    return pointer
      .slice(1)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .join('.');
  }
  return pointer;
}

/** The API refused a request; the message is already in the language the request asked for. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fields: readonly FieldProblem[];

  constructor(problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fields = problem.errors.map((error) => ({ field: fieldNameOf(error.path), message: error.message }));
  }

  /** Someone else saved the record first (optimistic concurrency): the user must reload. */
  get isConflict(): boolean {
    return this.status === 409;
  }

  /** The session has ended; drafts are kept and the user is asked to sign in again. */
  get isSignedOut(): boolean {
    return this.status === 401;
  }
}

/** The API could not be reached or answered with something that is not a problem document. */
export class ApiUnavailable extends Error {
  readonly status: number | null;
  constructor(reason: string, status: number | null) {
    super(reason);
    this.name = 'ApiUnavailable';
    this.status = status;
  }
}
