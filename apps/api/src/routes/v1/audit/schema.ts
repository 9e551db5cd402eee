// The audit log as an administrator reads it.
import { z } from '@hono/zod-openapi';
import { addDays, isIsoDate, londonDateOf } from '@cynnig/domain';

const moment = z.iso.datetime();

/** A day in Wales (2026-03-19) or a moment in UTC (2026-03-19T09:30:00Z), as an administrator may give either. */
const dayOrMoment = (description: string) =>
  z
    .string()
    .max(40)
    .refine((value) => isIsoDate(value) || moment.safeParse(value).success, { message: 'Invalid date' })
    .openapi({ description, example: '2026-03-19' });

/** The UTC moment a day begins in Europe/London (midnight, an hour earlier in summer). */
export function londonDayStarts(day: string): string {
  const hourBefore = new Date(Date.parse(`${day}T00:00:00.000Z`) - 3_600_000).toISOString();
  return londonDateOf(hourBefore) === day ? hourBefore : `${day}T00:00:00.000Z`;
}

/** `from` as the first moment it covers: a day from its start. */
export const fromMoment = (value: string) => (isIsoDate(value) ? londonDayStarts(value) : value);
/** `to` as the last moment it covers: a day to its end. */
export const toMoment = (value: string) => (isIsoDate(value) ? new Date(Date.parse(londonDayStarts(addDays(value, 1))) - 1).toISOString() : value);

export const auditQuerySchema = z.object({
  childId: z.uuid().optional(),
  userId: z.uuid().optional(),
  action: z.string().max(60).optional(),
  from: dayOrMoment('The first day (in Wales) or moment (UTC) to include').optional(),
  to: dayOrMoment('The last day (in Wales) or moment (UTC) to include').optional(),
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
