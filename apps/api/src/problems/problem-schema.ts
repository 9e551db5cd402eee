// The RFC 9457 problem details document every error response carries, as a zod schema
// so the OpenAPI document and the tests share one definition.
import { z } from '@hono/zod-openapi';

export const problemFieldErrorSchema = z.object({
  path: z.string().openapi({ example: 'event.on' }),
  message: z.string(),
});

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: '/docs#problem-validation-failed' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string(),
    code: z.string().openapi({ example: 'validation-failed' }),
    requestId: z.string(),
    errors: z.array(problemFieldErrorSchema),
    currentVersion: z.number().int().optional().openapi({ description: 'On a 409 for a stale version: the version the record has now. Read it again, then make the change again.' }),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof problemSchema>;

export const problemMediaType = 'application/problem+json';
