// The router type every route module registers on: an OpenAPIHono whose request validation
// failures become problem details, so the OpenAPI document and the checks are one definition.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './middleware/app-env.js';
import { ProblemError } from './problems/problem-error.js';
import { problemResponse } from './problems/problem-response.js';
import { fieldProblemsFromZod } from './problems/validation-messages.js';

export type ApiRouter = OpenAPIHono<AppEnv>;

/** A router whose invalid requests are answered 422 with one error per field. */
export function createRouter(): ApiRouter {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const target = (result as { target?: string }).target;
        const prefix = target && target !== 'json' ? [target] : [];
        return problemResponse(c, new ProblemError('validation-failed', { fields: fieldProblemsFromZod(result.error, prefix) }));
      }
      return undefined;
    },
  });
}
