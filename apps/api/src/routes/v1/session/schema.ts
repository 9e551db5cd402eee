// Request and response shapes for signing in, out, and reading the current session.
import { z } from '@hono/zod-openapi';
import { scopeSchema } from '@cynnig/data';
import { gssCodeSchema, idSchema, languageSchema, roleSchema } from '@cynnig/domain';

export const publicUserSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    authorityCode: gssCodeSchema.nullable(),
    providerId: idSchema.nullable(),
    preferredLanguage: languageSchema,
  })
  .openapi('SignedInUser');

export const sessionViewSchema = z
  .object({
    signedIn: z.boolean(),
    user: publicUserSchema.nullable(),
    role: roleSchema.nullable(),
    scope: scopeSchema.nullable(),
    preferredLanguage: languageSchema,
    /** Send back in the x-csrf-token header on every POST, PATCH, PUT and DELETE. */
    csrfToken: z.string(),
  })
  .openapi('Session');
export type SessionView = z.infer<typeof sessionViewSchema>;

export const signInSchema = z
  .object({
    email: z.string().trim().min(1, 'Enter your email address').max(254),
    password: z.string().min(1, 'Enter your password').max(200),
  })
  .openapi('SignIn');

export const csrfHeaderSchema = z.object({ 'x-csrf-token': z.string().optional().openapi({ description: 'The csrfToken from GET /api/v1/session' }) });
