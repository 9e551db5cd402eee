// Schemas several resources share: path parameters, versions and the due item as answered.
import { z } from '@hono/zod-openapi';
import { dueItemSchema, idSchema } from '@cynnig/domain';

/** Domain schemas are built before the OpenAPI extension loads, so they are used as they are. */
export const childIdParamsSchema = z.object({ childId: idSchema });

export const expectedVersionSchema = z.number().int().min(0).openapi({ description: 'The version you read; 0 when opening a new case' });

export const dueItemResponseSchema = dueItemSchema;

export const idempotencyHeaderSchema = z.object({
  'x-csrf-token': z.string().optional(),
  'idempotency-key': z.string().optional().openapi({ description: 'Send the same key when retrying, so the record is created only once' }),
});
