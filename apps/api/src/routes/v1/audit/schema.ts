// The audit log as an administrator reads it.
import { z } from '@hono/zod-openapi';

export const auditQuerySchema = z.object({
  childId: z.uuid().optional(),
  userId: z.uuid().optional(),
  action: z.string().max(60).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const auditPageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        userId: z.string().nullable(),
        role: z.string().nullable(),
        scope: z.string(),
        action: z.string(),
        childId: z.string().nullable(),
        requestId: z.string().nullable(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('AuditPage');
