// The one error shape used everywhere: a stable code, a message in both languages,
// and the path of the field at fault where there is one. The API turns it into
// RFC 9457 problem details; forms show it beside the field.
import { z } from 'zod';
import { bilingualSchema } from './language.js';

export const cynnigErrorSchema = z.object({
  code: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
  message: bilingualSchema,
  path: z.array(z.union([z.string(), z.number()])).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type CynnigErrorValue = z.infer<typeof cynnigErrorSchema>;

/** Thrown (or returned) when an action cannot go ahead; never carries personal data in its message. */
export class CynnigError extends Error {
  readonly code: string;
  readonly bilingual: { en: string; cy: string };
  readonly path: (string | number)[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(value: CynnigErrorValue) {
    super(value.message.en);
    this.name = 'CynnigError';
    this.code = value.code;
    this.bilingual = value.message;
    this.path = value.path;
    this.details = value.details;
  }

  toValue(): CynnigErrorValue {
    return {
      code: this.code,
      message: this.bilingual,
      ...(this.path ? { path: this.path } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}
